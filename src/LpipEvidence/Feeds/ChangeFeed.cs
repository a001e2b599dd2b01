using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using LpipEvidence.Addresses;
using LpipEvidence.Catalog;
using LpipEvidence.Content;

namespace LpipEvidence.Feeds;

/// <summary>
/// Writes change notes as an Atom 1.0 feed (RFC 4287) with System.ServiceModel.Syndication: the feed's id is the
/// absolute address of the page it follows; each entry's id is the address of the page that changed with the note's
/// place in its file and its date (<c>https://host/findings/slug#change-2-2025-06-01</c>), the same in every feed
/// that lists it and for as long as the note stands; updated times are the notes' dates (midnight UTC).
/// </summary>
public static class ChangeFeed
{
    /// <summary>The media type of an Atom feed.</summary>
    public const string MediaType = "application/atom+xml";

    /// <summary>Who the feed names as its author: the site's editors write the change notes.</summary>
    public const string AuthorName = "LPIP Evidence";

    /// <summary>Most entries in one feed (the newest); older ones stay on the pages.</summary>
    public const int MaxEntries = 50;

    /// <summary>
    /// The feed as UTF-8 XML. <paramref name="absolute"/> turns a site-relative address into an absolute one and
    /// must give an absolute http(s) address: Atom ids must be absolute, and links in a feed are read far from the site.
    /// </summary>
    public static byte[] Write(ChangeFeedDescription description, IReadOnlyList<ChangeEntry> entries, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(absolute);
        Uri Absolute(string relative) => Uri.TryCreate(absolute(relative), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new InvalidOperationException($"No absolute address for '{relative}': a feed needs the site's public address.");

        var page = Absolute(description.PageUrl);
        var feed = new SyndicationFeed
        {
            Id = page.AbsoluteUri,
            Title = new TextSyndicationContent(XmlSafeText.Safe(description.Title)),
            Description = new TextSyndicationContent(XmlSafeText.Safe(description.Subtitle)),
            Language = "en-GB",
            LastUpdatedTime = entries.Count > 0 ? entries.Max(e => Midnight(e.Date)) : description.UpdatedWhenEmpty.ToUniversalTime(),
        };
        feed.Authors.Add(new SyndicationPerson { Name = AuthorName, Uri = Absolute("/").AbsoluteUri });
        feed.Links.Add(SyndicationLink.CreateSelfLink(Absolute(description.FeedUrl), MediaType));
        feed.Links.Add(SyndicationLink.CreateAlternateLink(page, "text/html"));
        feed.Items = entries.Take(MaxEntries).Select(entry =>
        {
            var item = new SyndicationItem
            {
                Id = Absolute(entry.Url).AbsoluteUri + (entry.IsPublication
                    ? "#published"
                    : string.Create(CultureInfo.InvariantCulture, $"#change-{entry.Position}-{entry.Date:yyyy-MM-dd}")),
                Title = new TextSyndicationContent(XmlSafeText.Safe(entry.Title)),
                Summary = new TextSyndicationContent(XmlSafeText.Safe(entry.Note)),
                LastUpdatedTime = Midnight(entry.Date),
            };
            item.Links.Add(SyndicationLink.CreateAlternateLink(Absolute(entry.ListedUrl), "text/html"));
            item.Categories.Add(new SyndicationCategory(SiteAddresses.KindName(entry.Kind), null, KindLabel(entry.Kind)));
            return item;
        }).ToList();

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return stream.ToArray();
    }

    private static DateTimeOffset Midnight(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string KindLabel(ContentKind kind) => kind switch
    {
        ContentKind.Review => "Review",
        ContentKind.Theme => "Theme",
        _ => "Key finding",
    };
}
