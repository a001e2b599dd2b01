using LpipEvidence.EndToEnd.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static LpipEvidence.EndToEnd.Support.SitePaths.Slugs;

namespace LpipEvidence.EndToEnd;

/// <summary>Briefing tests, continued: ticking findings among search results, as typed or as the server rendered them.</summary>
public sealed partial class BriefingTests
{
    [Fact]
    public async Task SearchResults_AddToBriefing_AndNewResultsShowWhatIsAlreadyTicked()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));

        await Toggle(page, PlaceBased).CheckAsync();
        await Assertions.Expect(page.Locator("[data-briefing-count]")).ToHaveTextAsync("1");

        // A new search renders new boxes; the one already in the briefing comes back ticked.
        var box = page.Locator("#search-page-input");
        await box.FillAsync("");
        await box.PressSequentiallyAsync("cluster development", new() { Delay = 90 });
        await Assertions.Expect(page.Locator(".search-results__summary")).ToContainTextAsync("for “cluster development”");
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeCheckedAsync();
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_OpenedDirectlyFromTheHeaderOrThroughAFilter_TicksWhatIsAlreadyInTheBriefing()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        var count = page.Locator("[data-briefing-count]");
        await StartWorkingBriefingAsync(browser, PlaceBased);

        // Opened directly: the results rendered by the island show the finding ticked.
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeCheckedAsync();
        await Assertions.Expect(Picker(page)).ToHaveTextAsync("View your briefing (1 finding)");

        // Unticking it works and says so.
        await Toggle(page, PlaceBased).UncheckAsync();
        await Assertions.Expect(count).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#briefing-status")).ToHaveTextAsync("Removed from your briefing: 0 findings.");
        await Assertions.Expect(Picker(page)).ToBeHiddenAsync();
        await Toggle(page, PlaceBased).CheckAsync();
        await Assertions.Expect(count).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#briefing-status")).ToHaveTextAsync("Added to your briefing: 1 finding.");

        // After a theme filter.
        await page.Locator(".search-facets a[href*='theme=clusters-and-place-based-policy']").ClickAsync();
        await Assertions.Expect(page.Locator(".search-filters")).ToContainTextAsync("Clusters and place-based policy");
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeCheckedAsync();

        // From the header's search box on another page.
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Theme));
        await page.Locator("#site-search").FillAsync("cluster development");
        await page.Locator("#site-search").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("/search?q=cluster")));
        await SearchIsland.WaitUntilLiveAsync(page);
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeCheckedAsync();
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SearchPage_WithNothingChosen_HidesTheBriefingButton_UntilAFindingIsTicked()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeVisibleAsync();

        await Assertions.Expect(Picker(page)).ToBeHiddenAsync();
        await Toggle(page, PlaceBased).CheckAsync();
        await Assertions.Expect(Picker(page)).ToHaveTextAsync("View your briefing (1 finding)");
        await Assertions.Expect(Picker(page)).ToBeVisibleAsync();
    }
}
