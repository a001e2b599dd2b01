using Microsoft.AspNetCore.HostFiltering;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace LpipEvidence.Web.FrontDoor;

/// <summary>
/// The one place that builds the site's absolute addresses (briefing exports, the briefing page, the address printed
/// on pages, and later feeds and sitemaps). The root comes from <see cref="SiteOptions.PublicUrl"/> when it is set;
/// otherwise from the request, and only when the request's host is named in <c>AllowedHosts</c> (a bare <c>*</c>
/// names nothing). A Host header the operator did not list can never reach a link.
/// </summary>
public sealed class PublicAddress(IOptionsMonitor<SiteOptions> site, IOptionsMonitor<HostFilteringOptions> hostFiltering)
{
    /// <summary>
    /// The site's root, ending in a slash (for example <c>https://evidence.example.org/</c>), or null when there is
    /// no trustworthy one: no public address is configured and the request's host is not listed in AllowedHosts
    /// (or there is no request, as in an interactive island).
    /// </summary>
    public Uri? Root(HttpRequest? request)
    {
        if (site.CurrentValue.PublicRoot is { } configured) return configured;
        if (request is null || !request.Host.HasValue || !IsListed(request.Host)) return null;
        return new Uri($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}/", UriKind.Absolute);
    }

    /// <summary>
    /// The absolute address of a site-relative URL such as <c>/briefing?f=a,b</c>. When there is no trustworthy
    /// root (see <see cref="Root"/>) the relative URL is returned unchanged: still right inside the site, never
    /// pointing anywhere else.
    /// </summary>
    public string Absolute(HttpRequest? request, string relativeUrl)
    {
        ArgumentNullException.ThrowIfNull(relativeUrl);
        if (!relativeUrl.StartsWith('/') || relativeUrl.StartsWith("//", StringComparison.Ordinal))
        {
            throw new ArgumentException($"Expected a site-relative URL starting with a single '/', not '{relativeUrl}'.", nameof(relativeUrl));
        }
        return Root(request) is { } root ? root.GetLeftPart(UriPartial.Authority) + root.AbsolutePath.TrimEnd('/') + relativeUrl : relativeUrl;
    }

    /// <summary>The absolute address of the page being served (path and query), as <see cref="Absolute"/> builds it.</summary>
    public string OfRequest(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Absolute(request, (request.Path.HasValue ? request.Path.ToUriComponent() : "/") + request.QueryString.ToUriComponent());
    }

    /// <summary>Whether a host is named in AllowedHosts, with the same matching as host filtering (<c>*.example.org</c> works).</summary>
    private bool IsListed(HostString host)
    {
        var listed = hostFiltering.CurrentValue.AllowedHosts.Where(h => h != "*").Select(h => new StringSegment(h)).ToList();
        return listed.Count > 0 && HostString.MatchesAny(new StringSegment(host.Value), listed);
    }
}
