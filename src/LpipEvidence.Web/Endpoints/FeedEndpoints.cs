using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Feeds;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.FrontDoor;
using LpipEvidence.Web.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LpipEvidence.Web.Endpoints;

/// <summary>
/// Atom feeds of change notes: what's new across the site (<c>/whats-new/feed.atom</c>), and for one theme or review
/// with its findings (<c>/themes/{slug}/feed.atom</c>, <c>/reviews/{slug}/feed.atom</c>). Cached as content pages are
/// (dropped on re-import), with the content's ETag (<see cref="EntityTagFilter"/>) so feed readers that poll get 304
/// until something changes.
/// </summary>
public static class FeedEndpoints
{
    /// <summary>How long browsers and proxies may reuse a feed, as they may an API answer.</summary>
    public const string CacheControl = "public, max-age=60";

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("")
            .CacheOutput(ContentPageCache.PolicyName)
            .AddEndpointFilter<EntityTagFilter>()
            .WithMetadata(new ApiCacheControl(CacheControl))
            .RequireRateLimiting(RateLimitPolicies.Feeds)
            .ExcludeFromDescription();
        feeds.MapGet(SiteAddresses.WhatsNewFeed, (HttpContext context, ChangeCatalog changes, EvidenceCatalog catalog) =>
                WriteAsync(context, changes, catalog, null, new ChangeFeedDescription(
                    "What's new – LPIP Evidence",
                    "Every change recorded to the evidence reviews, their key findings and themes, newest first.",
                    SiteAddresses.WhatsNew, SiteAddresses.WhatsNewFeed, default)));
        feeds.MapGet(SiteAddresses.ThemeFeedRoute, (string slug, HttpContext context, ChangeCatalog changes, EvidenceCatalog catalog) =>
                WriteOfAsync(context, changes, catalog, ContentKind.Theme, slug));
        feeds.MapGet(SiteAddresses.ReviewFeedRoute, (string slug, HttpContext context, ChangeCatalog changes, EvidenceCatalog catalog) =>
                WriteOfAsync(context, changes, catalog, ContentKind.Review, slug));

        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WriteOfAsync(HttpContext context, ChangeCatalog changes, EvidenceCatalog catalog, ContentKind kind, string slug)
    {
        var history = slug.IsValidSlug() ? await changes.GetHistoryAsync(kind, slug, context.RequestAborted) : null;
        if (history is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"There is no {SiteAddresses.KindName(kind)} '{slug}' to follow.");
        }
        var noun = kind == ContentKind.Review ? "review" : "theme";
        var description = new ChangeFeedDescription(
            $"Changes to {history.Title} – LPIP Evidence",
            $"Every change recorded to the {noun} {history.Title} and its key findings, newest first.",
            SiteAddresses.Of(kind, slug), SiteAddresses.FeedOf(kind, slug),
            history.HasPublished ? new DateTimeOffset(history.Published.Year, history.Published.Month, 1, 0, 0, 0, TimeSpan.Zero) : default);
        return await WriteAsync(context, changes, catalog, (kind, slug), description);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> WriteAsync(HttpContext context, ChangeCatalog changes, EvidenceCatalog catalog,
        (ContentKind Kind, string Slug)? about, ChangeFeedDescription description)
    {
        var address = context.RequestServices.GetRequiredService<PublicAddress>();
        if (address.Root(context.Request) is null)
        {
            // Cannot happen behind host filtering (the request's host is listed, or Site:PublicUrl is set); a feed
            // with relative ids would be invalid, so none is made.
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Service unavailable",
                detail: "The site's public address is not known, so its feeds cannot be written. Set Site:PublicUrl.");
        }
        var recent = await changes.GetRecentAsync(1, ChangeFeed.MaxEntries,
            theme: about?.Kind == ContentKind.Theme ? about.Value.Slug : null,
            review: about?.Kind == ContentKind.Review ? about.Value.Slug : null,
            cancellationToken: context.RequestAborted);
        if (description.UpdatedWhenEmpty == default)
        {
            // With no note at all, the feed last changed when the content did.
            var version = await catalog.GetStoreVersionAsync(context.RequestAborted);
            description = description with { UpdatedWhenEmpty = version is null ? DateTimeOffset.UnixEpoch : new DateTimeOffset(DateTime.SpecifyKind(version.ImportedAtUtc, DateTimeKind.Utc)) };
        }

        var bytes = ChangeFeed.Write(description, recent.Entries, relative => address.Absolute(context.Request, relative));
        return TypedResults.Bytes(bytes, ChangeFeed.MediaType + "; charset=utf-8");
    }
}
