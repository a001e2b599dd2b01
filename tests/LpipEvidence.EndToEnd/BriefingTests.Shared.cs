using LpipEvidence.EndToEnd.Support;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static LpipEvidence.EndToEnd.Support.SitePaths.Slugs;

namespace LpipEvidence.EndToEnd;

/// <summary>Briefing tests, continued: a briefing shared by its address, opened beside a working briefing or on its own.</summary>
public sealed partial class BriefingTests
{
    [Fact]
    public async Task SharedBriefing_WithAWorkingBriefingAlready_OffersToAddItsFindings_WithoutReplacing()
    {
        await using var browser = await OpenSharedBriefingHoldingOneOfYourOwnAsync(Viewports.Desktop, ColorScheme.Light);
        var page = browser.Page;
        var count = page.Locator("[data-briefing-count]");
        await Assertions.Expect(page.Locator("[data-adopt-intro]")).ToHaveTextAsync(
            "You already have a working briefing of 1 finding in this browser. None of this briefing's findings is in it yet. " +
            "Add this briefing's findings to it, or replace it with this briefing.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Replace your briefing of 1 finding with this one" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add these 3 findings to your briefing" }).ClickAsync();

        await Assertions.Expect(count).ToHaveTextAsync("4");
        await Assertions.Expect(page.Locator("[data-adopt-status]")).ToHaveTextAsync("Added 3 findings: your briefing has 4 findings.");
        // The working briefing keeps its own (empty) title: adding findings takes nothing else from the shared one.
        await Assertions.Expect(page.Locator("a[data-briefing-link]")).ToHaveAttributeAsync("href", BriefingPath(InnovationPolicies, Collaboration, PlaceBased, EvidenceBased));
        await Assertions.Expect(page.Locator("[data-briefing-adopt='add']")).ToBeHiddenAsync();
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SharedBriefing_SaysWhichOfItsFindingsAreAlreadyInTheWorkingBriefing()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        await StartWorkingBriefingAsync(browser, InnovationPolicies, PlaceBased);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing));

        await Assertions.Expect(page.Locator("[data-adopt-intro]")).ToHaveTextAsync(
            "You already have a working briefing of 2 findings in this browser. 1 of this briefing's 3 findings is already in it: " +
            Titles[PlaceBased] + ". Add this briefing's findings to it, or replace it with this briefing.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Add these 2 findings to your briefing" })).ToBeVisibleAsync();
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task BriefingOpenedDirectly_OpensTheWorkingBriefingKeptInTheBrowser()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        await StartWorkingBriefingAsync(browser, Collaboration, PlaceBased);

        // Typed, bookmarked or reloaded after closing the browser: the bare address, not the header's link.
        Assert.Equal(200, await browser.GoToAsync(SitePaths.EmptyBriefing));

        await Assertions.Expect(page.Locator("li.briefing-finding h2")).ToHaveTextAsync(Numbered([Collaboration, PlaceBased]));
        Assert.StartsWith(BriefingPath(Collaboration, PlaceBased), new Uri(page.Url).PathAndQuery, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-adopt-intro]")).ToHaveTextAsync("This is your working briefing: the changes you make here are kept in this browser.");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task BriefingOpenedDirectly_WithNothingInTheBrowser_SaysWhereTheWorkingBriefingIsKept()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);

        Assert.Equal(200, await browser.GoToAsync(SitePaths.EmptyBriefing));

        await Assertions.Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Your briefing");
        await Assertions.Expect(browser.Page.Locator("[data-briefing-empty]")).ToContainTextAsync("kept in this browser");
        Assert.EndsWith(SitePaths.EmptyBriefing, new Uri(browser.Page.Url).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SharedBriefing_OnAPhone_ShowsTheBriefingFirst_AndTheToolsAfterIt()
    {
        await using var browser = await OpenSharedBriefingHoldingOneOfYourOwnAsync(Viewports.Phone, ColorScheme.Light);
        var page = browser.Page;
        await Assertions.Expect(page.Locator("[data-briefing-adopt='add']")).ToBeVisibleAsync();

        // Someone opening an emailed link reads the briefing first: its first finding starts within the first screen.
        var firstFinding = await page.Locator("li.briefing-finding h2").First.BoundingBoxAsync();
        var tools = await page.Locator("#tools-heading").BoundingBoxAsync();
        Assert.NotNull(firstFinding);
        Assert.NotNull(tools);
        Assert.True(firstFinding.Y < page.ViewportSize!.Height, $"The first finding starts at {firstFinding.Y} px, below the first screen.");
        Assert.True(tools.Y > firstFinding.Y, "The tools come before the briefing.");
        // The link at the top leads to the tools.
        await page.GetByRole(AriaRole.Link, new() { Name = "Edit, print or share this briefing" }).ClickAsync();
        await Assertions.Expect(page.Locator("#tools-heading")).ToBeInViewportAsync();
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task SharedBriefing_ReplacingTheWorkingBriefing_SaysSo_AndUndoBringsItBack()
    {
        await using var browser = await OpenSharedBriefingHoldingOneOfYourOwnAsync(Viewports.Desktop, ColorScheme.Light);
        var page = browser.Page;
        var count = page.Locator("[data-briefing-count]");

        await page.GetByRole(AriaRole.Button, new() { Name = "Replace your briefing of 1 finding with this one" }).ClickAsync();

        await Assertions.Expect(count).ToHaveTextAsync("3");
        await Assertions.Expect(page.Locator("[data-adopt-status]")).ToContainTextAsync("Your previous briefing of 1 finding was replaced");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo" }).ClickAsync();

        await Assertions.Expect(count).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator("a[data-briefing-link]")).ToHaveAttributeAsync("href", BriefingPath(InnovationPolicies));
        await Assertions.Expect(page.Locator("[data-adopt-status]")).ToHaveTextAsync("Your previous briefing is back: 1 finding.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo" })).ToBeHiddenAsync();
        browser.AssertNoScriptErrors();
    }

    [Theory]
    [MemberData(nameof(Viewports.BothWidthsBothSchemes), MemberType = typeof(Viewports))]
    public async Task SharedBriefing_AskingAndAfterReplacing_HasNoAxeViolations(int width, ColorScheme scheme)
    {
        await using var browser = await OpenSharedBriefingHoldingOneOfYourOwnAsync(width, scheme);
        var page = browser.Page;
        await Assertions.Expect(page.Locator("[data-briefing-adopt='add']")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page, scheme);

        await page.Locator("[data-briefing-adopt='replace']").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Undo" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-adopt-status]")).Not.ToBeEmptyAsync();
        await Axe.AssertNoViolationsAsync(page, scheme);
        browser.AssertNoScriptErrors();
    }
}
