namespace LpipEvidence.Web.Discovery;

/// <summary>How the site is listed for search engines. Section "Discovery".</summary>
public sealed class DiscoveryOptions
{
    public const string Section = "Discovery";

    /// <summary>
    /// Most addresses in one sitemap file (default and most 50,000, the protocol's limit). A site with more public pages
    /// answers <c>/sitemap.xml</c> with a sitemap index of <c>/sitemaps/{n}.xml</c> files.
    /// </summary>
    public int SitemapMaxUrls { get; set; } = SitemapWriter.MaxUrls;
}
