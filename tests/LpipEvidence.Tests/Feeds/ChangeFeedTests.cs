using System.Text;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Feeds;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Feeds;

/// <summary>The Atom writer: valid RFC 4287 with stable ids and the notes' dates, over entries made in memory.</summary>
public sealed class ChangeFeedTests
{
    private const string Root = "https://evidence.example.org";

    private static readonly ChangeFeedDescription Description = new(
        "What's new – LPIP Evidence", "Every change.", "/whats-new", "/whats-new/feed.atom", new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero));

    private static readonly ChangeEntry[] Entries =
    [
        new(new DateOnly(2025, 7, 15), "Widened the theme.", ContentKind.Theme, "transport", "Transport", 0),
        new(new DateOnly(2025, 6, 1), "Added a clause.", ContentKind.Finding, "connectivity", "Digital Connectivity", 1),
        new(new DateOnly(2025, 6, 1), "Same day, another finding.", ContentKind.Finding, "buses", "Bus Networks", 1),
        new(new DateOnly(2025, 5, 10), "Clarified coverage.", ContentKind.Finding, "connectivity", "Digital Connectivity", 0),
    ];

    private static byte[] Write(IReadOnlyList<ChangeEntry> entries, ChangeFeedDescription? description = null) =>
        ChangeFeed.Write(description ?? Description, entries, relative => Root + relative);

    [Fact]
    public void Feed_IsValidAtom_WithItsIdTitleUpdatedAuthorAndLinks()
    {
        var feed = AtomRules.AssertValid(Write(Entries)).Root!;

        Assert.Equal(Root + "/whats-new", AtomRules.One(feed, "id").Value);
        Assert.Equal("What's new – LPIP Evidence", AtomRules.One(feed, "title").Value);
        Assert.Equal("2025-07-15T00:00:00Z", AtomRules.One(feed, "updated").Value);
        Assert.Equal(ChangeFeed.AuthorName, AtomRules.One(AtomRules.One(feed, "author"), "name").Value);
        Assert.Equal(Root + "/whats-new/feed.atom", AtomRules.Link(feed, "self"));
        Assert.Equal(Root + "/whats-new", AtomRules.Link(feed, "alternate"));
    }

    [Fact]
    public void Entries_KeepTheirOrder_WithTheNotesDatesTitlesAndLinksToTheNoteOnItsList()
    {
        var entries = AtomRules.Entries(AtomRules.AssertValid(Write(Entries)));

        Assert.Equal(4, entries.Count);
        Assert.Equal(["2025-07-15T00:00:00Z", "2025-06-01T00:00:00Z", "2025-06-01T00:00:00Z", "2025-05-10T00:00:00Z"],
            entries.Select(e => AtomRules.One(e, "updated").Value));
        Assert.Equal(["Transport", "Digital Connectivity", "Bus Networks", "Digital Connectivity"], entries.Select(e => AtomRules.One(e, "title").Value));
        Assert.Equal("Added a clause.", AtomRules.One(entries[1], "summary").Value);
        Assert.Equal(Root + "/findings/connectivity/changes#change-finding-connectivity-1", AtomRules.Link(entries[1], "alternate"));
        Assert.Equal("finding", (string?)entries[1].Element(AtomRules.Atom + "category")?.Attribute("term"));
    }

    [Fact]
    public void EntryIds_AreThePageOfWhatChangedWithTheNotesPlaceAndDate_TheSameInEveryFeed()
    {
        var all = AtomRules.Entries(AtomRules.AssertValid(Write(Entries))).Select(e => AtomRules.One(e, "id").Value).ToList();
        var some = AtomRules.Entries(AtomRules.AssertValid(Write(Entries[1..2], Description with { PageUrl = "/themes/transport", FeedUrl = "/themes/transport/feed.atom" })))
            .Select(e => AtomRules.One(e, "id").Value).ToList();

        Assert.Equal(
            [Root + "/themes/transport#change-0-2025-07-15", Root + "/findings/connectivity#change-1-2025-06-01",
             Root + "/findings/buses#change-1-2025-06-01", Root + "/findings/connectivity#change-0-2025-05-10"],
            all);
        Assert.Equal([all[1]], some);
    }

    [Fact]
    public void AFeedWithoutNotes_IsValid_AndUpdatedWhenItsContentLastChanged()
    {
        var document = AtomRules.AssertValid(Write([]));

        Assert.Empty(AtomRules.Entries(document));
        Assert.Equal("2024-10-01T00:00:00Z", AtomRules.One(document.Root!, "updated").Value);
    }

    [Fact]
    public void AtMost_MaxEntries_AreWritten()
    {
        var many = Enumerable.Range(0, ChangeFeed.MaxEntries + 5)
            .Select(i => new ChangeEntry(new DateOnly(2025, 1, 1).AddDays(-i), "Note " + i, ContentKind.Finding, "f" + i, "F" + i, 0)).ToList();

        Assert.Equal(ChangeFeed.MaxEntries, AtomRules.Entries(AtomRules.AssertValid(Write(many))).Count);
    }

    [Fact]
    public void TextThatXmlCannotHold_IsDropped_AndMarkupIsEscaped()
    {
        var odd = new ChangeEntry(new DateOnly(2025, 1, 1), "A <b>bold</b> & \u0001odd\uFFFF note ]]>", ContentKind.Finding, "odd", "Title \u0008with a control", 0);

        var bytes = Write([odd]);

        var entry = Assert.Single(AtomRules.Entries(AtomRules.AssertValid(bytes)));
        Assert.Equal("A <b>bold</b> & odd note ]]>", AtomRules.One(entry, "summary").Value);
        Assert.Equal("Title with a control", AtomRules.One(entry, "title").Value);
        Assert.DoesNotContain("<b>", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAnAbsoluteAddress_NoFeedIsWritten() =>
        Assert.Throws<InvalidOperationException>(() => ChangeFeed.Write(Description, Entries, relative => relative));
}
