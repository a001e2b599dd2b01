namespace LpipEvidence.OpenData;

/// <summary>One page of findings, by review and order.</summary>
/// <param name="Total">How many findings match in all.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">Findings per page.</param>
/// <param name="PageCount">How many pages there are (at least 1).</param>
/// <param name="Next">Address of the next page, or null on the last.</param>
/// <param name="Previous">Address of the previous page, or null on the first.</param>
/// <param name="Findings">The findings on this page.</param>
public sealed record FindingListData(int Total, int Page, int PageSize, int PageCount, string? Next, string? Previous, IReadOnlyList<FindingData> Findings);
