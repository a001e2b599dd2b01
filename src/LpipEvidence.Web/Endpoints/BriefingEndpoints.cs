using System.Text;
using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Web.Briefings;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>Briefing exports (.docx, .md) and review citations for reference managers (RIS, BibTeX).</summary>
public static class BriefingEndpoints
{
    internal const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    internal const string MarkdownType = "text/markdown; charset=utf-8";

    public static IEndpointRouteBuilder MapBriefingExports(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").RequireRateLimiting(RateLimitPolicies.Exports).ExcludeFromDescription();
        exports.MapGet(SiteAddresses.BriefingDocx, async ([AsParameters] BriefingQuery query, HttpContext context, BriefingComposer composer, CancellationToken ct) =>
            await ComposeAsync(query, composer, ct) is { } briefing
                ? Docx(briefing, BriefingAddress.Absolute(context, briefing))
                : NotFound());
        exports.MapGet(SiteAddresses.BriefingMarkdown, async ([AsParameters] BriefingQuery query, HttpContext context, BriefingComposer composer, CancellationToken ct) =>
            await ComposeAsync(query, composer, ct) is { } briefing
                ? Markdown(briefing, BriefingAddress.Absolute(context, briefing))
                : NotFound());

        // A citation depends on the content alone: tagged and reusable as the open data is.
        var citations = exports.MapGroup("").AddEndpointFilter<EntityTagFilter>().WithMetadata(new ApiCacheControl("public, max-age=300"));
        citations.MapGet(SiteAddresses.RisRoute, async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string slug, EvidenceCatalog catalog, CancellationToken ct) =>
            await FindReviewAsync(slug, catalog, ct) is { } review
                ? TypedResults.File(Encoding.UTF8.GetBytes(Citations.Ris(review)), "application/x-research-info-systems", Citations.FileStem(review) + ".ris")
                : NotFound());
        citations.MapGet(SiteAddresses.BibTeXRoute, async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string slug, EvidenceCatalog catalog, CancellationToken ct) =>
            await FindReviewAsync(slug, catalog, ct) is { } review
                ? TypedResults.File(Encoding.UTF8.GetBytes(Citations.BibTeX(review)), "application/x-bibtex; charset=utf-8", Citations.FileStem(review) + ".bib")
                : NotFound());
        return app;
    }

    /// <summary>A briefing as a Word document that prints <paramref name="address"/>.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> Docx(Briefing briefing, string address) =>
        TypedResults.File(BriefingDocx.Write(briefing, address), DocxType, FileName(briefing, "docx"));

    /// <summary>A briefing as Markdown that gives <paramref name="address"/>.</summary>
    internal static Results<FileContentHttpResult, ProblemHttpResult> Markdown(Briefing briefing, string address) =>
        TypedResults.File(Encoding.UTF8.GetBytes(BriefingMarkdown.Write(briefing, address)), MarkdownType, FileName(briefing, "md"));

    /// <summary>The briefing a query string asks for, or null when none of its findings exist.</summary>
    private static async Task<Briefing?> ComposeAsync(BriefingQuery query, BriefingComposer composer, CancellationToken ct)
    {
        var slugs = string.Join(',', query.Findings?.Where(v => v is not null) ?? []);
        var briefing = await composer.ComposeAsync(BriefingRequest.FromQuery(slugs, query.Title, query.Note, query.PreparedBy, query.Made), ct);
        return briefing.IsEmpty ? null : briefing;
    }

    private static async Task<ReviewSummary?> FindReviewAsync(string slug, EvidenceCatalog catalog, CancellationToken ct) =>
        slug.IsValidSlug() ? (await catalog.GetReviewAsync(slug, ct))?.Review : null;

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: $"None of the findings asked for exist. Open {SiteAddresses.BriefingPage} to build a briefing.");

    /// <summary>The download's file name: the title as a slug and the day, such as <c>board-paper-2026-12-04.docx</c>.</summary>
    internal static string FileName(Briefing briefing, string extension)
    {
        var stem = LpipEvidence.Content.Slug.FromTitle(briefing.Title);
        if (stem.Length > 60) stem = stem[..60].TrimEnd('-');
        if (stem.Length == 0) stem = "briefing";
        return $"{stem}-{briefing.Date:yyyy-MM-dd}.{extension}";
    }
}

/// <summary>The query of a briefing's exports: the same as the briefing page's (<see cref="SiteAddresses.Briefing"/>).</summary>
public sealed record BriefingQuery(
    [property: FromQuery(Name = "f")] string?[]? Findings,
    [property: FromQuery(Name = "title")] string? Title,
    [property: FromQuery(Name = "note")] string? Note,
    [property: FromQuery(Name = "by")] string? PreparedBy,
    [property: FromQuery(Name = "made")] string? Made);
