using System.Text;
using LpipEvidence.Addresses;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Discovery;
using LpipEvidence.Web.FrontDoor;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Web.Endpoints;

/// <summary><c>/sitemap.xml</c> (every public page, see <see cref="PublicPages"/>) and <c>/robots.txt</c>, which points to it.</summary>
public static class DiscoveryEndpoints
{
    /// <summary>
    /// Disallowed for crawlers: search and briefing addresses are endless (any query makes a new one), status is for
    /// editors and the API is not pages. Those pages also say noindex, for crawlers that reach them anyway.
    /// </summary>
    public static IReadOnlyList<string> Disallowed { get; } = [SiteAddresses.SearchPage, SiteAddresses.BriefingPage, SiteAddresses.Status, SiteAddresses.ApiPrefix + "/"];

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        var discovery = app.MapGroup("").AddEndpointFilter<EntityTagFilter>()
            .WithMetadata(new ApiCacheControl("public, max-age=3600")).ExcludeFromDescription();
        discovery.MapGet(SiteAddresses.Sitemap, Sitemap);
        discovery.MapGet(SiteAddresses.SitemapPartRoute, SitemapPart);
        discovery.MapGet(SiteAddresses.Robots, Robots);
        return app;
    }

    /// <summary>The sitemap of every public page or, past the most one file may list, an index of its parts.</summary>
    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Sitemap(
        HttpRequest request, PublicPages pages, PublicAddress address, IOptions<DiscoveryOptions> options, CancellationToken ct)
    {
        if (NoAddress(request, address) is { } problem) return problem;
        var list = await pages.GetAsync(ct);
        var size = options.Value.SitemapMaxUrls;
        if (list.Count <= size)
        {
            return TypedResults.Stream(stream => SitemapWriter.WriteAsync(stream, list, path => address.Absolute(request, path), ct), SitemapWriter.MediaType);
        }
        var parts = list.Chunk(size).Select((chunk, i) => new LpipEvidence.OpenData.PublicPage(SiteAddresses.SitemapPart(i + 1), chunk.Max(p => p.LastModified))).ToList();
        return TypedResults.Stream(stream => SitemapWriter.WriteIndexAsync(stream, parts, path => address.Absolute(request, path), ct), SitemapWriter.MediaType);
    }

    /// <summary>One part of a sitemap too large for one file; 404 for a part there is not.</summary>
    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> SitemapPart(
        int part, HttpRequest request, PublicPages pages, PublicAddress address, IOptions<DiscoveryOptions> options, CancellationToken ct)
    {
        if (NoAddress(request, address) is { } problem) return problem;
        var list = await pages.GetAsync(ct);
        var size = options.Value.SitemapMaxUrls;
        if (list.Count <= size || part < 1 || part > (list.Count + size - 1) / size)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such part of the sitemap: /sitemap.xml lists them.");
        }
        var chunk = list.Skip((part - 1) * size).Take(size).ToList();
        return TypedResults.Stream(stream => SitemapWriter.WriteAsync(stream, chunk, path => address.Absolute(request, path), ct), SitemapWriter.MediaType);
    }

    /// <summary>A sitemap lists absolute addresses only; without a trustworthy public address there is none to give.</summary>
    private static ProblemHttpResult? NoAddress(HttpRequest request, PublicAddress address) =>
        address.Root(request) is not null ? null : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No sitemap",
            detail: "The sitemap needs the site's public address: set Site:PublicUrl, or list this host name in AllowedHosts.");

    private static ContentHttpResult Robots(HttpRequest request, PublicAddress address)
    {
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed) robots.Append("Disallow: ").Append(path).Append('\n');
        if (address.Root(request) is not null) robots.Append("\nSitemap: ").Append(address.Absolute(request, SiteAddresses.Sitemap)).Append('\n');
        return TypedResults.Text(robots.ToString(), "text/plain; charset=utf-8");
    }
}
