using System.Globalization;
using System.Text;
using System.Xml;
using LpipEvidence.OpenData;

namespace LpipEvidence.Web.Discovery;

/// <summary>
/// Writes a sitemap (sitemaps.org protocol 0.9): a <c>urlset</c> in its namespace with one <c>url</c> per page, its
/// absolute <c>loc</c> and, when known, its <c>lastmod</c> as a W3C date (YYYY-MM-DD, which the protocol's schema
/// accepts; a month alone it does not). A site with more pages than one file may list gets a sitemap index
/// (<c>sitemapindex</c>) naming one file per part.
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The most addresses one sitemap may list (the protocol's limit).</summary>
    public const int MaxUrls = 50_000;

    public const string MediaType = "application/xml; charset=utf-8";

    /// <summary>A <c>urlset</c> of the pages (at most <see cref="MaxUrls"/>: the caller splits larger sets).</summary>
    public static Task WriteAsync(Stream stream, IEnumerable<PublicPage> pages, Func<string, string> absolute, CancellationToken cancellationToken = default) =>
        WriteListAsync(stream, "urlset", "url", pages, absolute, cancellationToken);

    /// <summary>A <c>sitemapindex</c>: each part is the address of a sitemap file and the newest date among its pages.</summary>
    public static Task WriteIndexAsync(Stream stream, IEnumerable<PublicPage> parts, Func<string, string> absolute, CancellationToken cancellationToken = default) =>
        WriteListAsync(stream, "sitemapindex", "sitemap", parts, absolute, cancellationToken);

    private static async Task WriteListAsync(Stream stream, string list, string item, IEnumerable<PublicPage> pages, Func<string, string> absolute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(absolute);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, list, Namespace);
        foreach (var page in pages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, item, Namespace);
            await xml.WriteElementStringAsync(null, "loc", Namespace, absolute(page.Path));
            if (page.LastModified is { } date)
            {
                await xml.WriteElementStringAsync(null, "lastmod", Namespace, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
            await xml.WriteEndElementAsync();
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }
}
