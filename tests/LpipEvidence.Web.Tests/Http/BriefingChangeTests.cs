using System.Net;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// A briefing opened after a finding changed: its address records when it was made (<c>made=</c>), each finding
/// changed since is flagged with its notes, and the exports say so too. Old addresses without a date keep working.
/// </summary>
public sealed class BriefingChangeTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string Findings = "f=digital-connectivity-for-clusters,evaluating-transport-investment";
    private const string MadeInMay = Findings + "&made=2025-05-01";

    private async Task<IHtmlDocument> Ok(string url)
    {
        var (response, document) = await app.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return document;
    }

    private static string Today => DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string TodayInWords => DateTime.UtcNow.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task AFindingChangedSinceTheBriefingWasMade_IsFlaggedWithItsNotes_OnScreenAndOnPaper()
    {
        var page = await Ok("/briefing?" + MadeInMay);

        var findings = page.QuerySelectorAll(".briefing-finding");
        Assert.Equal(2, findings.Length);
        var flag = findings[0].QuerySelector(".briefing-change");
        Assert.NotNull(flag);
        Assert.Equal("note", flag.GetAttribute("role"));
        Assert.Equal("Changed since this briefing was made on 1 May 2025", flag.QuerySelector("h3")?.TextContent.Trim());
        Assert.Equal(
            ["1 June 2025: Made-up fixture change, added the last clause of the takeaway.", "10 May 2025: Made-up fixture change, clarified that coverage means broadband and mobile."],
            flag.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.Null(flag.Closest(".no-print"));
        Assert.Equal("/findings/digital-connectivity-for-clusters/changes", flag.QuerySelector(".no-print a")?.GetAttribute("href"));
        Assert.Null(findings[1].QuerySelector(".briefing-change"));

        var made = page.QuerySelector(".briefing__made");
        Assert.NotNull(made);
        Assert.StartsWith("Since it was made, 1 of its 2 findings has changed: it is marked below with what changed.",
            made.TextContent.Trim(), StringComparison.Ordinal);
        // One pair of dates: made on (from the address), printed on (today, on paper only).
        var prepared = page.QuerySelector(".briefing__prepared")!;
        Assert.StartsWith("Made on 1 May 2025 from: ", prepared.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"Printed on {TodayInWords}.", prepared.QuerySelector(".print-only")?.TextContent.Trim());
        Assert.Equal($"/briefing?{Findings}&made={Today}", made.QuerySelector(".no-print a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task TheBriefingKeepsItsDate_InItsAddressEditsExportsAndForm()
    {
        var page = await Ok("/briefing?" + MadeInMay + "&title=Board");

        Assert.EndsWith("/briefing?" + MadeInMay + "&title=Board", page.QuerySelector(".briefing__url a")?.GetAttribute("href"), StringComparison.Ordinal);
        var edits = page.QuerySelectorAll("a[data-briefing-edit]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(edits);
        Assert.All(edits, href => Assert.Contains("&made=2025-05-01", href, StringComparison.Ordinal));
        Assert.Contains("made=2025-05-01", page.QuerySelector("a[href^='/briefing/docx']")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal("2025-05-01", (page.QuerySelector("form[data-briefing-details] input[name=made]") as IHtmlInputElement)?.Value);
        Assert.Equal("2025-05-01", page.QuerySelector("[data-briefing-made]")?.GetAttribute("data-briefing-made"));
    }

    [Fact]
    public async Task AnOldAddressWithoutADate_FlagsNothing_AndItsLinksRecordToday()
    {
        var page = await Ok("/briefing?" + Findings);

        Assert.Empty(page.QuerySelectorAll(".briefing-change"));
        Assert.Null(page.QuerySelector(".briefing__made"));
        Assert.Null(page.QuerySelector(".briefing-notes"));
        Assert.EndsWith($"/briefing?{Findings}&made={Today}", page.QuerySelector(".briefing__url a")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Equal(Today, page.QuerySelector("[data-briefing-made]")?.GetAttribute("data-briefing-made"));
    }

    [Fact]
    public async Task ABriefingMadeAfterEveryChange_SaysNothingHasChanged()
    {
        var page = await Ok("/briefing?" + Findings + "&made=2025-06-02");

        Assert.Empty(page.QuerySelectorAll(".briefing-change"));
        Assert.Equal("None of its findings has changed since it was made.", page.QuerySelector(".briefing__made")?.TextContent.Trim());
        Assert.StartsWith("Made on 2 June 2025 from: ", page.QuerySelector(".briefing__prepared")?.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("2025-02-30")]
    [InlineData("3000-01-01")]
    [InlineData("%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("2025-05-01%00")]
    public async Task AnUnusableDate_IsIgnoredWithAVisibleNote_NeverAnError(string made)
    {
        var (response, page) = await app.GetPageAsync($"/briefing?{Findings}&made={made}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll(".briefing-change"));
        Assert.Contains("so it was ignored", page.QuerySelector(".briefing-notes")?.TextContent, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.EndsWith($"&made={Today}", page.QuerySelector(".briefing__url a")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMarkdownExport_SaysWhenItWasMadeAndWhatChanged()
    {
        var response = await app.CreateClient().GetAsync("/briefing/md?" + MadeInMay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var md = await response.Content.ReadAsStringAsync();
        Assert.Contains($"Made on 1 May 2025 from: *Test Fixture Review of Transport and Connectivity*", md, StringComparison.Ordinal);
        Assert.Contains($"Downloaded on {TodayInWords}.\n\nSince it was made, 1 of its 2 findings has changed", md, StringComparison.Ordinal);
        Assert.DoesNotContain("This briefing was made", md, StringComparison.Ordinal);
        Assert.Contains("> **Changed since this briefing was made on 1 May 2025**", md, StringComparison.Ordinal);
        Assert.Contains("> - 1 June 2025: Made-up fixture change, added the last clause of the takeaway.", md, StringComparison.Ordinal);
        Assert.Contains("This briefing: <http://localhost/briefing?" + MadeInMay + ">", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheWordExport_SaysWhenItWasMadeAndWhatChanged()
    {
        var response = await app.CreateClient().GetAsync("/briefing/docx?" + MadeInMay);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Made on 1 May 2025 from: ", text, StringComparison.Ordinal);
        Assert.Contains($"Downloaded on {TodayInWords}.", text, StringComparison.Ordinal);
        Assert.Contains("Changed since this briefing was made on 1 May 2025", text, StringComparison.Ordinal);
        Assert.Contains("10 May 2025: Made-up fixture change, clarified that coverage means broadband and mobile.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportsOfAnOldAddress_FlagNothing()
    {
        var md = await app.CreateClient().GetStringAsync("/briefing/md?" + Findings + "&made=not-a-date");

        Assert.DoesNotContain("Changed since", md, StringComparison.Ordinal);
        Assert.DoesNotContain("This briefing was made", md, StringComparison.Ordinal);
    }
}
