using System.Text.RegularExpressions;
using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>Search tests, continued: the search island coming alive, and links followed from the results it typed.</summary>
public sealed partial class SearchTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task SearchPage_TypingBeforeTheLiveSearchConnects_IsKeptFocusedAndSearched(bool scriptLoadsLate)
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        // Hold the live-search connection back, as a slow network would, until the person has clicked into the box
        // and typed; on a slower one still, the search helpers (search.js) arrive after the typing too, before it.
        var typed = new TaskCompletionSource();
        var scriptLoaded = new TaskCompletionSource();
        if (scriptLoadsLate)
        {
            await page.RouteAsync("**/js/search.js*", async route =>
            {
                await typed.Task;
                await route.ContinueAsync();
                scriptLoaded.TrySetResult();
            });
        }
        else
        {
            scriptLoaded.SetResult();
        }
        await page.RouteAsync("**/_blazor/negotiate**", async route =>
        {
            await typed.Task;
            await scriptLoaded.Task;
            await route.ContinueAsync();
        });

        await page.GotoAsync("/search");
        var box = page.Locator(SearchIsland.Box);
        await box.ClickAsync();
        await box.PressSequentiallyAsync("cluster", Typing);
        typed.SetResult();

        await SearchIsland.WaitUntilLiveAsync(page);
        await Assertions.Expect(FirstResult(page)).ToHaveAttributeAsync("href", ClusterFinding());
        await Assertions.Expect(page.Locator(SearchIsland.Box)).ToHaveValueAsync("cluster");
        await Assertions.Expect(page.Locator(SearchIsland.Box)).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AddressOfClusterSearch());
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_IslandConnecting_KeepsTheServerResults_TypingShowsOneListOnly()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));   // waits for the island to be live

        // Connecting redrew only the form: the server's results are still the page's one list.
        await Assertions.Expect(page.Locator("[data-search-static] .search-hit").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".search-results")).ToHaveCountAsync(1);

        var box = page.Locator(SearchIsland.Box);
        await box.FillAsync("");
        await box.PressSequentiallyAsync("cluster", Typing);

        await Assertions.Expect(page.Locator(".search-live .search-results__summary")).ToContainTextAsync("for “cluster”");
        await Assertions.Expect(page.Locator(".search-results")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-search-static] *")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".search-live [role=status]")).ToContainTextAsync("for “cluster”");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_FollowingAFilterAfterTyping_ShowsThatAddressesResults()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync("/search"));
        var box = page.Locator(SearchIsland.Box);
        await box.ClickAsync();
        await box.PressSequentiallyAsync("cluster", Typing);
        await Assertions.Expect(page.Locator(".search-results__summary")).ToContainTextAsync("for “cluster”");

        await SearchIsland.FollowFromTypedResultsAsync(page, page.Locator(".search-facets a[href*='theme=clusters-and-place-based-policy']").First,
            new Regex(@"/search\?q=cluster&theme=clusters-and-place-based-policy$"));

        await Assertions.Expect(page.Locator(".search-results")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-filters")).ToContainTextAsync("Clusters and place-based policy");
        await Assertions.Expect(page.Locator(SearchIsland.Box)).ToHaveValueAsync("cluster");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_SearchInsteadForTheWordsAsTyped_AfterTyping_ShowsTheirResultsInPlace()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Phone);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync("/search"));
        var box = page.Locator(SearchIsland.Box);
        await box.ClickAsync();
        await box.PressSequentiallyAsync("colaboration", Typing);
        await Assertions.Expect(page.Locator(".search-results__summary")).ToHaveTextAsync(new Regex(@"^No results for “colaboration”\. Showing \d+ results? for “collaboration”\.$"));

        await SearchIsland.FollowFromTypedResultsAsync(page, page.Locator(".search-note--as-typed a"), new Regex(@"/search\?q=colaboration&asTyped=true$"));

        await Assertions.Expect(page.Locator(".search-results")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".search-results__summary")).ToHaveTextAsync("No results for “colaboration”.");
        await Assertions.Expect(page.Locator(".search-hit")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".search-note a", new() { HasText = "collaboration" })).ToHaveAttributeAsync("href", "/search?q=collaboration");
        await Assertions.Expect(page.Locator(SearchIsland.Box)).ToHaveValueAsync("colaboration");
        browser.AssertNoScriptErrors();
    }
}
