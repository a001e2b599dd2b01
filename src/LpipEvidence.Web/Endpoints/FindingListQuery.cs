using System.ComponentModel;
using LpipEvidence.OpenData;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.Search;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// The query of <c>GET /api/findings</c>. Numbers are read as text and checked here, so a bad value gets a message
/// naming the parameter (as <c>/api/search</c> does), not a bare 400.
/// </summary>
public sealed record FindingListQuery(
    [property: FromQuery(Name = "page"), Description("The page, a whole number from 1 to 1000000 (default 1).")] string? Page,
    [property: FromQuery(Name = "pageSize"), Description("Findings per page, a whole number from 1 to 200 (default 50).")] string? PageSize,
    [property: FromQuery(Name = "review"), Description("Only this review's findings: a review's slug, such as innovation.")] string? Review,
    [property: FromQuery(Name = "theme"), Description("Only findings with this theme: a theme's slug, such as skills-and-talent.")] string? Theme)
{
    /// <summary>The highest page number accepted; the OpenAPI document gives the same (<see cref="QueryParameterSchemas"/>).</summary>
    public const int MaxPage = 1_000_000;

    /// <summary>The filter asked for, or one message per bad parameter.</summary>
    public (FindingFilter Filter, Dictionary<string, string[]> Errors) Parse()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(Review) && !Review.IsValidSlug()) errors["review"] = ["review must be a review's slug, such as innovation."];
        if (!string.IsNullOrEmpty(Theme) && !Theme.IsValidSlug()) errors["theme"] = ["theme must be a theme's slug, such as skills-and-talent."];
        var page = SearchParameters.Number(Page, "page", 1, 1, MaxPage, errors);
        var size = SearchParameters.Number(PageSize, "pageSize", OpenDataCatalog.DefaultPageSize, 1, OpenDataCatalog.MaxPageSize, errors);
        return (new FindingFilter(page, size, string.IsNullOrEmpty(Review) ? null : Review, string.IsNullOrEmpty(Theme) ? null : Theme), errors);
    }
}
