using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.OpenData;

namespace LpipEvidence.Web.Discovery;

/// <summary>
/// The one list of the site's public pages, for the sitemap: the fixed pages below and every review, theme and finding
/// page, each with when it last changed. A new public page is added to <see cref="Fixed"/> (or, for content, to
/// <see cref="OpenDataCatalog.GetContentPagesAsync"/>). Search, briefing and status pages are not public pages in this
/// sense: their addresses are endless or for editors, and they say noindex.
/// </summary>
public sealed class PublicPages(OpenDataCatalog data)
{
    /// <summary>The public pages that do not come from content, in the order the sitemap lists them.</summary>
    public static IReadOnlyList<string> Fixed { get; } = ["/", "/reviews", "/themes", SiteAddresses.EvidenceMap, SiteAddresses.WhatsNew, SiteAddresses.DataPage];

    /// <summary>
    /// Every public page. The fixed pages list or gather all the content (the Data page's downloads hold every finding),
    /// so they change whenever any of it does: their date is the newest of all.
    /// </summary>
    public async Task<IReadOnlyList<PublicPage>> GetAsync(CancellationToken cancellationToken = default)
    {
        var content = await data.GetContentPagesAsync(cancellationToken);
        var newest = content.Max(p => p.LastModified);
        return [.. Fixed.Select(path => new PublicPage(path, newest)), .. content];
    }
}
