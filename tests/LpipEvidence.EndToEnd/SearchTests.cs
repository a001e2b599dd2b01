using System.Text.RegularExpressions;
using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>Search: as you type on the search page, from the header of every page, and without JavaScript.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class SearchTests(SiteFixture site)
{
    /// <summary>Roughly a quick typist; shorter than the island's 250 ms debounce, as real typing is.</summary>
    private static readonly LocatorPressSequentiallyOptions Typing = new() { Delay = 90 };

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task SearchPage_Typing_ShowsResultsWithoutAPageLoad_AndTheAddressFollows(int width)
    {
        await using var browser = await site.OpenPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync("/search"));   // waits for the island to be live
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(0);
        // A full page load would wipe this; the results must arrive in the same document.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var box = page.Locator("#search-page-input");
        await box.ClickAsync();
        await box.PressSequentiallyAsync("cluster", Typing);

        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());
        await Assertions.Expect(page.Locator(".search-results__summary")).ToContainTextAsync("for “cluster”");
        await Assertions.Expect(page).ToHaveURLAsync(AddressOfClusterSearch());
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"),
            "Typing into the search box loaded a new page; the results must appear in place.");
        await Assertions.Expect(box).ToBeFocusedAsync();
        await Assertions.Expect(box).ToHaveValueAsync("cluster");

        // The address is shareable: loading it again (server-rendered this time) gives the same results.
        var typedFirst = await FirstResult(page).GetAttributeAsync("href");
        await page.ReloadAsync();
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", typedFirst!);
        await Assertions.Expect(page.Locator("#search-page-input")).ToHaveValueAsync("cluster");
        browser.AssertNoScriptErrors();
    }

    [Theory]
    [MemberData(nameof(Viewports.BothWidthsBothSchemes), MemberType = typeof(Viewports))]
    public async Task SearchPage_ResultsRenderedAsYouType_HaveNoAxeViolations(int width, ColorScheme scheme)
    {
        await using var browser = await site.OpenPageAsync(width, scheme);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));

        var box = page.Locator("#search-page-input");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("evaluation", Typing);
        await Assertions.Expect(page.Locator(".search-results__summary")).ToContainTextAsync("for “evaluation”");
        await Assertions.Expect(page.Locator(".search-results")).ToHaveAttributeAsync("aria-busy", "false");

        await Axe.AssertNoViolationsAsync(page, scheme);
        browser.AssertNoScriptErrors();
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task HomePage_SlashFocusesTheHeaderSearch_AndEnterOpensTheResults(int width)
    {
        await using var browser = await site.OpenPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Home));

        await page.Keyboard.PressAsync("/");

        var header = page.Locator("#site-search");
        await Assertions.Expect(header).ToBeFocusedAsync();
        await Assertions.Expect(header).ToHaveValueAsync("");   // the "/" itself is not typed into the box
        await page.Keyboard.TypeAsync("clusters", new KeyboardTypeOptions { Delay = 90 });
        await page.Keyboard.PressAsync("Enter");

        // An expectation, not WaitForURL: should the address never come, the failure says which address did.
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, SitePaths.Search).AbsoluteUri, new() { Timeout = 60_000 });
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());
        await Assertions.Expect(page.Locator("#search-page-input")).ToHaveValueAsync("clusters");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_SlashFocusesThePageSearchBox_NotTheHeaderOne()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));

        await page.Keyboard.PressAsync("/");

        await Assertions.Expect(page.Locator("#search-page-input")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("#search-page-input")).ToHaveValueAsync("clusters");
    }

    [Fact]
    public async Task WithoutJavaScript_SearchPageShowsResults_AndBothFormsSubmit()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop, javaScriptEnabled: false);
        var page = browser.Page;

        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());
        await Assertions.Expect(page.Locator(".search-results__summary")).ToContainTextAsync("for “clusters”");

        // The search page's own form.
        var box = page.Locator("#search-page-input");
        await box.FillAsync("cluster");
        await box.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(AddressOfClusterSearch());
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());

        // The header's form, from another page.
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Theme));
        await page.Locator("#site-search").FillAsync("clusters");
        await page.Locator("#site-search").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, SitePaths.Search).AbsoluteUri);
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());
    }

    [Theory]
    [InlineData("inovation polcy")]
    [InlineData("regional clusters")]
    public async Task SearchPage_TypingWithNoPauseBetweenKeys_KeepsEveryLetterInTheBoxTheAddressAndTheResults(string typed)
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync("/search"));
        var box = page.Locator(SearchIsland.Box);
        await box.ClickAsync();

        // As a fast typist or a paste by keystrokes: every key straight after the one before.
        await box.PressSequentiallyAsync(typed, new LocatorPressSequentiallyOptions { Delay = 0 });

        await Assertions.Expect(box).ToHaveValueAsync(typed);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=" + Regex.Escape(Uri.EscapeDataString(typed)) + "$"));
        var results = page.Locator(".search-results");
        await Assertions.Expect(results).ToContainTextAsync($"“{typed}”");
        await Assertions.Expect(results).ToHaveAttributeAsync("aria-busy", "false");
        // Still exactly what was typed once everything has settled.
        await Assertions.Expect(box).ToHaveValueAsync(typed);
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_LoadedWithAQuery_SearchesOnceNotAgainWhenTheIslandStarts()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var before = site.SearchLog.Messages.Count;

        Assert.Equal(200, await browser.GoToAsync("/search?q=labour%20markets"));   // waits until the island is live

        await Assertions.Expect(FirstResult(browser.Page)).ToHaveAttributeAsync("href", "/findings/bus-networks-and-regional-labour-markets");
        var searches = site.SearchLog.Messages.Skip(before).ToList();
        Assert.True(searches.Count == 1, $"Loading the page ran {searches.Count} searches, not 1 (the server's only):\n{string.Join("\n", searches)}");
        Assert.Contains("(server) searching for labour markets", searches[0], StringComparison.Ordinal);

        // Typing still searches, once the person pauses.
        var box = browser.Page.Locator(SearchIsland.Box);
        await box.FillAsync("");
        await box.PressSequentiallyAsync("clusters", Typing);
        await Assertions.Expect(browser.Page.Locator(".search-results__summary")).ToContainTextAsync("for “clusters”");
        Assert.Contains(site.SearchLog.Messages.Skip(before + 1), m => m.Contains("(island) searching for clusters", StringComparison.Ordinal));
        browser.AssertNoScriptErrors();
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task SearchPage_ThemeFilterLink_ShowsTheFilteredResultsInPlace_AndTakesTheReaderToThem(int width)
    {
        await using var browser = await site.OpenPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));

        // On a phone the filters come after the results, far down the page.
        await page.Locator(".search-facets a[href*='theme=transport-and-connectivity']").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/search\?q=clusters&theme=transport-and-connectivity$"));
        await Assertions.Expect(page.Locator(".search-filters")).ToContainTextAsync("Transport and connectivity");
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(1);
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", "/findings/digital-connectivity-for-clusters");
        // As a new page would: the reader is at the start of the new results, and reads on from there.
        var summary = page.Locator(".search-results__summary");
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary).ToBeInViewportAsync();
        browser.AssertNoScriptErrors();
    }

    private static ILocator FirstResult(IPage page) => page.Locator(".search-hit .search-hit__title a").First;

    /// <summary>
    /// The best matches for "cluster" and "clusters" in the content fixtures: a finding of each review has the word in
    /// its title, and which of the two ranks first is the ranking's business, not these tests'.
    /// </summary>
    [GeneratedRegex("^/findings/(" + SitePaths.Slugs.PlaceBased + "|digital-connectivity-for-clusters)$")]
    private static partial Regex ClusterFinding();

    /// <summary>The address of the search for "cluster", with nothing else in its query.</summary>
    [GeneratedRegex(@"/search\?q=cluster$")]
    private static partial Regex AddressOfClusterSearch();
}
