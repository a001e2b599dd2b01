using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// What changed, in a browser: the word-level difference is told apart by lines, not colour alone; versions are
/// chosen with a plain form; a briefing records the day it was made in the address bar.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class ChangeTests(SiteFixture site)
{
    [Fact]
    public async Task RemovedWordsAreStruckThrough_AndAddedWordsUnderlined()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.FindingChanges));

        var removed = browser.Page.Locator(".word-diff del").First;
        var added = browser.Page.Locator(".word-diff ins").First;
        await Assertions.Expect(removed).ToBeVisibleAsync();
        Assert.Contains("line-through", await removed.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"), StringComparison.Ordinal);
        Assert.Contains("underline", await added.EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"), StringComparison.Ordinal);
        Assert.Contains("mobile", await browser.Page.Locator(".word-diff").InnerTextAsync(), StringComparison.Ordinal);
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task WithoutJavaScript_TwoVersionsAreChosenWithTheForm()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Phone, javaScriptEnabled: false);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.FindingChanges));
        var versions = new List<string>();
        foreach (var option in await page.Locator("#version-from option").AllAsync()) versions.Add(await option.GetAttributeAsync("value") ?? "");
        Assert.Equal(2, versions.Count);

        // The newest against itself: the page says so instead of showing a difference.
        await page.Locator("#version-from").SelectOptionAsync(versions[0]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape("from=" + versions[0])));
        await Assertions.Expect(page.GetByText("This is the same version twice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".word-diff")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task ABriefingOpenedWithoutItsDate_GetsTodaysInTheAddressBar_KeepingTheRest()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var path = "/briefing?f=" + SitePaths.Slugs.PlaceBased + "&title=Board%20pack";
        Assert.Equal(200, await browser.GoToAsync(path));

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(browser.Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(
            "^" + System.Text.RegularExpressions.Regex.Escape(new Uri(site.BaseAddress, path).AbsoluteUri + "&made=" + today) + "$"));
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ABriefingWithItsDate_KeepsItsAddressAsItIs()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.ChangedBriefing));
        await Assertions.Expect(browser.Page.Locator(".briefing-change")).ToHaveCountAsync(1);

        Assert.Equal(new Uri(site.BaseAddress, SitePaths.ChangedBriefing).AbsoluteUri, browser.Page.Url);
    }
}
