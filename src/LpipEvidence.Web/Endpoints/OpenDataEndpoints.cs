using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.OpenData;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// The content as open data: the read API under <c>/api</c> (reviews, themes and findings, each list and by slug,
/// with licences, citations and change notes) and every finding as a CSV or JSON download. Answers carry strong
/// ETags (<see cref="EntityTagFilter"/>) and may be reused for a minute by browsers and proxies; the ETag makes
/// checking again afterwards cheap.
/// </summary>
public static class OpenDataEndpoints
{
    /// <summary>The OpenAPI tag of the read API.</summary>
    public const string Tag = "Evidence";

    /// <summary>The OpenAPI tag of the downloads.</summary>
    public const string DownloadsTag = "Downloads";

    private static readonly ProducesResponseTypeMetadata NotModified = new(StatusCodes.Status304NotModified, typeof(void));
    private static readonly ProducesResponseTypeMetadata TooMany = new(StatusCodes.Status429TooManyRequests, typeof(ProblemDetails), ["application/problem+json"]);
    private static readonly ProducesResponseTypeMetadata Unavailable = new(StatusCodes.Status503ServiceUnavailable, typeof(ProblemDetails), ["application/problem+json"]);

    public static IEndpointRouteBuilder MapOpenData(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("")
            .WithTags(Tag)
            .AddEndpointFilter<EntityTagFilter>()
            .WithMetadata(new ApiCacheControl("public, max-age=60"), NotModified, TooMany, Unavailable)
            .RequireRateLimiting(RateLimitPolicies.Data)
            .ReportQueryProblems();

        api.MapGet(SiteAddresses.ApiReviews, ListReviewsAsync).WithName("ListReviews")
            .WithSummary("Every review")
            .WithDescription("Every review, newest first, with its authors, publisher, licence, citation and credit.");
        api.MapGet(SiteAddresses.ApiReviewRoute, GetReviewAsync).WithName("GetReview").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One review")
            .WithDescription("One review with its introduction, its key findings in order and its change notes (its own and its findings').");
        api.MapGet(SiteAddresses.ApiThemes, ListThemesAsync).WithName("ListThemes")
            .WithSummary("Every theme")
            .WithDescription("Every theme, A to Z by title, with how many findings carry it.");
        api.MapGet(SiteAddresses.ApiThemeRoute, GetThemeAsync).WithName("GetTheme").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One theme")
            .WithDescription("One theme with its findings across reviews, the reviews they come from (licence and citation) and its change notes.");
        api.MapGet(SiteAddresses.ApiFindings, ListFindingsAsync).WithName("ListFindings").ProducesValidationProblem()
            .WithSummary("Findings, a page at a time")
            .WithDescription("Findings by review and order, each with its text, key takeaway, themes, change notes and its review's licence and citation. Follow next until it is null.");
        api.MapGet(SiteAddresses.ApiFindingRoute, GetFindingAsync).WithName("GetFinding").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One finding")
            .WithDescription("One finding with its text, key takeaway, themes, change notes and its review's licence and citation.");

        var downloads = app.MapGroup("")
            .WithTags(DownloadsTag)
            .AddEndpointFilter<EntityTagFilter>()
            .WithMetadata(new ApiCacheControl("public, max-age=300"), NotModified, TooMany)
            .RequireRateLimiting(RateLimitPolicies.Exports);
        downloads.MapGet(SiteAddresses.FindingsCsv, DownloadCsv).WithName("DownloadFindingsCsv")
            .WithSummary("Every finding as CSV")
            .WithDescription("RFC 4180 CSV, UTF-8 with a byte-order mark, every field quoted, CRLF line ends; one row per finding with its review's citation and licence. Cells that a spreadsheet would take for a formula start with an apostrophe.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        downloads.MapGet(SiteAddresses.EvidenceMapCsv, DownloadMapCsv).WithName("DownloadEvidenceMapCsv")
            .WithSummary("The evidence map as CSV")
            .WithDescription("The evidence map's table: a row per theme (A to Z), a column per review (by programme theme, then date), each cell the number of that review's findings on that theme (0 for a gap), then the total. RFC 4180 CSV as the findings download.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
        downloads.MapGet(SiteAddresses.FindingsJson, DownloadJson).WithName("DownloadFindingsJson")
            .WithSummary("Every finding as JSON")
            .WithDescription("One JSON document: the terms of reuse, every review with its licence and citation, then every finding.")
            .Produces<FindingsDownloadData>(StatusCodes.Status200OK, "application/json");
        return app;
    }

    private static Func<string, string> Absolute(HttpRequest request, PublicAddress address) => path => address.Absolute(request, path);

    private static async Task<Ok<ReviewListData>> ListReviewsAsync(HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct) =>
        TypedResults.Ok(await data.GetReviewsAsync(Absolute(request, address), ct));

    private static async Task<Results<Ok<ReviewDetailData>, ProblemHttpResult>> GetReviewAsync(
        string slug, HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct) =>
        slug.IsValidSlug() && await data.GetReviewAsync(slug, Absolute(request, address), ct) is { } review
            ? TypedResults.Ok(review)
            : NotFound("review", slug, SiteAddresses.ApiReviews);

    private static async Task<Ok<ThemeListData>> ListThemesAsync(HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct) =>
        TypedResults.Ok(await data.GetThemesAsync(Absolute(request, address), ct));

    private static async Task<Results<Ok<ThemeDetailData>, ProblemHttpResult>> GetThemeAsync(
        string slug, HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct) =>
        slug.IsValidSlug() && await data.GetThemeAsync(slug, Absolute(request, address), ct) is { } theme
            ? TypedResults.Ok(theme)
            : NotFound("theme", slug, SiteAddresses.ApiThemes);

    /// <summary>The query is bound and checked before this runs (<see cref="QueryProblems"/>, <c>AddValidation</c>).</summary>
    private static async Task<Ok<FindingListData>> ListFindingsAsync(
        [AsParameters] FindingListQuery query, HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct)
    {
        var filter = query.ToFilter();
        string PageAddress(int page) => SiteAddresses.ApiFindingsPage(page, filter.PageSize, filter.Review, filter.Theme);
        return TypedResults.Ok(await data.GetFindingsAsync(filter, Absolute(request, address), PageAddress, ct));
    }

    private static async Task<Results<Ok<FindingData>, ProblemHttpResult>> GetFindingAsync(
        string slug, HttpRequest request, OpenDataCatalog data, PublicAddress address, CancellationToken ct) =>
        slug.IsValidSlug() && await data.GetFindingAsync(slug, Absolute(request, address), ct) is { } finding
            ? TypedResults.Ok(finding)
            : NotFound("finding", slug, SiteAddresses.ApiFindings);

    /// <summary>404 as problem+json, naming what was asked for and where the list is.</summary>
    private static ProblemHttpResult NotFound(string kind, string slug, string list) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "Not found",
        // Only a well-formed slug is repeated back: anything else is not worth echoing.
        detail: slug.IsValidSlug() ? $"There is no {kind} '{slug}'. {list} lists every {kind}." : $"There is no such {kind}. {list} lists every {kind}.");

    private static PushStreamHttpResult DownloadCsv(HttpRequest request, OpenDataCatalog data, PublicAddress address) =>
        TypedResults.Stream(
            stream => FindingsCsv.WriteAsync(stream, data.StreamFindingsAsync(Absolute(request, address), request.HttpContext.RequestAborted), request.HttpContext.RequestAborted),
            FindingsCsv.MediaType, "lpip-evidence-findings.csv");

    private static async Task<PushStreamHttpResult> DownloadMapCsv(EvidenceCatalog catalog, CancellationToken ct)
    {
        var map = await catalog.GetEvidenceMapAsync(ct);
        return TypedResults.Stream(stream => EvidenceMapCsv.WriteAsync(stream, map, ct), EvidenceMapCsv.MediaType, "lpip-evidence-map.csv");
    }

    private static async Task<PushStreamHttpResult> DownloadJson(HttpRequest request, OpenDataCatalog data, PublicAddress address, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, CancellationToken ct)
    {
        var absolute = Absolute(request, address);
        var reviews = (await data.GetReviewsAsync(absolute, ct)).Reviews;
        return TypedResults.Stream(
            stream => FindingsJson.WriteAsync(stream, absolute(SiteAddresses.DataPage), reviews, data.StreamFindingsAsync(absolute, ct), json.Value.SerializerOptions, ct),
            FindingsJson.MediaType, "lpip-evidence-findings.json");
    }
}
