using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Tests.Search;

/// <summary>How words and meaning are fused, on the fixtures.</summary>
public sealed class HybridSearchTests(FixtureSearch fixture) : IClassFixture<FixtureSearch>
{
    private Task<SearchResults> Search(string query, string? theme = null, string? review = null, bool typing = false, SearchMode mode = SearchMode.Hybrid) =>
        fixture.Store.SearchAsync(query, theme, review, typing, mode: mode);

    [Fact]
    public async Task NoFindingWithTheWords_ShowsTheClosestInMeaning_AndSaysSo()
    {
        var results = await Search("higher education");

        Assert.True(results.OnlyMeaning);
        Assert.Equal("collaboration-partnerships-and-skills-development", results.Hits[0].Slug);
        Assert.All(results.Hits, h => Assert.Equal(SearchMatch.Meaning, h.Match));
        Assert.Equal(results.Hits.Count, results.Total);
    }

    [Fact]
    public async Task MeaningOnlyResult_ShowsItsClosestSentence_Unmarked()
    {
        var hit = (await Search("higher education")).Hits[0];

        Assert.DoesNotContain("<mark>", hit.SnippetHtml + hit.TitleHtml, StringComparison.Ordinal);
        // The sentence about skills and training, not the first one of the finding, and whole.
        Assert.Equal("This includes developing local STEM skills and aligning training programmes with the talent needs of innovative companies.", hit.SnippetHtml);
    }

    [Fact]
    public async Task WordsWin_MeaningFollowsThem()
    {
        var results = await Search("universities");

        var matches = results.Hits.Select(h => h.Match).ToList();
        Assert.Contains(SearchMatch.Meaning, matches);
        var firstMeaning = matches.IndexOf(SearchMatch.Meaning);
        Assert.True(firstMeaning > 0, "no result matched by its words");
        Assert.All(matches.Take(firstMeaning), m => Assert.NotEqual(SearchMatch.Meaning, m));
        Assert.All(matches.Skip(firstMeaning), m => Assert.Equal(SearchMatch.Meaning, m));
        Assert.Contains("collaboration-partnerships-and-skills-development", results.Hits.Skip(firstMeaning).Select(h => h.Slug));
        Assert.False(results.OnlyMeaning);
    }

    [Fact]
    public async Task ResultWithTheWordsAndCloseInMeaning_IsBoth()
    {
        var results = await Search("what works in local innovation policy");
        Assert.Equal(SearchMatch.Both, results.Hits[0].Match);
    }

    [Theory]
    [InlineData("\"higher education\"")]
    [InlineData("higher AND education")]
    [InlineData("higher OR education")]
    [InlineData("education -banana")]
    public async Task PhrasesOperatorsAndExclusions_StayWordSearches(string query)
    {
        var results = await Search(query);
        Assert.DoesNotContain(results.Hits, h => h.Match == SearchMatch.Meaning);
        Assert.False(results.OnlyMeaning);
    }

    [Fact]
    public async Task SearchPageQuery_WithItsLastWordAsAPrefix_StillUsesMeaning()
    {
        var results = await Search("higher education", typing: true);
        Assert.True(results.OnlyMeaning);
    }

    [Fact]
    public async Task WordsMode_NeverUsesMeaning()
    {
        var results = await Search("higher education", mode: SearchMode.Words);
        Assert.Empty(results.Hits);
        Assert.False(results.OnlyMeaning);
    }

    [Fact]
    public async Task MeaningMode_FindsFindingsWithoutTheWords_AndOnlyFindings()
    {
        var results = await Search("how do we know if a policy worked", mode: SearchMode.Meaning);
        Assert.Equal("evidence-based-and-experimental-policies", results.Hits[0].Slug);
        Assert.All(results.Hits, h => Assert.Equal(SearchKinds.Finding, h.Kind));
        Assert.All(results.Hits, h => Assert.Equal(SearchMatch.Meaning, h.Match));
    }

    [Fact]
    public async Task MeaningResults_HonourTheThemeAndReviewFilters_AndCountInTheFacets()
    {
        var byTheme = await Search("higher education", theme: "transport-and-connectivity");
        Assert.NotEmpty(byTheme.Hits);
        Assert.All(byTheme.Hits, h => Assert.Contains(h.Themes, t => t.Slug == "transport-and-connectivity"));

        var byReview = await Search("higher education", review: "innovation");
        Assert.NotEmpty(byReview.Hits);
        Assert.All(byReview.Hits, h => Assert.Equal("innovation", h.Review?.Slug));

        var all = await Search("higher education");
        Assert.Equal(all.Total, all.Reviews.Sum(r => r.Count));
    }

    [Fact]
    public async Task RepeatedQuery_IsEmbeddedOnce()
    {
        var cache = fixture.Store.Search.Vectors!;
        await Search("regional growth through mayoral powers");
        var misses = cache.Misses;
        await Search("regional growth through mayoral powers");
        await Search("regional growth through mayoral powers", theme: "skills-and-talent");
        Assert.Equal(misses, cache.Misses);
    }

    [Fact]
    public void VectorCache_DropsTheLeastRecentlyUsed()
    {
        var embedder = new RecordingEmbedder();
        var cache = new VectorCache(embedder, capacity: 2);
        cache.Get("one");
        cache.Get("two");
        cache.Get("one");
        cache.Get("three");
        cache.Get("one");
        cache.Get("two");
        Assert.Equal(["one", "two", "three", "two"], embedder.Texts);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void VectorCache_TryGet_TakesOnlyWhatItHolds_AndCountsAsAUse()
    {
        var embedder = new RecordingEmbedder();
        var cache = new VectorCache(embedder, capacity: 2);
        Assert.False(cache.TryGet("one", out var missing));
        Assert.Null(missing);
        var one = cache.Get("one");
        cache.Get("two");

        Assert.True(cache.TryGet("one", out var held));
        Assert.Same(one, held);
        cache.Get("three");
        Assert.True(cache.TryGet("one", out _));
        Assert.False(cache.TryGet("two", out _));
        Assert.Equal(["one", "two", "three"], embedder.Texts);
    }

    [Fact]
    public async Task RelatedFindings_UseMeaning_AndFindOneSharingNoThemeThatSaysSimilarThings()
    {
        var related = await fixture.Store.Search.SimilarFindingsAsync("evidence-based-and-experimental-policies", 5);

        var unthemed = Assert.Single(related, r => r.Slug == "importance-of-innovation-and-technology-policies");
        Assert.Empty(unthemed.SharedThemes);
        // Scores are closeness in meaning (a cosine of at most 1) plus a bonus per shared theme.
        Assert.All(related, r => Assert.InRange(r.Score - SearchService.SharedThemeBonus * r.SharedThemes.Count, -1f, 1.0001f));
        Assert.InRange(unthemed.Score, SearchService.MeaningFloor, 1.0001f);
        Assert.Equal(related.OrderByDescending(r => r.Score).Select(r => r.Slug), related.Select(r => r.Slug));
    }
}
