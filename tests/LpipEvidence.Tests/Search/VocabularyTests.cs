using LpipEvidence.Search;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// The local-government vocabulary of the fixture synonyms file (the same groups as the shipped one): words a
/// Local Partnership uses find the review text that words it differently. A made-up finding added to a copy of the
/// fixture content uses the other words.
/// </summary>
public sealed class VocabularyTests(VocabularyTests.Content content) : IClassFixture<VocabularyTests.Content>
{
    private const string Slug = "a-mayoral-programme";

    /// <summary>The fixture content with the made-up finding, imported once for the class: the tests only search it.</summary>
    public sealed class Content : IAsyncLifetime
    {
        private const string Finding = """
            ---
            title: A Mayoral Programme
            order: 4
            themes:
              - transport-and-connectivity
            ---
            Made-up fixture text: the mayoral combined authority used the UK Shared Prosperity Fund with further education
            colleges and higher education partners to narrow regional disparities; the local authority and small and medium
            enterprises took part.

            ## Key takeaway

            Made-up fixture takeaway: pool funds across the area.
            """;

        private readonly TempContent _content = TempContent.CopyOf(RepositoryPaths.FixtureContent)
            .Write("reviews/test-only-transport/findings/04-a-mayoral-programme.md", Finding);

        public SearchStore Store { get; private set; } = null!;

        public async Task InitializeAsync() => Store = await SearchStore.ImportAsync(_content.Root);

        public Task DisposeAsync()
        {
            Store.Dispose();
            _content.Dispose();
            return Task.CompletedTask;
        }
    }

    [Theory]
    [InlineData("council")]
    [InlineData("councils")]
    [InlineData("local government")]
    [InlineData("combined authority")]
    [InlineData("combined authorities")]
    [InlineData("MCA")]
    [InlineData("strategic authority")]
    [InlineData("SME")]
    [InlineData("SMEs")]
    [InlineData("small businesses")]
    [InlineData("levelling up")]
    [InlineData("UKSPF")]
    [InlineData("FE")]
    [InlineData("HE")]
    public async Task LocalGovernmentWord_FindsTheTextThatWordsItDifferently(string query)
    {
        var results = await content.Store.SearchAsync(query);
        Assert.Null(results.Problem);
        Assert.Contains(Slug, results.Hits.Select(h => h.Slug));
        Assert.Contains("<mark>", results.Hits.Single(h => h.Slug == Slug).SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mayor", "empowering-local-leaders-and-research-funding")]
    [InlineData("what works", "evidence-based-and-experimental-policies")]
    [InlineData("local authority", "bus-networks-and-regional-labour-markets")]
    public async Task LocalGovernmentWord_FindsTheFixtureReviewsWording(string query, string slug)
    {
        var results = await content.Store.SearchAsync(query);
        Assert.Null(results.Problem);
        Assert.Contains(slug, results.Hits.Select(h => h.Slug));
    }

    [Fact]
    public async Task LowerCaseHe_IsThePronounNotHigherEducation()
    {
        var results = await content.Store.SearchAsync("he");
        Assert.Null(results.Problem);
        Assert.DoesNotContain(Slug, results.Hits.Select(h => h.Slug));
    }
}
