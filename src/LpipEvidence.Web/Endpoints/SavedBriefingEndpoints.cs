using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.SavedBriefings;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.RateLimiting;
using LpipEvidence.Web.SavedBriefings;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// Saved briefings outside their page: the .docx and .md exports at <c>/b/{id}/docx</c> and <c>/b/{id}/md</c>, which
/// print the short address, and <c>GET /api/briefings/{id}</c> in the read API. There is no way to list them: only
/// someone given an address can read a briefing.
/// </summary>
public static class SavedBriefingEndpoints
{
    /// <summary>The OpenAPI tag of saved briefings.</summary>
    public const string Tag = "Briefings";

    public static IEndpointRouteBuilder MapSavedBriefings(this IEndpointRouteBuilder app)
    {
        var exports = app.MapGroup("").RequireRateLimiting(RateLimitPolicies.Exports).ExcludeFromDescription();
        exports.MapGet(SiteAddresses.SavedBriefingDocxRoute, (string id, HttpContext context, SavedBriefingService briefings, CancellationToken ct) =>
            ExportAsync(id, context, briefings, BriefingEndpoints.Docx, ct));
        exports.MapGet(SiteAddresses.SavedBriefingMarkdownRoute, (string id, HttpContext context, SavedBriefingService briefings, CancellationToken ct) =>
            ExportAsync(id, context, briefings, BriefingEndpoints.Markdown, ct));

        app.MapGet(SiteAddresses.ApiSavedBriefingRoute, GetAsync).WithName("GetSavedBriefing").WithTags(Tag)
            .WithSummary("One saved briefing")
            .WithDescription("A briefing saved with \"Save and share\", by the id in its short address (/b/{id}): its title, note, who prepared it, " +
                "the day it was made, and its findings in order, each with its review's licence and citation, marked changed since the briefing was made, " +
                "or withdrawn when it is no longer in the reviews. Briefings cannot be listed.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .RequireRateLimiting(RateLimitPolicies.Data);
        return app;
    }

    private static async Task<Results<Ok<SavedBriefingData>, ProblemHttpResult>> GetAsync(
        string id, HttpContext context, SavedBriefingService briefings, PublicAddress address, CancellationToken ct)
    {
        try
        {
            return await briefings.OpenAsync(id, ct) is { } opened
                ? TypedResults.Ok(SavedBriefingData.From(opened.Saved, opened.Briefing, path => address.Absolute(context.Request, path)))
                : NotFound();
        }
        catch (BriefingStoreUnavailableException)
        {
            return Unavailable(context);
        }
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(string id, HttpContext context, SavedBriefingService briefings,
        Func<Briefing, string, Results<FileContentHttpResult, ProblemHttpResult>> write, CancellationToken ct)
    {
        try
        {
            if (await briefings.OpenAsync(id, ct) is not { Briefing.IsEmpty: false } opened) return NotFound();
            var address = context.RequestServices.GetRequiredService<PublicAddress>().Absolute(context.Request, SiteAddresses.SavedBriefing(opened.Saved.Id));
            return write(opened.Briefing, address);
        }
        catch (BriefingStoreUnavailableException)
        {
            return Unavailable(context);
        }
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
            detail: "No saved briefing has this address. Check the link; a saved briefing is kept for a limited time, then deleted.");

    private static ProblemHttpResult Unavailable(HttpContext context)
    {
        context.Response.Headers.RetryAfter = SavedBriefingService.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable", detail: SavedBriefingService.UnavailableMessage);
    }
}
