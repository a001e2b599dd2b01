using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>The site works from the keyboard alone.</summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class KeyboardTests(SiteFixture site)
{
    /// <summary>Tabs through a page looking for a link; far more presses than the site's header and intro need.</summary>
    private const int MaxTabPresses = 60;

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task FindingPage_FirstTab_ShowsTheSkipLinkAndEnterMovesFocusToMainContent(int width)
    {
        await using var browser = await site.OpenPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Finding));

        await page.Keyboard.PressAsync("Tab");

        var focused = await FocusedElementAsync(page);
        Assert.Equal("a", focused.Tag);
        Assert.Equal("Skip to main content", focused.Text);
        var box = await page.Locator(":focus").BoundingBoxAsync();
        Assert.NotNull(box);
        var viewport = page.ViewportSize!;
        Assert.True(
            box.X >= 0 && box.Y >= 0 && box.X + box.Width <= viewport.Width && box.Y + box.Height <= viewport.Height
                && box.Width > 1 && box.Height > 1,
            $"The focused skip link is at ({box.X}, {box.Y}) size {box.Width}×{box.Height}, " +
            $"not inside the {viewport.Width}×{viewport.Height} viewport.");

        await page.Keyboard.PressAsync("Enter");

        // The link must stay on this page (with <base href="/"> a bare "#main-content" means the home page) and
        // focus must follow it, so the next Tab starts inside the main content. Both assertions retry until met.
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, SitePaths.Finding + "#main-content").ToString());
        await Assertions.Expect(page.Locator("#main-content")).ToBeFocusedAsync();
        Assert.Equal("main-content", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task HomePage_TabbingReachesTheFirstFindingLink_AndEnterOpensThatFinding(int width)
    {
        await using var browser = await site.OpenPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Home));
        var firstFinding = page.Locator("main a[href^='/findings/']").First;
        var href = await firstFinding.GetAttributeAsync("href");
        var title = (await firstFinding.InnerTextAsync()).Trim();
        Assert.False(string.IsNullOrEmpty(href), "The home page links to no finding.");

        var presses = 0;
        FocusedElement focused;
        do
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            focused = await FocusedElementAsync(page);
        }
        while (focused.Href != href && presses < MaxTabPresses);
        Assert.True(focused.Href == href, $"{MaxTabPresses} presses of Tab did not reach the first finding link ({href}).");

        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(new Uri(site.BaseAddress, href).ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
    }

    private static Task<FocusedElement> FocusedElementAsync(IPage page) => page.EvaluateAsync<FocusedElement>(
        """
        () => {
            const e = document.activeElement;
            return { tag: e.tagName.toLowerCase(), text: e.textContent.trim(), href: e.getAttribute('href') ?? '' };
        }
        """);

    /// <summary>What <c>document.activeElement</c> is; Playwright fills it, so it needs settable properties.</summary>
    private sealed class FocusedElement
    {
        public string Tag { get; set; } = "";

        public string Text { get; set; } = "";

        public string Href { get; set; } = "";
    }
}
