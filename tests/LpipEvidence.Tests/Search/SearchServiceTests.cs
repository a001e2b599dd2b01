using LpipEvidence.Search;

namespace LpipEvidence.Tests.Search;

/// <summary>Relevance and behaviour of search on the fixture content, through the store, the import step and the Lucene index.</summary>
public sealed class SearchServiceTests(FixtureSearch fixture) : IClassFixture<FixtureSearch>
{
    private SearchService _search => fixture.Store.Search;

    private Task<SearchResults> Search(string query, string? theme = null, string? review = null, bool typing = false) =>
        fixture.Store.SearchAsync(query, theme, review, typing);

    private static IReadOnlyList<string> Slugs(SearchResults results) => results.Hits.Select(h => h.Slug).ToList();

    private static SearchHit FirstFinding(SearchResults results) => results.Hits.First(h => h.Kind == SearchKinds.Finding);

    [Fact]
    public async Task Clusters_RanksTheFindingsAboutClustersFirst()
    {
        var results = await Search("clusters");
        // The two findings with "cluster" in their title, then the theme.
        Assert.Equal(["digital-connectivity-for-clusters", "place-based-approaches-and-cluster-development", "clusters-and-place-based-policy"], Slugs(results));
        var placeBased = results.Hits[1];
        Assert.Equal("finding", placeBased.Kind);
        Assert.Equal("/findings/place-based-approaches-and-cluster-development", placeBased.Url);
        Assert.Equal("Innovation Evidence Review", placeBased.Review?.Title);
        Assert.Equal("Test Fixture Review of Transport and Connectivity", results.Hits[0].Review?.Title);
    }

