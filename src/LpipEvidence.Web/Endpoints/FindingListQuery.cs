using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using LpipEvidence.OpenData;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// The query of <c>GET /api/findings</c>, typed, with its rules: bound and checked by the framework
/// (<c>AddValidation</c>), a value that does not convert reported by <see cref="QueryProblems"/>, and described in
/// the OpenAPI document from the same attributes.
/// </summary>
public sealed record FindingListQuery(
    [property: FromQuery(Name = "page"), Range(1, FindingListQuery.MaxPage, ErrorMessage = "page must be a whole number from {1} to {2}."), DefaultValue(1),
        Description("The page.")] int? Page,
    [property: FromQuery(Name = "pageSize"), Range(1, OpenDataCatalog.MaxPageSize, ErrorMessage = "pageSize must be a whole number from {1} to {2}."), DefaultValue(OpenDataCatalog.DefaultPageSize),
        Description("Findings per page.")] int? PageSize,
    [property: FromQuery(Name = "review"), Slug(ErrorMessage = "review must be a review's slug, such as innovation."),
        Description("Only this review's findings: a review's slug, such as innovation.")] string? Review,
    [property: FromQuery(Name = "theme"), Slug(ErrorMessage = "theme must be a theme's slug, such as skills-and-talent."),
        Description("Only findings with this theme: a theme's slug, such as skills-and-talent.")] string? Theme)
{
    /// <summary>The highest page number accepted.</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The filter asked for, absent values by their defaults.</summary>
    public FindingFilter ToFilter() => new(Page ?? 1, PageSize ?? OpenDataCatalog.DefaultPageSize,
        string.IsNullOrEmpty(Review) ? null : Review, string.IsNullOrEmpty(Theme) ? null : Theme);
}
