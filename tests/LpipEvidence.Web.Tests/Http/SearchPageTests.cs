using System.Net;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The search page works as a plain GET form: results, highlights, facets, paging and help.</summary>
public sealed class SearchPageTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private static readonly string[] ClusterTitledFindings =
        ["/findings/place-based-approaches-and-cluster-development", "/findings/digital-connectivity-for-clusters"];

    [Fact]
    public async Task SearchPage_ShowsRankedHighlightedResultsWithCountAndFacets()
    {
        var (response, page) = await app.GetPageAsync("/search?q=clusters");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Search: clusters – LPIP Evidence", page.Title);
        Assert.Equal("clusters", page.QuerySelector("#search-page-input")?.GetAttribute("value"));
        Assert.Matches(@"^\d+ results? for “clusters”", page.QuerySelector("[role=status]")?.TextContent.Trim());
        var first = page.QuerySelector(".search-hit");
        Assert.NotNull(first);
        // Both fixture reviews have a finding with "cluster" in its title; which ranks first is the ranking's business.
        Assert.Contains(first.QuerySelector("h2 a")?.GetAttribute("href"), ClusterTitledFindings);
        Assert.NotNull(first.QuerySelector(".search-hit__snippet mark"));
        Assert.Contains("Key finding", first.QuerySelector(".search-hit__kind")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".search-facets a[href='/search?q=clusters&theme=clusters-and-place-based-policy']"));
        Assert.NotNull(page.QuerySelector(".search-facets a[href='/search?q=clusters&review=innovation']"));
        Assert.NotNull(page.QuerySelector(".search-facets a[href='/search?q=clusters&review=test-only-transport']"));
    }

    [Fact]
    public async Task SearchPage_HelpKeepsTheMinusSignWithItsWords()
    {
        var (_, page) = await app.GetPageAsync("/search");

        var label = page.QuerySelector("label[for=search-page-input]");
        Assert.NotNull(label);
        Assert.Equal("a minus sign (-)", label.QuerySelector(".nowrap")?.TextContent);
        Assert.Single(label.TextContent, c => c == '-');
    }

    [Fact]
    public async Task SearchPage_Help_NamesEveryOperatorTheSearchUnderstands()
    {
        // The empty search page and a page of results carry the same help, as the README does: AND, OR, NOT and minus.
        foreach (var url in new[] { "/search", "/search?q=clusters" })
        {
            var (_, page) = await app.GetPageAsync(url);
            var help = page.QuerySelector("label[for=search-page-input]")?.TextContent ?? "";
            Assert.Contains("AND between words to need both", help, StringComparison.Ordinal);
            Assert.Contains("OR to accept either", help, StringComparison.Ordinal);
            Assert.Contains("NOT or a minus sign (-) before a word to leave it out", help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SearchPage_WithAThemeFilter_OffersToRemoveIt()
    {
        var (_, page) = await app.GetPageAsync("/search?q=innovation&theme=skills-and-talent");
        Assert.NotNull(page.QuerySelector(".search-filters a[href='/search?q=innovation']"));
        Assert.NotNull(page.QuerySelector("input[type=hidden][name=theme][value=skills-and-talent]"));
        Assert.All(page.QuerySelectorAll(".search-hit h2 a"), a => Assert.DoesNotContain("importance-of-innovation", a.GetAttribute("href"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task SearchPage_Misspelling_ShowsTheCorrectionAndItsResults()
    {
        var (_, page) = await app.GetPageAsync("/search?q=benchmarkng");
        // One sentence, correction first: the count is never shown as if it were the count of what was typed.
        Assert.Matches(@"^No results for “benchmarkng”\. Showing \d+ results? for “benchmarking”\.$", page.QuerySelector(".search-results__summary")?.TextContent.Trim());
        Assert.DoesNotContain("Showing results for", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector(".search-hit a[href='/findings/evidence-based-and-experimental-policies']"));
    }

    [Fact]
    public async Task SearchPage_TwoMisspellings_OffersDidYouMean()
    {
        var (_, page) = await app.GetPageAsync("/search?q=clustres+benchmarkng");
        var link = page.QuerySelector(".search-note a");
        Assert.Equal("clusters benchmarking", link?.TextContent);
        Assert.Equal("/search?q=clusters%20benchmarking", link?.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_WordsJoinedWithAndFoundTogetherNowhere_SaysSoAndOffersAnyOfThem()
    {
        var (_, page) = await app.GetPageAsync("/search?q=clusters%20AND%20zzzzqqqq");

        var note = page.QuerySelectorAll(".search-note").Select(n => n.TextContent.Trim()).Single(n => n.StartsWith("No result has all", StringComparison.Ordinal));
        Assert.Equal("No result has all of these words together. Search for any of them: clusters OR zzzzqqqq.", note);
        Assert.Equal("/search?q=clusters%20OR%20zzzzqqqq", page.QuerySelector(".search-note a")?.GetAttribute("href"));
        var (_, either) = await app.GetPageAsync("/search?q=clusters%20OR%20zzzzqqqq");
        Assert.NotEmpty(either.QuerySelectorAll(".search-hit"));
    }

    [Fact]
    public async Task SearchPage_NoResults_HelpsWithThemes()
    {
        var (_, page) = await app.GetPageAsync("/search?q=zzzzqqqq");
        Assert.Equal("No results for “zzzzqqqq”.", page.QuerySelector("[role=status]")?.TextContent.Trim());
        // One link per theme of the fixtures: the Innovation Evidence Review's eight and the second review's one.
        Assert.Equal(9, page.QuerySelectorAll(".no-results a[href^='/themes/']").Length);
    }

    [Fact]
    public async Task SearchPage_Paging_LinksPages()
    {
        var (_, page) = await app.GetPageAsync("/search?q=innovation&page=2");
        Assert.Contains("page 2 of", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/search?q=innovation", page.QuerySelector(".search-pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Equal("11", page.QuerySelector(".search-hits")?.GetAttribute("start"));
    }

    [Fact]
    public async Task SearchPage_EncodesEverythingThePersonTyped()
    {
        var (_, page) = await app.GetPageAsync("/search?q=" + Uri.EscapeDataString("<script>alert(1)</script> clusters"));
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Contains("<script>alert(1)</script>", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/search?q=x&page=abc")]
    [InlineData("/search?q=x&theme=%3Cscript%3E")]
    [InlineData("/search?q=x&review=..%2F")]
    public async Task SearchPage_BadParameters_Answer400WithAWayOut(string url)
    {
        var (response, page) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector("main a[href='/search']"));
    }

    [Fact]
    public async Task SearchPage_WithoutAQuery_InvitesOne()
    {
        var (response, page) = await app.GetPageAsync("/search");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Type a word or phrase", page.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_NoFindingWithTheWords_ShowsTheClosestInMeaning_UnderAHeadingThatSaysSo()
    {
        var (_, page) = await app.GetPageAsync("/search?q=higher+education");

        Assert.Equal("No finding has these words: these are the closest in meaning", page.QuerySelector(".search-meaning-heading")?.TextContent.Trim());
        var first = page.QuerySelector(".search-hit");
        Assert.NotNull(first);
        Assert.Equal("/findings/collaboration-partnerships-and-skills-development", first.QuerySelector("h2 a")?.GetAttribute("href"));
        Assert.EndsWith("related in meaning", first.QuerySelector(".search-hit__kind")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Null(first.QuerySelector("mark"));
        Assert.Null(page.QuerySelector(".no-results"));
    }

    [Fact]
    public async Task SearchPage_WordResults_AreNotMarkedAsRelatedInMeaning()
    {
        var (_, page) = await app.GetPageAsync("/search?q=clusters");
        Assert.Null(page.QuerySelector(".search-meaning-heading"));
        var kinds = page.QuerySelectorAll(".search-hit__kind").Select(k => k.TextContent).ToList();
        Assert.NotEmpty(kinds);
        Assert.DoesNotContain(kinds, k => k.Contains("related in meaning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatusPage_SaysWhetherSearchByWordsAndByMeaningAreReady()
    {
        var (_, page) = await app.GetPageAsync("/status");
        var search = page.QuerySelectorAll(".review-meta div").Single(d => d.QuerySelector("dt")?.TextContent == "Search");
        Assert.Equal("by words: ready; by meaning: ready", search.QuerySelector("dd")?.TextContent.Trim());
    }
}
