using System.Net;
using LpipEvidence.Search;
using Microsoft.Extensions.DependencyInjection;
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
        Assert.NotEmpty(page.QuerySelectorAll(".search-hit h2 a"));
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
    public async Task SearchPage_Misspelling_SaysItOnceAndOffersToSearchInsteadForTheWordsAsTyped()
    {
        var (_, page) = await app.GetPageAsync("/search?q=colaboration");

        // One summary, the correction first: no count for the corrected word stands above or apart from it.
        var summary = Assert.Single(page.QuerySelectorAll(".search-results__summary"));
        Assert.Matches(@"^No results for “colaboration”\. Showing \d+ results? for “collaboration”\.$", summary.TextContent.Trim());
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page.QuerySelector("main")!.TextContent, "results? for “collaboration”"));
        var corrected = page.QuerySelectorAll(".search-hit h2 a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/findings/collaboration-partnerships-and-skills-development", corrected);
        var instead = page.QuerySelector(".search-note--as-typed");
        Assert.Equal("Search instead for colaboration", instead?.TextContent.Trim());
        Assert.Equal("/search?q=colaboration&asTyped=true", instead?.QuerySelector("a")?.GetAttribute("href"));

        var (response, asTyped) = await app.GetPageAsync("/search?q=colaboration&asTyped=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The uncorrected word has no result of its own (nor anything close enough in meaning in the fixtures).
        Assert.Equal("No results for “colaboration”.", asTyped.QuerySelector(".search-results__summary")?.TextContent.Trim());
        Assert.Empty(asTyped.QuerySelectorAll(".search-hit"));
        Assert.Null(asTyped.QuerySelector(".search-note--as-typed"));
        // The correction is still offered, and leads back to the corrected search.
        var didYouMean = asTyped.QuerySelectorAll(".search-note a").Single(a => a.TextContent == "collaboration");
        Assert.Equal("/search?q=collaboration", didYouMean.GetAttribute("href"));
        Assert.Equal("http://localhost/search?q=colaboration&asTyped=true", asTyped.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_AsTypedThatIsNotABoolean_Answers400()
    {
        var (response, _) = await app.GetPageAsync("/search?q=colaboration&asTyped=perhaps");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task SearchPage_WordsJoinedWithAndFoundTogetherNowhere_SaysSoWithTheCountOfEither()
    {
        var search = app.Services.GetRequiredService<SearchService>();
        // The expected count from the fixtures, independently of the OR search: everything with either word.
        async Task<HashSet<string>> With(string word) =>
            (await search.SearchAsync(new SearchRequest(word, PageSize: SearchRequest.MaxPageSize, Mode: SearchMode.Words))).Hits.Select(h => h.Url).ToHashSet();
        var either = (await With("skills")).Union(await With("funding")).Count();
        Assert.InRange(either, 2, SearchRequest.MaxPageSize - 1);

        var (_, page) = await app.GetPageAsync("/search?q=skills%20AND%20funding");

        Assert.Equal("No results for “skills AND funding”.", page.QuerySelector(".search-results__summary")?.TextContent.Trim());
        var note = page.QuerySelector(".search-note--either");
        Assert.Equal($"No result has both of these words. {either} results have either of them: skills OR funding.", note?.TextContent.Trim());
        Assert.Equal("/search?q=skills%20OR%20funding", note?.QuerySelector("a")?.GetAttribute("href"));
        var (_, followed) = await app.GetPageAsync("/search?q=skills%20OR%20funding");
        Assert.Equal($"{either} results for “skills OR funding”, page 1 of {(either + 9) / 10}.".Replace(", page 1 of 1.", ".", StringComparison.Ordinal),
            followed.QuerySelector(".search-results__summary")?.TextContent.Trim());
    }

    [Fact]
    public async Task SearchPage_ThreeWordsJoinedWithAndFoundTogetherNowhere_CountsThoseWithAnyOfThem()
    {
        var (_, page) = await app.GetPageAsync("/search?q=clusters%20AND%20zzzzqqqq%20AND%20qqqqzzzz");
        var (_, clusters) = await app.GetPageAsync("/search?q=clusters");
        var count = clusters.QuerySelector(".search-results__summary")!.TextContent.Split(' ')[0];

        Assert.Equal($"No result has all of these words. {count} results have at least one of them: clusters OR zzzzqqqq OR qqqqzzzz.",
            page.QuerySelector(".search-note--either")?.TextContent.Trim());
        Assert.Equal("/search?q=clusters%20OR%20zzzzqqqq%20OR%20qqqqzzzz", page.QuerySelector(".search-note--either a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task SearchPage_WordsJoinedWithAndThatNothingHas_OffersNoEmptyAlternative()
    {
        var (_, page) = await app.GetPageAsync("/search?q=zzzzqqqq%20AND%20qqqqzzzz");
        Assert.Null(page.QuerySelector(".search-note--either"));
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
    public async Task SearchPage_SeveralBadParameters_AreListedOneMessageEach()
    {
        var (response, page) = await app.GetPageAsync("/search?q=x&page=abc&theme=%3Cx%3E");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problems = page.QuerySelectorAll("main .status-alert li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["theme must be a theme's slug, such as skills-and-talent.", "page must be a whole number from 1 to 1000."], problems);
    }

    [Fact]
    public async Task SearchPage_PastTheLastPage_LinksToTheLastPage_NotToAdviceForASearchThatFoundNothing()
    {
        var api = System.Text.Json.JsonDocument.Parse(await app.CreateClient().GetStringAsync("/api/search?q=clusters")).RootElement;
        var total = api.GetProperty("total").GetInt32();
        Assert.True(total > 0, "the fixtures have no result for clusters");
        var last = (total + LpipEvidence.Search.SearchRequest.DefaultPageSize - 1) / LpipEvidence.Search.SearchRequest.DefaultPageSize;

        var (response, page) = await app.GetPageAsync($"/search?q=clusters&page={last + 1}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main .search-hit"));
        var link = page.QuerySelector("main .search-past-end a");
        Assert.NotNull(link);
        Assert.Equal(last == 1 ? "/search?q=clusters" : $"/search?q=clusters&page={last}", link.GetAttribute("href"));
        Assert.DoesNotContain("Try fewer or different words", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
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
