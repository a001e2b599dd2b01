using System.Text;
using LpipEvidence.Web.Caching;
using LpipEvidence.Web.Discovery;
using LpipEvidence.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LpipEvidence.Web.Endpoints;

/// <summary><c>/sitemap.xml</c> (every public page, see <see cref="PublicPages"/>) and <c>/robots.txt</c>, which points to it.</summary>
public static class DiscoveryEndpoints
{
    /// <summary>
    /// Disallowed for crawlers: search and briefing addresses are endless (any query makes a new one), status is for
    /// editors and the API is not pages. Those pages also say noindex, for crawlers that reach them anyway.
    /// </summary>
    public static IReadOnlyList<string> Disallowed { get; } = ["/search", "/briefing", "/status", "/api/"];

    public static IEndpointRouteBuilder MapDiscovery(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", Sitemap).AddEndpointFilter<EntityTagFilter>()
            .WithMetadata(new ApiCacheControl("public, max-age=3600")).ExcludeFromDescription();
        app.MapGet("/robots.txt", Robots).ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Sitemap(HttpRequest request, PublicPages pages, PublicAddress address, CancellationToken ct)
    {
        // A sitemap lists absolute addresses only; without a trustworthy public address there is none to give.
        if (address.Root(request) is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No sitemap",
                detail: "The sitemap needs the site's public address: set Site:PublicUrl, or list this host name in AllowedHosts.");
        }
        var list = await pages.GetAsync(ct);
        return TypedResults.Stream(stream => SitemapWriter.WriteAsync(stream, list, path => address.Absolute(request, path), ct), SitemapWriter.MediaType);
    }

    private static ContentHttpResult Robots(HttpRequest request, PublicAddress address)
    {
        var robots = new StringBuilder("User-agent: *\n");
        foreach (var path in Disallowed) robots.Append("Disallow: ").Append(path).Append('\n');
        if (address.Root(request) is not null) robots.Append("\nSitemap: ").Append(address.Absolute(request, "/sitemap.xml")).Append('\n');
        request.HttpContext.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.Text(robots.ToString(), "text/plain; charset=utf-8");
    }
}
