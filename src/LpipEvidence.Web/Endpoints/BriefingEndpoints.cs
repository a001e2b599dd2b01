using System.Text;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;

namespace LpipEvidence.Web.Endpoints;

/// <summary>Briefing exports (.docx, .md) and review citations for reference managers (RIS, BibTeX).</summary>
public static class BriefingEndpoints
{
    internal const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static IEndpointRouteBuilder MapBriefingExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/briefing/docx", async (HttpRequest request, BriefingComposer composer, CancellationToken ct) =>
        {
            var briefing = await ComposeAsync(request, composer, ct);
            return briefing is null
                ? NotFound()
                : Results.File(BriefingDocx.Write(briefing, BriefingAddress.Absolute(request.HttpContext, briefing)), DocxType, FileName(briefing, "docx"));
        });

        app.MapGet("/briefing/md", async (HttpRequest request, BriefingComposer composer, CancellationToken ct) =>
        {
            var briefing = await ComposeAsync(request, composer, ct);
            return briefing is null
                ? NotFound()
                : Results.File(Encoding.UTF8.GetBytes(BriefingMarkdown.Write(briefing, BriefingAddress.Absolute(request.HttpContext, briefing))),
                    "text/markdown; charset=utf-8", FileName(briefing, "md"));
        });

        app.MapGet("/reviews/{slug}/cite.ris", async (string slug, EvidenceCatalog catalog, CancellationToken ct) =>
            await FindReviewAsync(slug, catalog, ct) is { } review
                ? Results.File(Encoding.UTF8.GetBytes(Citations.Ris(review)), "application/x-research-info-systems", Citations.FileStem(review) + ".ris")
                : NotFound());

        app.MapGet("/reviews/{slug}/cite.bib", async (string slug, EvidenceCatalog catalog, CancellationToken ct) =>
            await FindReviewAsync(slug, catalog, ct) is { } review
                ? Results.File(Encoding.UTF8.GetBytes(Citations.BibTeX(review)), "application/x-bibtex; charset=utf-8", Citations.FileStem(review) + ".bib")
                : NotFound());

        return app;
    }

    /// <summary>The briefing a query string asks for, or null when none of its findings exist.</summary>
    private static async Task<Briefing?> ComposeAsync(HttpRequest request, BriefingComposer composer, CancellationToken ct)
    {
        var slugs = string.Join(',', request.Query["f"].Where(v => v is not null).Select(v => v!));
        var briefing = await composer.ComposeAsync(BriefingRequest.FromQuery(slugs, request.Query["title"], request.Query["note"], request.Query["by"], request.Query["made"]), ct);
        return briefing.IsEmpty ? null : briefing;
    }

    private static async Task<ReviewSummary?> FindReviewAsync(string slug, EvidenceCatalog catalog, CancellationToken ct) =>
        slug.IsValidSlug() ? (await catalog.GetReviewAsync(slug, ct))?.Review : null;

    private static IResult NotFound() =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "None of the findings asked for exist. Open /briefing to build a briefing.");

    /// <summary>The download's file name: the title as a slug and the day, such as <c>board-paper-2026-12-04.docx</c>.</summary>
    internal static string FileName(Briefing briefing, string extension)
    {
        var stem = LpipEvidence.Content.Slug.FromTitle(briefing.Title);
        if (stem.Length > 60) stem = stem[..60].TrimEnd('-');
        if (stem.Length == 0) stem = "briefing";
        return $"{stem}-{briefing.Date:yyyy-MM-dd}.{extension}";
    }
}
