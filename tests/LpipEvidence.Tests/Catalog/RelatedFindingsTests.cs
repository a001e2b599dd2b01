using LpipEvidence.Catalog;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Catalog;

/// <summary>
/// <see cref="EvidenceCatalog.GetRelatedFindingsAsync"/>: other findings ranked by how many themes they share, then
/// same review first, then by review and order; over the fixtures and over a folder built to tell the ranks apart.
/// </summary>
public sealed class RelatedFindingsTests(FixtureStore fixtures) : IClassFixture<FixtureStore>, IAsyncLifetime
{
    private readonly TempContent _content = new();
    private readonly TempStore _store = new();
    private EvidenceCatalog _ranked = null!;

    public async Task InitializeAsync()
    {
        // The sample review's "third" finding carries clusters, skills and places; the others share 3, 2 or 1 of them.
        _content
            .Write("themes/places.md", "---\ntitle: Places\n---\nWhere people live and work.\n")
            .Write("reviews/sample/findings/03-third.md", Finding("Third Finding", 3, "clusters", "skills", "places"))
            .Write("reviews/sample/findings/04-fourth.md", Finding("Fourth Finding", 4, "places"))
            .Write("reviews/other/review.md", TempContent.Review.Replace("Sample Evidence Review", "Other Evidence Review", StringComparison.Ordinal))
            .Write("reviews/other/findings/01-other-one.md", Finding("Other One", 1, "places", "skills", "clusters"))
            .Write("reviews/other/findings/02-other-two.md", Finding("Other Two", 2, "skills"));
        await _store.MigrateAsync();
        Assert.Equal(ImportOutcome.Imported, (await _store.Importer.ImportAsync(_content.Root)).Outcome);
        _ranked = new EvidenceCatalog(_store.Factory);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Findings_sharing_more_themes_come_first_then_the_same_review_then_review_and_order()
    {
        var related = await _ranked.GetRelatedFindingsAsync("third-finding", 10);

        Assert.Equal(
            [
                ("Other One", 3),            // every theme shared, though from another review
                ("Second Finding About Skills", 2),
                ("First Finding About Clusters", 1),   // one shared: this review first, in its order
                ("Fourth Finding", 1),
                ("Other Two", 1),
            ],
            related.Select(r => (r.Title, r.SharedThemes.Count)));
    }

    [Fact]
    public async Task Shared_themes_are_named_in_the_related_findings_own_order()
    {
        var related = await _ranked.GetRelatedFindingsAsync("third-finding", 1);

        var first = Assert.Single(related);
        Assert.Equal(["places", "skills", "clusters"], first.SharedThemes.Select(t => t.Slug));
        Assert.Equal("Other Evidence Review", first.ReviewTitle);
        Assert.Equal("/findings/other-one", first.Url);
    }

    [Fact]
    public async Task The_count_caps_the_list_and_the_finding_itself_is_never_listed()
    {
        var related = await _ranked.GetRelatedFindingsAsync("third-finding", 2);

        Assert.Equal(["Other One", "Second Finding About Skills"], related.Select(r => r.Title));
        Assert.DoesNotContain(await _ranked.GetRelatedFindingsAsync("third-finding", 10), r => r.Slug == "third-finding");
    }

    [Fact]
    public async Task In_the_fixtures_a_finding_is_related_to_findings_of_both_reviews_on_its_themes()
    {
        var related = await fixtures.Catalog.GetRelatedFindingsAsync("place-based-approaches-and-cluster-development", 10);

        Assert.Equal(
            [
                ("collaboration-partnerships-and-skills-development", "Partnerships and collaboration"),
                ("evidence-based-and-experimental-policies", "Evaluation and benchmarking"),
                ("digital-connectivity-for-clusters", "Clusters and place-based policy"),
                ("evaluating-transport-investment", "Evaluation and benchmarking"),
            ],
            related.Select(r => (r.Slug, string.Join(", ", r.SharedThemes.Select(t => t.Title)))));
    }

    [Theory]
    [InlineData("no-such-finding", 5)]
    [InlineData("place-based-approaches-and-cluster-development", 0)]
    public async Task An_unknown_finding_or_a_count_of_zero_gives_none(string slug, int count)
    {
        Assert.Empty(await fixtures.Catalog.GetRelatedFindingsAsync(slug, count));
    }

    private static string Finding(string title, int order, params string[] themes) =>
        $"---\ntitle: {title}\norder: {order}\nthemes:\n{string.Concat(themes.Select(t => $"  - {t}\n"))}---\n{title} text.\n\n## Key takeaway\n\n{title} takeaway.\n";
}
