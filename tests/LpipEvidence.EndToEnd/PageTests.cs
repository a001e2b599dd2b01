using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>Every kind of page, at phone and desktop widths: it loads without script errors, is titled, has one h1 and passes axe.</summary>
[Collection(PageCollectionDefinition.Name)]
public sealed class PageTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(SitePaths.EveryPageAtBothWidths), MemberType = typeof(SitePaths))]
    public async Task Page_Loads_WithItsStatusATitleAndExactlyOneH1(string path, int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width);

        var status = await browser.GoToAsync(path);

        Assert.Equal(SitePaths.ExpectedStatus(path), status);
        var title = await browser.Page.TitleAsync();
        Assert.False(string.IsNullOrWhiteSpace(title), $"{path} has an empty <title>.");
        var h1s = await browser.Page.Locator("h1").AllInnerTextsAsync();
        Assert.True(h1s.Count == 1, $"{path} has {h1s.Count} h1 elements, not 1: [{string.Join(" | ", h1s)}]");
        Assert.False(string.IsNullOrWhiteSpace(h1s[0]), $"{path} has an empty h1.");
        // The not-found page's own 404 is reported as a console error; no other page may log one.
        if (path != SitePaths.NotFound) browser.AssertNoScriptErrors();
    }

    [Theory]
    [MemberData(nameof(SitePaths.EveryPageAtBothWidths), MemberType = typeof(SitePaths))]
    public async Task Page_InLightMode_HasNoAxeViolations(string path, int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width, ColorScheme.Light);
        Assert.Equal(SitePaths.ExpectedStatus(path), await browser.GoToAsync(path));

        await Axe.AssertNoViolationsAsync(browser.Page);
    }

    [Theory]
    [MemberData(nameof(SitePaths.EveryPageAtBothWidths), MemberType = typeof(SitePaths))]
    public async Task Page_InDarkMode_HasNoAxeViolations(string path, int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width, ColorScheme.Dark);
        Assert.Equal(SitePaths.ExpectedStatus(path), await browser.GoToAsync(path));
        // Guard against checking the light palette twice: the dark palette must be in effect.
        var background = await browser.Page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.True(IsDark(background), $"{path} has a {background} background in dark mode: the dark palette is not applied.");

        await Axe.AssertNoViolationsAsync(browser.Page, ColorScheme.Dark);
    }

    [Theory]
    [InlineData(SitePaths.Home)]
    [InlineData(SitePaths.Reviews)]
    [InlineData(SitePaths.Review)]
    [InlineData(SitePaths.Themes)]
    [InlineData(SitePaths.Theme)]
    [InlineData(SitePaths.Finding)]
    [InlineData(SitePaths.Status)]
    [InlineData(SitePaths.NotFound)]
    [InlineData(SitePaths.Search)]
    [InlineData(SitePaths.Briefing)]
    [InlineData(SitePaths.EmptyBriefing)]
    [InlineData(SitePaths.Data)]
    [InlineData(SitePaths.Map)]
    [InlineData(SitePaths.WhatsNew)]
    [InlineData(SitePaths.ReviewChanges)]
    [InlineData(SitePaths.FindingChanges)]
    [InlineData(SitePaths.ChangedBriefing)]
    public async Task Page_AtPhoneWidth_DoesNotScrollSideways(string path)
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Phone);
        Assert.Equal(SitePaths.ExpectedStatus(path), await browser.GoToAsync(path));

        var widths = await browser.Page.EvaluateAsync<int[]>(
            "() => [document.documentElement.scrollWidth, window.innerWidth]");

        Assert.True(widths[0] <= widths[1],
            $"{path} is {widths[0]} px wide in a {widths[1]} px viewport: it scrolls sideways. " +
            $"Widest elements: {await WidestElementsAsync(browser.Page)}");
    }

    /// <summary>True for a computed <c>rgb(r, g, b)</c> colour with a relative luminance under 0.1.</summary>
    private static bool IsDark(string cssColor)
    {
        var channels = cssColor[(cssColor.IndexOf('(') + 1)..cssColor.IndexOf(')')]
            .Split(',')
            .Take(3)
            .Select(c => double.Parse(c, System.Globalization.CultureInfo.InvariantCulture) / 255)
            .Select(c => c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4))
            .ToArray();
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2] < 0.1;
    }

    /// <summary>Names the elements that stick out past the viewport, so an overflow failure says where to look.</summary>
    private static Task<string> WidestElementsAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => [...document.querySelectorAll('body *')]
            .filter(e => e.getBoundingClientRect().right > window.innerWidth)
            .slice(0, 5)
            .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}${e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`)
            .join(', ')
        """);
}
