using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// Printing to paper (A4 PDF, no background graphics): the words, the source, the licence and the address survive,
/// the site's navigation and controls do not, and a briefing stays short.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed class PrintTests(SiteFixture site, ITestOutputHelper output)
{
    private const string Citation = "Billing, C 2024";
    private const string CitedTitle = "Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)";
    private const string Licence = "CC BY-NC";

    /// <summary>Text of the header, footer and controls; none of it means anything on paper.</summary>
    private static readonly string[] ScreenOnly =
    [
        "Skip to main content",
        // The header; the site's name alone may print (beside a briefing's QR code).
        "Evidence reviews for Local Policy Innovation Partnerships",
        "Reviews Themes",
        "Search the evidence",
        "Print this",
        "Download Word",
        "Download Markdown",
        "Copy link",
        "Copy citation",
        "Make this your working briefing",
        "Update the briefing",
        "Prepared by (optional",
        "Replace your briefing",
        "Undo",
        "Add to briefing",
        "Add all",
        "Make a briefing of the ticked findings",
        "View your briefing",
        "Move up",
        "Move down",
        "Remove",
        "All reviews",
        "All themes",
        "Content status",
        "An unhandled error has occurred",
    ];

    [Fact]
    public async Task BriefingOfThreeFindings_WithTitleAndNote_PrintsOnAtMostTwoPages_WithEverythingNeededAndNoControls()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing));
        var expected = await BriefingContentAsync(browser.Page);
        Assert.Equal(3, expected.Findings.Count);

        var pdf = await PrintedPdf.PrintAsync(browser.Page, "briefing-3-findings");
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s)");

        AssertBriefingPrinted(pdf, expected);
        pdf.AssertContains("Innovation for the board", "the briefing's title");
        pdf.AssertContains("Three findings to discuss on Tuesday.", "the briefing's note");
        Assert.True(pdf.PageCount <= 2, $"A briefing of 3 findings printed on {pdf.PageCount} A4 pages, not at most 2 ({pdf.Path}).");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task BriefingOfAllFiveFindings_PrintsOnAtMostThreePages_WithEverythingNeededAndNoControls()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync("/briefing?f=" + string.Join(',', SitePaths.Slugs.All)));
        var expected = await BriefingContentAsync(browser.Page);
        Assert.Equal(5, expected.Findings.Count);

        var pdf = await PrintedPdf.PrintAsync(browser.Page, "briefing-5-findings");
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s)");

        AssertBriefingPrinted(pdf, expected);
        Assert.True(pdf.PageCount <= 3, $"A briefing of 5 findings printed on {pdf.PageCount} A4 pages, not at most 3 ({pdf.Path}).");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task Briefing_PreparedBySomeone_PrintsWhoPreparedIt_AndAQrCodeThatOpensIt()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Briefing + "&by=Jo%20Bloggs%2C%20Policy%20Team"));
        var address = await page.Locator(".briefing__url a").GetAttributeAsync("href");
        Assert.NotNull(address);
        Assert.EndsWith("&by=Jo%20Bloggs%2C%20Policy%20Team", address, StringComparison.Ordinal);

        var pdf = await PrintedPdf.PrintAsync(page, "briefing-prepared-by");
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s)");

        pdf.AssertContains("Made by Jo Bloggs, Policy Team on ", "who made it");
        pdf.AssertContains("written by Jo Bloggs, Policy Team, not by the authors", "whose words the title and note are");
        // Read the code as a phone would, from the page as printed.
        var qr = page.Locator("img.briefing-link__qr");
        await Assertions.Expect(qr).ToBeVisibleAsync();
        Assert.Equal(address, await QrCodeReader.ReadAsync(page, qr));
        var size = await qr.BoundingBoxAsync();
        Assert.NotNull(size);
        Assert.True(size.Width >= 100, $"The printed QR code is {size.Width} CSS px wide: too small to scan from paper.");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task FindingPage_PrintsOnOnePage_WithItsTakeawaySourceLicenceAndAddress_AndNoControls()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(200, await browser.GoToAsync(SitePaths.Finding));
        var title = await page.Locator("h1").InnerTextAsync();
        var body = await page.Locator(".finding-body").InnerTextAsync();
        var takeaway = await page.Locator(".takeaway__text").InnerTextAsync();

        var pdf = await PrintedPdf.PrintAsync(page, "finding-page");
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s)");

        pdf.AssertContains(title, "the finding's title");
        pdf.AssertContains(body, "the finding's text");
        pdf.AssertContains(takeaway, "the finding's key takeaway");
        pdf.AssertContains(Citation, "the citation");
        pdf.AssertContains(CitedTitle, "the cited title");
        pdf.AssertContains(Licence, "the licence");
        pdf.AssertContains("(CC BY-NC, https://creativecommons.org/licenses/by-nc/4.0/)", "the licence's address after its code");
        pdf.AssertContains(new Uri(site.BaseAddress, SitePaths.Finding).AbsoluteUri, "the page's address");
        // The source once on paper: the print footer's, not the screen's Source section or related findings too.
        Assert.Equal(1, pdf.Count(Citation));
        pdf.AssertLacks("Related findings");
        foreach (var text in ScreenOnly.Concat(["Open a briefing of this finding", "Previous finding", "Next finding", "Download for reference managers"]))
        {
            pdf.AssertLacks(text);
        }
        Assert.True(pdf.PageCount == 1, $"A finding page printed on {pdf.PageCount} A4 pages, not 1 ({pdf.Path}).");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task BriefingMadeBeforeAChange_PrintsWhenItWasMade_AndFlagsTheChangedFindingWithItsNotes()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync(SitePaths.ChangedBriefing));
        await Assertions.Expect(browser.Page.Locator(".briefing-change")).ToHaveCountAsync(1);

        var pdf = await PrintedPdf.PrintAsync(browser.Page, "briefing-changed-since-made");
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s)");

        // One pair of dates: the day it was made and the day it was printed.
        pdf.AssertContains("Made on 1 May 2025 from: ", "when it was made");
        pdf.AssertContains("Printed on " + DateTime.Now.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture) + ".", "when it was printed");
        pdf.AssertContains("Since it was made, 1 of its 2 findings has changed: it is marked below with what changed.", "what changed since");
        Assert.Equal(0, pdf.Count("This briefing was made on"));
        pdf.AssertContains("Changed since this briefing was made on 1 May 2025", "the flag on the changed finding");
        pdf.AssertContains("1 June 2025: Made-up fixture change, added the last clause of the takeaway.", "the newer change note");
        pdf.AssertContains("10 May 2025: Made-up fixture change, clarified that coverage means broadband and mobile.", "the older change note");
        Assert.Equal(1, pdf.Count("Changed since this briefing was made"));
        // The flag sits under its finding's title, before the finding's words, and not on the other finding.
        var heading = pdf.IndexOf("1. Digital Connectivity for Clusters");
        var flag = pdf.IndexOf("Changed since this briefing was made");
        var text = pdf.IndexOf("Made-up fixture text: broadband and mobile coverage");
        Assert.True(heading >= 0 && heading < flag && flag < text, $"The flag printed out of place ({heading}, {flag}, {text}).");
        Assert.True(flag < pdf.IndexOf("2. Evaluating Transport Investment"));
        pdf.AssertLacks("date this briefing today");
        pdf.AssertLacks("Every change to this finding");
        Assert.True(pdf.PageCount <= 2, $"A briefing of 2 findings printed on {pdf.PageCount} A4 pages, not at most 2 ({pdf.Path}).");
        browser.AssertNoScriptErrors();
    }

    [Fact]
    public async Task ChangedFindingPage_PrintsWhenItWasPublishedAndLastUpdated_WithoutTheLinkToItsChanges()
    {
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        Assert.Equal(200, await browser.GoToAsync("/findings/digital-connectivity-for-clusters"));

        var pdf = await PrintedPdf.PrintAsync(browser.Page, "finding-last-updated");

        pdf.AssertContains("Published: March 2025", "when it was published");
        pdf.AssertContains("Last updated: 1 June 2025", "when it was last updated");
        pdf.AssertLacks("see all updates");
        Assert.True(pdf.PageCount == 1, $"A finding page printed on {pdf.PageCount} A4 pages, not 1 ({pdf.Path}).");
    }

    /// <summary>Checks what every printed briefing must show and must not.</summary>
    private static void AssertBriefingPrinted(PrintedPdf pdf, BriefingContent expected)
    {
        pdf.AssertContains(expected.Title, "the briefing's title");
        foreach (var finding in expected.Findings)
        {
            pdf.AssertContains(finding.Title, "a finding's title");
            pdf.AssertContains(finding.Takeaway, $"the key takeaway of “{finding.Title}”");
        }
        AssertInOrder(pdf, expected.Findings.Select(f => f.Title).ToList());
        pdf.AssertContains(Citation, "the citation");
        pdf.AssertContains(CitedTitle, "the cited title");
        pdf.AssertContains(Licence, "the licence");
        // The address goes on paper as a QR code with a short line, not as five lines of encoded text.
        pdf.AssertContains("Open this briefing online: scan the code with a phone camera.", "the line beside the QR code");
        pdf.AssertContains("LPIP Evidence, " + new Uri(expected.Url).Authority, "the site, readable");
        pdf.AssertLacks(expected.Url);
        foreach (var text in ScreenOnly)
        {
            pdf.AssertLacks(text);
        }
    }

    /// <summary>Findings must print in the briefing's order (titles are numbered "1. …", "2. …").</summary>
    private static void AssertInOrder(PrintedPdf pdf, IReadOnlyList<string> titles)
    {
        var positions = titles.Select(pdf.IndexOf).ToList();
        Assert.True(positions.SequenceEqual(positions.Order()), $"The findings printed out of order: {string.Join(", ", titles)} at {string.Join(", ", positions)}.");
    }

    /// <summary>What the briefing page shows on screen, which the paper copy must also carry.</summary>
    private static async Task<BriefingContent> BriefingContentAsync(IPage page)
    {
        var findings = new List<(string, string)>();
        foreach (var item in await page.Locator(".briefing-finding").AllAsync())
        {
            findings.Add((await item.Locator("h2").InnerTextAsync(), await item.Locator(".takeaway__text").InnerTextAsync()));
        }
        return new BriefingContent(
            await page.Locator("h1").InnerTextAsync(),
            findings.Select(f => new BriefingFinding(f.Item1, f.Item2)).ToList(),
            await page.Locator(".briefing__url a").InnerTextAsync());
    }

    private sealed record BriefingFinding(string Title, string Takeaway);

    private sealed record BriefingContent(string Title, IReadOnlyList<BriefingFinding> Findings, string Url);
}
