using LpipEvidence.Search;

namespace LpipEvidence.Tests.Search;

/// <summary>Questions in plain English, AND/OR/NOT, and snippets that show why a result matched, on the fixture content.</summary>
public sealed class BetterAnswersTests(FixtureSearch fixture) : IClassFixture<FixtureSearch>
{
    private Task<SearchResults> Search(string query, int pageSize = SearchRequest.MaxPageSize) => fixture.Store.SearchAsync(query, pageSize: pageSize);

    private static List<string> Slugs(SearchResults results) => results.Hits.Select(h => h.Slug).ToList();

    private async Task<int> DocumentCount() => (await Search("\"fixture\" OR innovation OR transport OR policy OR skills OR the")).Total;

    [Fact]
    public async Task Question_WhatWorksInLocalInnovationPolicy_PutsTheEvidenceBasedFindingFirst()
    {
        var results = await Search("what works in local innovation policy");
        Assert.Equal("evidence-based-and-experimental-policies", results.Hits[0].Slug);
        Assert.False(results.MatchedAnyWord);
        // Not everything that shares a single word: results need most of the question's words.
        Assert.DoesNotContain("bus-networks-and-regional-labour-markets", Slugs(results));
        Assert.True(results.Total < await DocumentCount());
    }

    [Fact]
    public async Task Question_HowCanCouncilsFundResearch_FindsTheResearchFundingFindingFirst()
    {
        var results = await Search("how can councils fund research?");
        Assert.Equal("empowering-local-leaders-and-research-funding", results.Hits[0].Slug);
        Assert.False(results.MatchedAnyWord);
        Assert.Contains("<mark>Research</mark> <mark>Funding</mark>", results.Hits[0].TitleHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Question_NeedsMostOfItsWords_AndRanksResultsWithMoreOfThemHigher()
    {
        // Three meaningful words: a result needs two of them.
        var results = await Search("which clusters need growth frameworks?");
        Assert.Equal("place-based-approaches-and-cluster-development", results.Hits[0].Slug);
        Assert.DoesNotContain("digital-connectivity-for-clusters", Slugs(results));
    }

    [Fact]
    public async Task And_RequiresBothWords()
    {
        var results = await Search("clusters AND universities");
        Assert.Equal(["digital-connectivity-for-clusters"], Slugs(results));
    }

    [Fact]
    public async Task Or_AcceptsEitherWord()
    {
        var either = Slugs(await Search("universities OR benchmarking"));
        Assert.Contains("digital-connectivity-for-clusters", either);
        Assert.Contains("evidence-based-and-experimental-policies", either);
        Assert.False((await Search("universities OR benchmarking")).MatchedAnyWord);
        // Without OR no result has both words, so the results only fall back to either of them, and say so.
        Assert.True((await Search("universities benchmarking")).MatchedAnyWord);
    }

    [Fact]
    public async Task OperatorInCapitals_IsNotSearchedForAsAWord()
    {
        // "and" is in every finding; as an operator it must not make "transport AND" match them all.
        var results = await Search("transport AND");
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.Contains("transport", (h.TitleHtml + h.SnippetHtml).ToLowerInvariant(), StringComparison.Ordinal));
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public async Task MatchOnlyInAThemeLabel_IsShownInTheSnippet()
    {
        // The bus finding's text never says "connectivity": only its theme, Transport and connectivity, does.
        var results = await Search("connectivity");
        var bus = results.Hits.Single(h => h.Slug == "bus-networks-and-regional-labour-markets");
        Assert.Contains("Theme: Transport and <mark>connectivity</mark>", bus.SnippetHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("innovation")]
    [InlineData("clusters")]
    [InlineData("skills")]
    [InlineData("evidence")]
    [InlineData("transport")]
    [InlineData("local")]
    [InlineData("R&D")]
    [InlineData("devolution")]
    [InlineData("what works in local innovation policy")]
    [InlineData("partnerships OR ecosystems")]
    [InlineData("connectivity")]
    [InlineData("talent")]
    public async Task EveryResult_ShowsWhyItMatched(string query)
    {
        var results = await Search(query);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, h => Assert.True((h.TitleHtml + h.SnippetHtml).Contains("<mark>", StringComparison.Ordinal), $"{h.Slug}: {h.TitleHtml} | {h.SnippetHtml}"));
    }
}
