namespace LpipEvidence.OpenData;

/// <summary>Which page of findings to list, optionally only one review's or one theme's.</summary>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Findings per page, 1 to <see cref="OpenDataCatalog.MaxPageSize"/>.</param>
/// <param name="Review">Only this review's findings, when given.</param>
/// <param name="Theme">Only findings with this theme, when given.</param>
public sealed record FindingFilter(int Page = 1, int PageSize = OpenDataCatalog.DefaultPageSize, string? Review = null, string? Theme = null);
