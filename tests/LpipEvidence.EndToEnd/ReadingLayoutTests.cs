using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// How pages use the screen: a readable text column with what belongs beside it on a wide screen, one column on a
/// phone; the key takeaway the most prominent text after the title; tags big enough to read and tap; the search
/// page's box, help and filters.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class ReadingLayoutTests(SiteFixture site)
{
    [Theory]
    [InlineData(SitePaths.Finding)]
    [InlineData(SitePaths.Review)]
    [InlineData(SitePaths.Theme)]
    [InlineData(SitePaths.Briefing)]
    public async Task OnAWideScreen_TheTextKeepsAReadableColumn_WithTheRestBesideIt(string path)
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync(path));

        var main = await BoxAsync(browser.Page.Locator(".reading__main").First);
        var side = await BoxAsync(browser.Page.Locator(".reading__side").First);

        Assert.InRange(main.Width, 600, 780);
        Assert.True(side.X >= main.X + main.Width, $"{path}: the side column starts at x={side.X}, inside the text column ending at {main.X + main.Width}.");
        Assert.True(side.Y < main.Y + main.Height, $"{path}: the side column starts below the text column, not beside it.");
        Assert.True(side.X + side.Width > Viewports.Desktop * 0.8, $"{path}: the page leaves the right of the screen empty (side column ends at {side.X + side.Width}).");
    }

    [Theory]
    [InlineData(SitePaths.Finding)]
    [InlineData(SitePaths.Review)]
    [InlineData(SitePaths.Briefing)]
    public async Task OnAPhone_EverythingIsOneColumn_TheTextFirst(string path)
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Phone);
        Assert.Equal(200, await browser.GoToAsync(path));

        var main = await BoxAsync(browser.Page.Locator(".reading__main").First);
        var side = await BoxAsync(browser.Page.Locator(".reading__side").First);

        Assert.True(main.Width <= Viewports.Phone && side.Width <= Viewports.Phone);
        Assert.True(Math.Abs(main.X - side.X) < 1, $"{path}: the columns are not stacked on a phone.");
        // The briefing too: someone opening a shared link reads the briefing before its tools.
        Assert.True(side.Y >= main.Y + main.Height, $"{path}: on a phone the side column comes before the text.");
    }

    [Fact]
    public async Task ReviewPage_OnAPhone_LeadsIntoItsFindingsWithItsIntroduction_AndLinksStraightToThem()
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Phone);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Review));

        var findings = await BoxAsync(page.Locator("#findings-heading"));
        var about = await BoxAsync(page.Locator("#about-heading"));
        var details = await BoxAsync(page.Locator(".review-meta"));

        // The introduction ends "...are as follows:", so the findings follow it; the details come after both.
        Assert.True(about.Y < findings.Y && findings.Y < details.Y, "The review's introduction does not lead into its findings.");
        // The findings stay a tap away from the first screen.
        await page.GetByRole(AriaRole.Link, new() { Name = "Go to the 5 key findings" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, SitePaths.Review + "#findings-heading").AbsoluteUri);
        await Assertions.Expect(page.Locator("#findings-heading")).ToBeInViewportAsync();
    }

    [Theory]
    [InlineData(SitePaths.Finding, ".takeaway--prominent .takeaway__text", ".finding-body")]
    [InlineData(SitePaths.Review, ".finding-card .takeaway__text", ".finding-card__body")]
    [InlineData(SitePaths.Theme, ".finding-card .takeaway__text", ".finding-card__body")]
    public async Task KeyTakeaway_IsLargerThanTheFindingText_AndComesFirst(string path, string takeaway, string body)
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(path));

        var takeawaySize = await FontSizeAsync(page.Locator(takeaway).First);
        var bodySize = await FontSizeAsync(page.Locator(body).First.Locator("p").First);

        Assert.True(takeawaySize > bodySize, $"{path}: the takeaway is {takeawaySize} px, the finding text {bodySize} px.");
        Assert.True((await BoxAsync(page.Locator(takeaway).First)).Y < (await BoxAsync(page.Locator(body).First)).Y, $"{path}: the finding text comes before its takeaway.");
        // Nothing but headings is set larger on the page.
        var largestParagraph = await page.EvaluateAsync<double>(
            "() => Math.max(...[...document.querySelectorAll('main p, main li')].map(e => parseFloat(getComputedStyle(e).fontSize)))");
        Assert.Equal(largestParagraph, takeawaySize);
    }

    [Theory]
    [InlineData(SitePaths.Finding, Viewports.Phone)]
    [InlineData(SitePaths.Review, Viewports.Phone)]
    [InlineData(SitePaths.Search, Viewports.Phone)]
    [InlineData(SitePaths.Search, Viewports.Desktop)]
    [InlineData(SitePaths.Theme, Viewports.Desktop)]
    public async Task ThemeTags_AreComfortableToReadAndToTap(string path, int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(path));
        var tags = await page.Locator("main .theme-chip").AllAsync();

        Assert.NotEmpty(tags);
        foreach (var tag in tags)
        {
            var box = await BoxAsync(tag);
            Assert.True(box.Height >= 24, $"{path}: a theme tag is {box.Height} px tall (WCAG 2.2 asks for 24).");
            Assert.True(await FontSizeAsync(tag) >= 15, $"{path}: a theme tag's text is {await FontSizeAsync(tag)} px.");
        }
    }

    [Fact]
    public async Task SearchPage_OnAPhone_ShowsOneSearchBox()
    {
        await using var browser = await site.OpenReadingPageAsync(Viewports.Phone);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));

        await Assertions.Expect(browser.Page.Locator("input[type=search]:visible")).ToHaveCountAsync(1);
        await Assertions.Expect(browser.Page.Locator(SearchIsland.Box)).ToBeVisibleAsync();

        // Other pages keep the header's box.
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Finding));
        await Assertions.Expect(browser.Page.Locator("#site-search")).ToBeVisibleAsync();
    }

    [Theory]
    [InlineData(320)]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task SearchHelp_NeverEndsALineWithTheMinusSign(int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width);
        Assert.Equal(200, await browser.GoToAsync("/search"));

        // The minus sign, its brackets and its words sit on one line, wherever the label wraps.
        var lines = await browser.Page.EvaluateAsync<int>(
            "() => new Set([...document.querySelector('label[for=search-page-input] .nowrap').getClientRects()].map(r => Math.round(r.top))).size");
        Assert.Equal(1, lines);
    }

    [Theory]
    [InlineData(Viewports.Phone)]
    [InlineData(Viewports.Desktop)]
    public async Task SearchFilters_KeepEachCountOnItsThemesLine_AndUnderlineOnlyTheName(int width)
    {
        await using var browser = await site.OpenReadingPageAsync(width);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Search));
        var links = await page.Locator(".search-facets__link").AllAsync();

        Assert.NotEmpty(links);
        foreach (var link in links)
        {
            var title = await BoxAsync(link.Locator(".search-facets__title"));
            var count = await BoxAsync(link.Locator(".search-facets__count"));
            Assert.True(count.X >= title.X + title.Width, "A count sits under its theme's name instead of beside it.");
            Assert.True(count.Y < title.Y + title.Height && title.Y < count.Y + count.Height, "A count dropped onto a line of its own.");
            Assert.Equal("none", await link.EvaluateAsync<string>("a => getComputedStyle(a).textDecorationLine"));
            Assert.Equal("underline", await link.Locator(".search-facets__title").EvaluateAsync<string>("e => getComputedStyle(e).textDecorationLine"));
        }
        if (width == Viewports.Desktop)
        {
            Assert.True((await BoxAsync(page.Locator(".search-layout__facets"))).Width >= 280, "The filters column is too narrow for theme names.");
        }
    }

    private static async Task<LocatorBoundingBoxResult> BoxAsync(ILocator locator)
    {
        var box = await locator.BoundingBoxAsync();
        Assert.NotNull(box);
        return box;
    }

    private static Task<double> FontSizeAsync(ILocator locator) =>
        locator.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
}