    [Fact]
    public async Task Evaluate_FindsEvaluationByStemming()
    {
        var results = await Search("evaluate");
        var hit = results.Hits.Single(h => h.Slug == "evidence-based-and-experimental-policies");
        Assert.Contains("<mark>evaluation</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal("<mark>Evaluating</mark> Transport Investment", results.Hits[0].TitleHtml);
    }

    [Fact]
    public async Task ExactPhrase_MatchesOnlyThatOrder()
    {
        Assert.Contains("evidence-based-and-experimental-policies", Slugs(await Search("\"regular benchmarking\"")));
        Assert.Empty((await Search("\"benchmarking regular\"")).Hits);
    }

    [Theory]
    [InlineData("demand-pull", "importance-of-innovation-and-technology-policies")]
    [InlineData("place-based", "place-based-approaches-and-cluster-development")]
    [InlineData("R&D spending", "empowering-local-leaders-and-research-funding")]
    [InlineData("research and development", "empowering-local-leaders-and-research-funding")]
    [InlineData("STEM skills", "collaboration-partnerships-and-skills-development")]
    [InlineData("talent pipeline", "collaboration-partnerships-and-skills-development")]
    [InlineData("decentralisation", "empowering-local-leaders-and-research-funding")]
    public async Task PunctuatedTermsAndSynonyms_FindWhatAPersonExpects(string query, string expectedFirst)
    {
        var results = await Search(query);
        Assert.Equal(expectedFirst, FirstFinding(results).Slug);
    }

    [Theory]
    [InlineData("innovation -clusters")]
    [InlineData("innovation NOT clusters")]
    public async Task Exclusion_LeavesOutResultsWithTheWord(string query)
    {
        var all = Slugs(await Search("innovation"));
        var without = Slugs(await Search(query));
        Assert.Contains("place-based-approaches-and-cluster-development", all);
        Assert.DoesNotContain("place-based-approaches-and-cluster-development", without);
        Assert.NotEmpty(without);
    }

    [Fact]
    public async Task Prefix_WhileTyping_FindsWordsThatStartWithTheLastWord()
    {
        Assert.Contains("evidence-based-and-experimental-policies", Slugs(await Search("benchm", typing: true)));
    }

    [Fact]
    public async Task Misspelling_SuggestsTheCorrectionAndShowsItsResults()
    {
        var results = await Search("benchmarkng");
        Assert.Equal("benchmarking", results.Suggestion);
        Assert.True(results.ShowingSuggestion);
        Assert.Equal("evidence-based-and-experimental-policies", results.Hits[0].Slug);
        Assert.Contains("<mark>benchmarking</mark>", results.Hits[0].SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Misspelling_AsTyped_SearchesTheWordsAsTypedAndStillOffersTheCorrection()
    {
        var corrected = await _search.SearchAsync(new SearchRequest("benchmarkng", Mode: SearchMode.Words));
        var asTyped = await _search.SearchAsync(new SearchRequest("benchmarkng", Mode: SearchMode.Words, AsTyped: true));

        Assert.True(corrected.ShowingSuggestion);
        Assert.NotEmpty(corrected.Hits);
        Assert.Equal("benchmarkng", asTyped.Query);
        Assert.False(asTyped.ShowingSuggestion);
        Assert.Equal(0, asTyped.Total);
        Assert.Empty(asTyped.Hits);
        Assert.Equal("benchmarking", asTyped.Suggestion);
    }

    [Fact]
    public async Task TwoMisspellings_SuggestWithoutShowingResults()
    {
        var results = await Search("clustres benchmarkng");
        Assert.Equal("clusters benchmarking", results.Suggestion);
        Assert.False(results.ShowingSuggestion);
    }

    [Fact]
    public async Task KnownWords_GetNoSuggestion()
    {
        var results = await Search("clusters");
        Assert.Null(results.Suggestion);
        Assert.False(results.ShowingSuggestion);
    }

    [Fact]
    public async Task QuestionWithNoResultHavingEveryWord_FallsBackToAnyWord()
    {
        var results = await Search("what does the evidence say about clusters?");
        Assert.True(results.MatchedAnyWord);
        Assert.Contains("place-based-approaches-and-cluster-development", Slugs(results).Take(3));
        Assert.Contains("evidence-based-and-experimental-policies", Slugs(results).Take(3));
    }

    [Fact]
    public async Task Facets_CountResultsByThemeAndReview()
    {
        var results = await _search.SearchAsync(new SearchRequest("innovation", PageSize: 50));
        Assert.Equal(results.Total, results.Hits.Count);
        var review = Assert.Single(results.Reviews);
        Assert.Equal(("innovation", "Innovation Evidence Review"), (review.Slug, review.Title));
        var clusters = results.Themes.Single(t => t.Slug == "clusters-and-place-based-policy");
        Assert.Equal("Clusters and place-based policy", clusters.Title);
        Assert.True(clusters.Count >= 1);
        Assert.Equal(results.Themes.OrderByDescending(t => t.Count).Select(t => t.Count), results.Themes.Select(t => t.Count));
    }

    [Fact]
    public async Task ThemeFilter_KeepsOnlyResultsWithThatTheme()
    {
        var results = await Search("innovation", theme: "skills-and-talent");
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains(h.Themes, t => t.Slug == "skills-and-talent"));
        Assert.Contains("collaboration-partnerships-and-skills-development", Slugs(results));
    }

    [Fact]
    public async Task ReviewFilter_KeepsOnlyThatReview()
    {
        Assert.NotEmpty((await Search("innovation", review: "innovation")).Hits);
        Assert.Empty((await Search("innovation", review: "another-review")).Hits);
    }

    [Fact]
    public async Task ReviewsAndThemes_AreFoundAndSayTheirKind()
    {
        var review = await Search("\"state of the art\"");
        Assert.Equal(("review", "innovation", "/reviews/innovation"), (review.Hits[0].Kind, review.Hits[0].Slug, review.Hits[0].Url));
        var theme = await Search("\"talent pipeline\"");
        Assert.Contains(theme.Hits, h => h.Kind == "theme" && h.Url == "/themes/skills-and-talent");
    }

    [Fact]
    public async Task Ranking_PutsFindingsAboveThemesWithTheSameWords()
    {
        var results = await Search("talent pipeline");
        Assert.Equal(["collaboration-partnerships-and-skills-development", "skills-and-talent"], Slugs(results));
    }

    [Fact]
    public async Task Ranking_PutsTitleMatchesAboveBodyMatches()
    {
        // "Collaboration" is in one finding's title and in another theme's body.
        var results = await Search("collaboration");
        Assert.Equal("collaboration-partnerships-and-skills-development", results.Hits[0].Slug);
        Assert.Contains("<mark>Collaboration</mark>", results.Hits[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ranking_IsDeterministic()
    {
        var first = Slugs(await Search("innovation"));
        for (var i = 0; i < 3; i++) Assert.Equal(first, Slugs(await Search("innovation")));
    }

    [Fact]
    public async Task Paging_SplitsResultsWithoutOverlap()
    {
        var all = await _search.SearchAsync(new SearchRequest("innovation", PageSize: 50));
        var first = await _search.SearchAsync(new SearchRequest("innovation", PageSize: 3, Page: 1));
        var second = await _search.SearchAsync(new SearchRequest("innovation", PageSize: 3, Page: 2));
        Assert.Equal(all.Hits.Take(6).Select(h => h.Slug), first.Hits.Concat(second.Hits).Select(h => h.Slug));
        Assert.Equal((all.Total + 2) / 3, first.PageCount);
    }

    [Fact]
    public async Task Snippets_AreEncodedExceptForMarks()
    {
        var results = await Search("place-based");
        var snippet = results.Hits.First(h => h.Slug == "place-based-approaches-and-cluster-development").SnippetHtml;
        Assert.True(snippet.Contains("&#x27;<mark>place-based</mark>&#x27;", StringComparison.Ordinal), snippet);
        Assert.DoesNotContain("'", snippet.Replace("<mark>", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NothingToSearchFor_AnswersWithAFriendlyProblem()
    {
        var results = await Search("\"\" ***");
        Assert.Equal(0, results.Total);
        Assert.NotNull(results.Problem);
    }
}
