using System.Text.RegularExpressions;
using LpipEvidence.EndToEnd.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LpipEvidence.EndToEnd;

/// <summary>
/// "Save and share" in a browser, as the issue asked: a briefing whose note is as long as the form allows is saved,
/// printed, and its QR code read from a 150 dpi picture of the paper opens the short address it holds.
/// </summary>
[Collection(SiteCollectionDefinition.Name)]
public sealed partial class SavedBriefingTests(SiteFixture site, ITestOutputHelper output)
{
    [GeneratedRegex("/b/[A-Za-z0-9_-]{11}$")]
    private static partial Regex ShortAddress();

    [Fact]
    public async Task ABriefingWithAThousandCharacterNote_SavedAndPrinted_HasAQrCodeThatReadsAt150Dpi_AndOpensIt()
    {
        var note = string.Concat(Enumerable.Repeat("Ask the board to agree the next steps on innovation funding. ", 20))[..999] + ".";
        await using var browser = await site.OpenPageAsync(Viewports.Desktop);
        var page = browser.Page;
        Assert.Equal(1000, note.Length);
        var url = "/briefing?f=" + SitePaths.Slugs.Collaboration + "," + SitePaths.Slugs.PlaceBased + "," + SitePaths.Slugs.EvidenceBased
            + "&title=Saved%20for%20the%20board&note=" + Uri.EscapeDataString(note);
        Assert.Equal(200, await browser.GoToAsync(url));
        // Unsaved, the address is too long for a code that scans from paper.
        Assert.Equal(0, await page.Locator("img.briefing-link__qr").CountAsync());
        await Assertions.Expect(page.GetByText("Anyone with the link can read the briefing")).ToBeVisibleAsync();
        await Axe.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save and share" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(ShortAddress());
        var shortAddress = page.Url;
        output.WriteLine($"saved at {shortAddress}");
        Assert.Equal(shortAddress, await page.Locator(".briefing__url a").GetAttributeAsync("href"));
        await Axe.AssertNoViolationsAsync(page);

        var pdf = await PrintedPdf.PrintAsync(page, "saved-briefing-long-note");
        pdf.AssertContains(note[..200], "the note");
        var pictures = await PdfRaster.RenderAsync(pdf.Path, 150);
        output.WriteLine($"{pdf.Path}: {pdf.PageCount} page(s), rendered at 150 dpi");
        string? read = null;
        foreach (var picture in pictures)
        {
            read ??= await QrCodeReader.ReadPngAsync(page, picture);
        }
        Assert.Equal(shortAddress, read);

        // The phone that scanned it opens the saved briefing.
        await using var phone = await site.OpenPageAsync(Viewports.Phone);
        Assert.Equal(200, await phone.GoToAsync(new Uri(read!).PathAndQuery));
        await Assertions.Expect(phone.Page.Locator("h1")).ToHaveTextAsync("Saved for the board");
        Assert.Equal(3, await phone.Page.Locator(".briefing-finding").CountAsync());
        Assert.Equal(note, (await phone.Page.Locator(".briefing__note").InnerTextAsync()).Trim());
        await Axe.AssertNoViolationsAsync(phone.Page);
        browser.AssertNoScriptErrors();
        phone.AssertNoScriptErrors();
    }
}
