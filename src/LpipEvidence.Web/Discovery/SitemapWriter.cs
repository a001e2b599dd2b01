using System.Globalization;
using System.Text;
using System.Xml;
using LpipEvidence.OpenData;

namespace LpipEvidence.Web.Discovery;

/// <summary>
/// Writes a sitemap (sitemaps.org protocol 0.9): a <c>urlset</c> in its namespace with one <c>url</c> per page, its
/// absolute <c>loc</c> and, when known, its <c>lastmod</c> as a W3C date (YYYY-MM-DD, which the protocol's schema
/// accepts; a month alone it does not).
/// </summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>The most addresses one sitemap may list (the protocol's limit).</summary>
    public const int MaxUrls = 50_000;

    public const string MediaType = "application/xml; charset=utf-8";

    public static async Task WriteAsync(Stream stream, IEnumerable<PublicPage> pages, Func<string, string> absolute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(absolute);
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true };
        await using var xml = XmlWriter.Create(stream, settings);
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "urlset", Namespace);
        foreach (var page in pages.Take(MaxUrls))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "url", Namespace);
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
