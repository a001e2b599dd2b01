using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// The page kept for read-only checks (<see cref="SiteFixture.OpenReadingPageAsync"/>) comes back to each test as a new
/// visitor's: what one use stored or set is gone, and it does not start on the last use's page.
/// </summary>
[Collection(PageCollectionDefinition.Name)]
public sealed class ReadingPageTests(SiteFixture site)
{
    [Fact]
    public async Task AReadingPage_HandedBack_ForgetsItsStorageCookiesAndScriptErrors_AndIsBlank()
    {
        await using (var first = await site.OpenReadingPageAsync(Viewports.Phone))
        {
            Assert.Equal(200, await first.GoToAsync(SitePaths.Home));
            await first.Page.EvaluateAsync("() => { localStorage.setItem('lpip-test', '1'); sessionStorage.setItem('lpip-test', '1'); document.cookie = 'lpip-test=1; path=/'; console.error('left by the first use'); }");
            Assert.NotEmpty(first.ScriptErrors);
        }

        await using var second = await site.OpenReadingPageAsync(Viewports.Phone);

        Assert.Equal("about:blank", second.Page.Url);
        Assert.Empty(second.ScriptErrors);
        Assert.Empty(await second.Context.CookiesAsync());
        Assert.Equal(200, await second.GoToAsync(SitePaths.Home));
        var stored = await second.Page.EvaluateAsync<bool[]>("() => [localStorage.getItem('lpip-test') !== null, sessionStorage.getItem('lpip-test') !== null]");
        Assert.Equal([false, false], stored);
    }

    [Fact]
    public async Task AReadingPage_InUse_IsNotHandedOutTwice()
    {
        await using var page = await site.OpenReadingPageAsync(Viewports.Desktop, ColorScheme.Dark);

        await Assert.ThrowsAsync<InvalidOperationException>(() => site.OpenReadingPageAsync(Viewports.Desktop, ColorScheme.Dark));
    }
}
