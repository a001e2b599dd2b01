using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace LpipEvidence.Tests.Support;

/// <summary>
/// The rules of RFC 4287 an Atom feed of this site must keep, checked on the parsed XML: a feed element in the Atom
/// namespace with one id (an absolute IRI), one title, one updated (an RFC 3339 date-time) and an author; self and
/// alternate links that are absolute; and entries each with one unique absolute id, one title, one updated and an
/// absolute alternate link (required, as entries carry a summary but no content).
/// </summary>
public static partial class AtomRules
{
    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Parses the bytes (which must be well-formed XML) and checks every rule; returns the document.</summary>
    public static XDocument AssertValid(byte[] bytes)
    {
        var document = XDocument.Load(new MemoryStream(bytes));
        var feed = document.Root;
        Assert.NotNull(feed);
        Assert.Equal(Atom + "feed", feed.Name);

        AssertAbsolute(One(feed, "id").Value, "the feed's id");
        Assert.False(string.IsNullOrWhiteSpace(One(feed, "title").Value));
        AssertDateTime(One(feed, "updated").Value);
        var authors = feed.Elements(Atom + "author").ToList();
        Assert.NotEmpty(authors);
        Assert.All(authors, a => Assert.False(string.IsNullOrWhiteSpace(One(a, "name").Value)));
        AssertAbsolute(Link(feed, "self"), "the feed's self link");
        AssertAbsolute(Link(feed, "alternate"), "the feed's alternate link");

        var entries = feed.Elements(Atom + "entry").ToList();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var id = One(entry, "id").Value;
            AssertAbsolute(id, "an entry's id");
            Assert.True(ids.Add(id), $"The entry id {id} appears twice.");
            Assert.False(string.IsNullOrWhiteSpace(One(entry, "title").Value));
            AssertDateTime(One(entry, "updated").Value);
            AssertAbsolute(Link(entry, "alternate"), "an entry's alternate link");
        }
        // Updated is the newest change: no entry is newer than its feed.
        if (entries.Count > 0)
        {
            Assert.Equal(entries.Max(e => DateTimeOffset.Parse(One(e, "updated").Value, System.Globalization.CultureInfo.InvariantCulture)),
                DateTimeOffset.Parse(One(feed, "updated").Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        return document;
    }

    /// <summary>The entries of a feed, in document order.</summary>
    public static IReadOnlyList<XElement> Entries(XDocument document) => document.Root!.Elements(Atom + "entry").ToList();

    /// <summary>A child element that must appear exactly once.</summary>
    public static XElement One(XElement parent, string name)
    {
        var matches = parent.Elements(Atom + name).ToList();
        Assert.True(matches.Count == 1, $"<{parent.Name.LocalName}> has {matches.Count} <{name}> elements, not 1.");
        return matches[0];
    }

    /// <summary>The href of the link with a relation (alternate when rel is missing, as RFC 4287 says).</summary>
    public static string Link(XElement parent, string rel)
    {
        var link = parent.Elements(Atom + "link").FirstOrDefault(l => ((string?)l.Attribute("rel") ?? "alternate") == rel);
        Assert.True(link is not null, $"<{parent.Name.LocalName}> has no link rel=\"{rel}\".");
        return (string?)link.Attribute("href") ?? "";
    }

    private static void AssertAbsolute(string value, string what) =>
        Assert.True(Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https",
            $"{what} is not an absolute http(s) address: '{value}'.");

    private static void AssertDateTime(string value) =>
        Assert.True(DateTime3339().IsMatch(value), $"'{value}' is not an RFC 3339 date-time.");

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex DateTime3339();
}
