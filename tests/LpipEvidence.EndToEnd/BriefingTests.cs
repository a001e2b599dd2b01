using LpipEvidence.EndToEnd.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static LpipEvidence.EndToEnd.Support.SitePaths.Slugs;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// The briefing builder: ticking findings across pages builds a working briefing kept in the browser; the briefing
/// page lives entirely in its address, so it can be edited, titled and shared; and it all works without JavaScript.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class BriefingTests(SiteFixture site)
{
    private const string PartnershipsTheme = "/themes/partnerships-and-collaboration";
    private const string BoardTitle = "Innovation for the board";
    private const string FirstNoteParagraph = "Three findings to discuss on Tuesday.";
    private const string SecondNoteParagraph = "Please bring questions & examples.";

    private static readonly Dictionary<string, string> Titles = new()
    {
        [InnovationPolicies] = "Importance of Innovation and Technology Policies",
        [LocalLeaders] = "Empowering Local Leaders and Research Funding",
        [Collaboration] = "Collaboration, Partnerships, and Skills Development",
        [PlaceBased] = "Place-based Approaches and Cluster Development",
        [EvidenceBased] = "Evidence-Based and Experimental Policies",
    };

    [Fact]
    public async Task TickedFindings_AreKeptAcrossPagesAndReloads_AndTheBriefingPageEditsTitlesAndSharesThem()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        var count = page.Locator("[data-briefing-count]");
        var briefingLink = page.Locator("a[data-briefing-link]");

        // Tick two findings on a theme page and one on a finding page.
        Assert.Equal(200, await browser.GoToAsync(PartnershipsTheme));
        await Assertions.Expect(count).ToBeHiddenAsync();
        await Toggle(page, Collaboration).CheckAsync();
        await Toggle(page, PlaceBased).CheckAsync();
        await Assertions.Expect(count).ToHaveTextAsync("2");

        Assert.Equal(200, await browser.GoToAsync("/findings/" + EvidenceBased));
        await Assertions.Expect(count).ToHaveTextAsync("2");
        await Assertions.Expect(Toggle(page, EvidenceBased)).Not.ToBeCheckedAsync();
        await page.GetByLabel("Add to briefing").CheckAsync();
        await Assertions.Expect(count).ToHaveTextAsync("3");
        await Assertions.Expect(count).ToBeVisibleAsync();
        await Assertions.Expect(briefingLink).ToHaveAccessibleNameAsync("Briefing, 3 findings");

        // The browser keeps them.
        await page.ReloadAsync();
        await Assertions.Expect(count).ToHaveTextAsync("3");
        await Assertions.Expect(Toggle(page, EvidenceBased)).ToBeCheckedAsync();
        Assert.Equal(200, await browser.GoToAsync(PartnershipsTheme));
        await Assertions.Expect(count).ToHaveTextAsync("3");
        await Assertions.Expect(Toggle(page, Collaboration)).ToBeCheckedAsync();
        await Assertions.Expect(Toggle(page, PlaceBased)).ToBeCheckedAsync();

        // The header link opens them, in the order they were added.
        await Assertions.Expect(briefingLink).ToHaveAttributeAsync("href", BriefingPath(Collaboration, PlaceBased, EvidenceBased));
        await briefingLink.ClickAsync();
        await ExpectBriefingAsync(page, [Collaboration, PlaceBased, EvidenceBased]);

        // Move the last finding up: the address and the list change, and so does the working briefing.
        await FindingItem(page, 2).GetByRole(AriaRole.Link, new() { Name = "Move up" }).ClickAsync();
        await ExpectBriefingAsync(page, [Collaboration, EvidenceBased, PlaceBased]);
        await Assertions.Expect(briefingLink).ToHaveAttributeAsync("href", BriefingPath(Collaboration, EvidenceBased, PlaceBased));

        // Remove the first.
        await FindingItem(page, 0).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await ExpectBriefingAsync(page, [EvidenceBased, PlaceBased]);
        await Assertions.Expect(count).ToHaveTextAsync("2");
        await Assertions.Expect(briefingLink).ToHaveAttributeAsync("href", BriefingPath(EvidenceBased, PlaceBased));

        // Give it a title and a two-paragraph note with the form.
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(BoardTitle);
        await page.GetByLabel("Note for your audience").FillAsync(FirstNoteParagraph + "\n\n" + SecondNoteParagraph);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the briefing" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]title="));
        var query = QueryHelpers.ParseQuery(new Uri(page.Url).Query);
        Assert.Equal(string.Join(',', EvidenceBased, PlaceBased), query["f"].ToString());
        Assert.Equal(BoardTitle, query["title"].ToString());
        Assert.Equal(FirstNoteParagraph + "\n\n" + SecondNoteParagraph, query["note"].ToString().ReplaceLineEndings("\n"));
        await ExpectTitledBriefingAsync(page, [EvidenceBased, PlaceBased]);
        await Assertions.Expect(page.GetByLabel("Title", new() { Exact = true })).ToHaveValueAsync(BoardTitle);
        await Assertions.Expect(count).ToHaveTextAsync("2");
        var shared = page.Url;
        browser.AssertNoScriptErrors();

        // A colleague with nothing stored opens the address and sees the same briefing.
        await using var colleague = await site.OpenPageAsync(Viewports.Phone);
        Assert.Equal(200, await colleague.GoToAsync(shared));
        await ExpectTitledBriefingAsync(colleague.Page, [EvidenceBased, PlaceBased]);
        var theirCount = colleague.Page.Locator("[data-briefing-count]");
        await Assertions.Expect(theirCount).ToBeHiddenAsync();

        // ...and can make it their own working briefing.
        await colleague.Page.GetByRole(AriaRole.Button, new() { Name = "Make this your working briefing" }).ClickAsync();
        await Assertions.Expect(theirCount).ToHaveTextAsync("2");
        await Assertions.Expect(colleague.Page.GetByRole(AriaRole.Button, new() { Name = "Make this your working briefing" })).ToBeHiddenAsync();
        colleague.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ReviewPage_AddAll_AddsItsFiveFindings_AndSelectingItAgainTakesThemOut()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        var count = page.Locator("[data-briefing-count]");
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Review));
        var addAll = page.Locator("[data-briefing-add-all]");
        await Assertions.Expect(addAll).ToHaveTextAsync("Add all 5 findings to your briefing");
        await Assertions.Expect(addAll).ToHaveAttributeAsync("aria-pressed", "false");

        await addAll.ClickAsync();

        await Assertions.Expect(count).ToHaveTextAsync("5");
        await Assertions.Expect(addAll).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(addAll).ToContainTextAsync("All 5 added to your briefing");
        foreach (var slug in All)
        {
            await Assertions.Expect(Toggle(page, slug)).ToBeCheckedAsync();
        }
        await Assertions.Expect(page.Locator("a[data-briefing-link]")).ToHaveAttributeAsync("href", BriefingPath([.. All]));

        await addAll.ClickAsync();

        await Assertions.Expect(count).ToBeHiddenAsync();
        await Assertions.Expect(addAll).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator("input[data-briefing-toggle]:checked")).ToHaveCountAsync(0);
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task CopyLinkAndCopyCitation_SayTheyCopiedWhereEveryoneCanSeeIt()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        await browser.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing));

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();

        var status = page.Locator(".briefing-tools [data-copy-status]");
        await Assertions.Expect(status).ToHaveTextAsync("Link to this briefing copied.");
        await Assertions.Expect(status).ToBeVisibleAsync();
        Assert.Equal(await page.Locator(".briefing__url a").GetAttributeAsync("href"), await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));

        Assert.Equal(200, await browser.GoToAsync(SitePaths.Finding));
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).ClickAsync();
        var citationStatus = page.Locator(".citation [data-copy-status]");
        await Assertions.Expect(citationStatus).ToHaveTextAsync("Citation copied.");
        await Assertions.Expect(citationStatus).ToBeVisibleAsync();
        Assert.StartsWith("Billing, C 2024", await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"), StringComparison.Ordinal);
        await Axe.AssertNoViolationsAsync(page);
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task WithoutJavaScript_TickingTwoFindingsAndSubmitting_OpensABriefingOfThem()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop, javaScriptEnabled: false);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(PartnershipsTheme));
        // Script-only controls stay out of the way.
        await Assertions.Expect(page.Locator("[data-briefing-add-all]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("[data-print]")).ToBeHiddenAsync();
        // Nothing ticked yet: no button to make a briefing of nothing.
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Make a briefing of the ticked findings" })).ToBeHiddenAsync();

        await Toggle(page, Collaboration).CheckAsync();
        await Toggle(page, PlaceBased).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Make a briefing of the ticked findings" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"^https?://[^/]+/briefing([?#]|$)"));
        await Assertions.Expect(page.Locator(".briefing-finding h2")).ToHaveTextAsync(Numbered([Collaboration, PlaceBased]));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Evidence briefing");

        // The title form works without script too.
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync(BoardTitle);
        await page.GetByRole(AriaRole.Button, new() { Name = "Update the briefing" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(BoardTitle);
        await Assertions.Expect(page.Locator(".briefing-finding h2")).ToHaveTextAsync(Numbered([Collaboration, PlaceBased]));
    }

    [Theory]
    [MemberData(nameof(Viewports.BothWidthsBothSchemes), MemberType = typeof(Viewports))]
    public async Task FindingPage_AfterTickingAddToBriefing_HasNoAxeViolations(int width, ColorScheme scheme)
    {
        await using var browser = await site.OpenPageAsync(width, scheme);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Finding));

        await page.GetByLabel("Add to briefing").CheckAsync();
        await Assertions.Expect(page.Locator("[data-briefing-count]")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("#briefing-status")).ToHaveTextAsync("Added to your briefing: 1 finding.");

        await Axe.AssertNoViolationsAsync(page, scheme);
        browser.AssertNoScriptErrors();
    }

    [Theory]
    [MemberData(nameof(Viewports.BothWidthsBothSchemes), MemberType = typeof(Viewports))]
    public async Task WorkingBriefingPage_HasNoAxeViolations(int width, ColorScheme scheme)
    {
        // The shared-briefing state (with "Make this your working briefing") is covered by PageTests; this is the
        // page as its owner sees it, with a count in the header.
        await using var browser = await site.OpenPageAsync(width, scheme);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing));
        await page.GetByRole(AriaRole.Button, new() { Name = "Make this your working briefing" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-briefing-count]")).ToHaveTextAsync("3");

        await Axe.AssertNoViolationsAsync(page, scheme);
        browser.AssertNoScriptErrors();
    }

    private static ILocator Toggle(IPage page, string slug) => page.Locator($"input[data-briefing-toggle][value='{slug}']");

    private static ILocator Picker(IPage page) => page.Locator("form[data-briefing-picker] [type=submit]");

    /// <summary>A browser whose working briefing holds one finding, showing the shared briefing of three others.</summary>
    private async Task<BrowserPage> OpenSharedBriefingHoldingOneOfYourOwnAsync(int width, ColorScheme scheme)
    {
        var browser = await site.OpenPageAsync(width, scheme);
        await StartWorkingBriefingAsync(browser, InnovationPolicies);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing));
        return browser;
    }

    /// <summary>Ticks findings on their own pages, so the browser holds a working briefing of them.</summary>
    private static async Task StartWorkingBriefingAsync(BrowserPage browser, params string[] slugs)
    {
        foreach (var slug in slugs)
        {
            Assert.Equal(200, await browser.GoToAsync("/findings/" + slug));
            await browser.Page.GetByLabel("Add to briefing").CheckAsync();
        }
        await Assertions.Expect(browser.Page.Locator("[data-briefing-count]")).ToHaveTextAsync(slugs.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static ILocator FindingItem(IPage page, int index) => page.Locator("li.briefing-finding").Nth(index);

    private static string BriefingPath(params string[] slugs) => "/briefing?f=" + string.Join(',', slugs);

    private static string[] Numbered(IReadOnlyList<string> slugs) =>
        slugs.Select((slug, i) => $"{i + 1}. {Titles[slug]}").ToArray();

    /// <summary>The briefing page lists these findings, in this order, and its address says so, with the day it was made.</summary>
    private async Task ExpectBriefingAsync(IPage page, IReadOnlyList<string> slugs)
    {
        var made = "&made=" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page).ToHaveURLAsync(new Uri(site.BaseAddress, BriefingPath([.. slugs]) + made).AbsoluteUri);
        await Assertions.Expect(page.Locator(".briefing-finding h2")).ToHaveTextAsync(Numbered(slugs));
    }

    /// <summary>The briefing page shows the board title, the two-paragraph note and these findings in this order.</summary>
    private static async Task ExpectTitledBriefingAsync(IPage page, IReadOnlyList<string> slugs)
    {
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(BoardTitle);
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^" + BoardTitle));
        await Assertions.Expect(page.Locator(".briefing__note p")).ToHaveTextAsync([FirstNoteParagraph, SecondNoteParagraph]);
        await Assertions.Expect(page.Locator(".briefing-finding h2")).ToHaveTextAsync(Numbered(slugs));
        var address = await page.Locator(".briefing__url a").InnerTextAsync();
        var query = QueryHelpers.ParseQuery(new Uri(address).Query);
        Assert.Equal(string.Join(',', slugs), query["f"].ToString());
        Assert.Equal(BoardTitle, query["title"].ToString());
    }
}
