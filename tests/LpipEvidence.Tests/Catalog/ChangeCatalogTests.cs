using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Catalog;

/// <summary>
/// Change notes as pages, "What's new" and briefings read them, over the fixture: its made-up second review has
/// one note on the review, two on "Digital Connectivity for Clusters" and one on the transport theme.
/// </summary>
public sealed class ChangeCatalogTests(FixtureStore fixture) : IClassFixture<FixtureStore>
{
    private const string Connectivity = "digital-connectivity-for-clusters";

    private ChangeCatalog Catalog => new(fixture.Store.Factory);

    [Fact]
    public async Task History_OfAFindingWithNotes_IsNewestFirstWithPublishedAndLastUpdated()
    {
        var history = await Catalog.GetHistoryAsync(ContentKind.Finding, Connectivity);

        Assert.NotNull(history);
        Assert.Equal(new PublicationMonth(2025, 3), history.Published);
        Assert.Equal(new DateOnly(2025, 6, 1), history.LastUpdated);
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 10)], history.Changes.Select(c => c.Date));
        Assert.All(history.Changes, c => Assert.Equal(("Digital Connectivity for Clusters", "/findings/" + Connectivity), (c.Title, c.Url)));
    }

    [Fact]
    public async Task History_OfAFindingWithoutNotes_HasNoLastUpdated()
    {
        var history = await Catalog.GetHistoryAsync(ContentKind.Finding, "evidence-based-and-experimental-policies");

        Assert.NotNull(history);
        Assert.Equal(new PublicationMonth(2024, 10), history.Published);
        Assert.Null(history.LastUpdated);
        Assert.Empty(history.Changes);
    }

    [Fact]
    public async Task History_OfAReview_IncludesItsFindingsNotes()
    {
        var history = await Catalog.GetHistoryAsync(ContentKind.Review, "test-only-transport");

        Assert.NotNull(history);
        Assert.Equal(
            [(ContentKind.Finding, Connectivity), (ContentKind.Finding, Connectivity), (ContentKind.Review, "test-only-transport")],
            history.Changes.Select(c => (c.Kind, c.Slug)));
        Assert.Equal(new DateOnly(2025, 6, 1), history.LastUpdated);
    }

    [Fact]
    public async Task History_OfATheme_IncludesItsFindingsNotesAndItsEarliestReview()
    {
        var history = await Catalog.GetHistoryAsync(ContentKind.Theme, "clusters-and-place-based-policy");

        Assert.NotNull(history);
        Assert.Equal(new PublicationMonth(2024, 10), history.Published);
        Assert.Equal(2, history.Changes.Count);
        Assert.All(history.Changes, c => Assert.Equal(Connectivity, c.Slug));

        var transport = await Catalog.GetHistoryAsync(ContentKind.Theme, "transport-and-connectivity");
        Assert.Equal(new DateOnly(2025, 7, 15), transport!.LastUpdated);
        Assert.Equal(ContentKind.Theme, transport.Changes[0].Kind);
    }

    [Theory]
    [InlineData(ContentKind.Finding, "no-such-finding")]
    [InlineData(ContentKind.Review, "no-such-review")]
    [InlineData(ContentKind.Theme, "no-such-theme")]
    public async Task History_OfAnUnknownPage_IsNull(ContentKind kind, string slug) =>
        Assert.Null(await Catalog.GetHistoryAsync(kind, slug));

    [Fact]
    public async Task Recent_ListsEveryNoteNewestFirstInPages()
    {
        var first = await Catalog.GetRecentAsync(page: 1, pageSize: 3);
        var second = await Catalog.GetRecentAsync(page: 2, pageSize: 3);

        // Four notes and the two reviews' publications, oldest last.
        Assert.Equal(6, first.Total);
        Assert.Equal(2, first.PageCount);
        Assert.Equal([new DateOnly(2025, 7, 15), new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 10)], first.Entries.Select(e => e.Date));
        Assert.Equal([new DateOnly(2025, 4, 2), new DateOnly(2025, 3, 1), new DateOnly(2024, 10, 1)], second.Entries.Select(e => e.Date));
        Assert.Equal((ContentKind.Review, "Test Fixture Review of Transport and Connectivity", false), (second.Entries[0].Kind, second.Entries[0].Title, second.Entries[0].IsPublication));
        Assert.Equal([("test-only-transport", true), ("innovation", true)], second.Entries.Skip(1).Select(e => (e.Slug, e.IsPublication)));
        Assert.Equal(ChangeEntry.PublishedNote, second.Entries[^1].Note);
    }

    [Fact]
    public async Task Recent_ForATheme_HoldsTheThemeAndItsFindings()
    {
        var clusters = await Catalog.GetRecentAsync(1, 10, theme: "clusters-and-place-based-policy");
        var skills = await Catalog.GetRecentAsync(1, 10, theme: "skills-and-talent");

        // The theme's notes, then the publication of each review with a finding on the theme.
        Assert.Equal(4, clusters.Total);
        Assert.Equal([Connectivity, Connectivity, "test-only-transport", "innovation"], clusters.Entries.Select(e => e.Slug));
        Assert.Equal(2, skills.Total);
        Assert.Equal(2, skills.Entries.Count);
        Assert.All(skills.Entries, e => Assert.True(e.IsPublication));
    }

    [Fact]
    public async Task Recent_ForAReview_HoldsTheReviewAndItsFindings()
    {
        Assert.Equal(4, (await Catalog.GetRecentAsync(1, 10, review: "test-only-transport")).Total);
        var innovation = await Catalog.GetRecentAsync(1, 10, review: "innovation");
        var published = Assert.Single(innovation.Entries);
        Assert.Equal((new DateOnly(2024, 10, 1), "innovation", true), (published.Date, published.Slug, published.IsPublication));
    }

    [Fact]
    public async Task FindingChangesSince_ADate_GivesOnlyLaterNotesOfTheFindingsAsked()
    {
        var since = await Catalog.GetFindingChangesSinceAsync([Connectivity, "bus-networks-and-regional-labour-markets"], new DateOnly(2025, 5, 10));

        var (slug, notes) = Assert.Single(since);
        Assert.Equal(Connectivity, slug);
        Assert.Equal(new DateOnly(2025, 6, 1), Assert.Single(notes).Date);
        Assert.Empty(await Catalog.GetFindingChangesSinceAsync([Connectivity], new DateOnly(2025, 6, 1)));
    }

    [Theory]
    [InlineData(ContentKind.Finding, Connectivity, "reviews/test-only-transport/findings/02-digital-connectivity-for-clusters.md")]
    [InlineData(ContentKind.Review, "test-only-transport", "reviews/test-only-transport/review.md")]
    [InlineData(ContentKind.Theme, "transport-and-connectivity", "themes/transport-and-connectivity.md")]
    public async Task SourcePath_IsTheContentFileRelativeToTheContentFolder(ContentKind kind, string slug, string path) =>
        Assert.Equal(path, await Catalog.GetSourcePathAsync(kind, slug));

    [Fact]
    public async Task SourcePath_OfAnUnknownPage_IsNull() =>
        Assert.Null(await Catalog.GetSourcePathAsync(ContentKind.Finding, "no-such-finding"));

    [Theory]
    [InlineData(ContentKind.Finding, Connectivity, "Digital Connectivity for Clusters")]
    [InlineData(ContentKind.Review, "test-only-transport", "Test Fixture Review of Transport and Connectivity")]
    [InlineData(ContentKind.Theme, "transport-and-connectivity", "Transport and connectivity")]
    public async Task History_NamesItsPage(ContentKind kind, string slug, string title) =>
        Assert.Equal(title, (await Catalog.GetHistoryAsync(kind, slug))?.Title);
}
