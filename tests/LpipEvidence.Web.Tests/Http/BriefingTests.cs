using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Web.Tests.Support;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>The briefing page renders from its URL; exports and citations download in usable formats.</summary>
public sealed partial class BriefingTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    private const string Three =
        "f=place-based-approaches-and-cluster-development,collaboration-partnerships-and-skills-development,evidence-based-and-experimental-policies";

    /// <summary>The day the briefings of these tests were made: after every fixture change note, so nothing is flagged.</summary>
    private const string Made = "&made=2025-07-20";

    private const string Titled = Three + Made + "&title=Board%20pack&note=For%20Monday%27s%20board.";

    [Fact]
    public async Task BriefingPage_RendersTheFindingsTitleNoteSourcesAndLicenceFromTheUrl()
    {
        var (response, page) = await app.GetPageAsync("/briefing?" + Titled);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Board pack – LPIP Evidence", page.Title);
        Assert.Equal("Board pack", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("For Monday's board.", page.QuerySelector(".briefing__note")?.TextContent.Trim());
        Assert.Equal(
            ["1. Place-based Approaches and Cluster Development", "2. Collaboration, Partnerships, and Skills Development", "3. Evidence-Based and Experimental Policies"],
            page.QuerySelectorAll(".briefing-finding h2").Select(h => h.TextContent.Trim()));
        Assert.Equal(3, page.QuerySelectorAll(".briefing-finding div.takeaway").Length);
        Assert.Contains("Made on", page.QuerySelector(".briefing__prepared")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Billing, C 2024", page.QuerySelector(".briefing__citation")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("CC BY-NC", page.QuerySelector(".briefing__licence")?.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("/briefing?" + Titled, page.QuerySelector(".briefing__url a")?.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingPage_PreparedBy_IsShownOfferedInTheFormAndKeptByEveryEdit()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Titled + "&by=Jo%20Bloggs%2C%20Policy%20Team");

        Assert.StartsWith("Made by Jo Bloggs, Policy Team on ", page.QuerySelector(".briefing__prepared")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("Jo Bloggs, Policy Team", (page.QuerySelector("form[data-briefing-details] input[name=by]") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
        var edits = page.QuerySelectorAll("a[data-briefing-edit]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(edits);
        Assert.All(edits, href => Assert.EndsWith("&by=Jo%20Bloggs%2C%20Policy%20Team", href, StringComparison.Ordinal));
        Assert.Contains("by=Jo%20Bloggs%2C%20Policy%20Team", page.QuerySelector("a[href^='/briefing/docx']")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Contains("written by Jo Bloggs, Policy Team, not by the authors", page.QuerySelector(".briefing__licence")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingPage_WithoutPreparedBy_SaysOnlyWhen()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Three);

        Assert.StartsWith("Made on ", page.QuerySelector(".briefing__prepared")?.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal("", (page.QuerySelector("input[name=by]") as AngleSharp.Html.Dom.IHtmlInputElement)?.Value);
    }

    [Fact]
    public async Task BriefingPage_OffersToAddToOrReplaceTheWorkingBriefing_WithUndo()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Three);
        var panel = page.QuerySelector("[data-briefing-adopt-panel]");

        Assert.NotNull(panel);
        Assert.True(panel.HasAttribute("hidden"));   // briefing.js shows it: the working briefing lives in the browser
        Assert.NotNull(panel.QuerySelector("button[data-briefing-adopt=replace]"));
        Assert.NotNull(panel.QuerySelector("button[data-briefing-adopt=add]"));
        Assert.NotNull(panel.QuerySelector("button[data-briefing-undo]"));
        Assert.Equal("status", panel.QuerySelector("[data-adopt-status]")?.GetAttribute("role"));
        var tools = panel.Closest(".briefing-tools");
        Assert.NotNull(tools);
        Assert.Contains("no-print", tools.ClassList);
    }

    [Fact]
    public async Task BriefingPage_EditLinksReorderAndRemoveThroughTheUrl()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Titled);
        var second = page.QuerySelectorAll(".briefing-finding")[1];
        var links = second.QuerySelectorAll("a[data-briefing-edit]").ToDictionary(a => a.FirstChild!.TextContent.Trim(), a => a.GetAttribute("href"));

        Assert.Equal("/briefing?f=collaboration-partnerships-and-skills-development,place-based-approaches-and-cluster-development,evidence-based-and-experimental-policies&made=2025-07-20&title=Board%20pack&note=For%20Monday%27s%20board.", links["Move up"]);
        Assert.Equal("/briefing?f=place-based-approaches-and-cluster-development,evidence-based-and-experimental-policies,collaboration-partnerships-and-skills-development&made=2025-07-20&title=Board%20pack&note=For%20Monday%27s%20board.", links["Move down"]);
        Assert.Equal("/briefing?f=place-based-approaches-and-cluster-development,evidence-based-and-experimental-policies&made=2025-07-20&title=Board%20pack&note=For%20Monday%27s%20board.", links["Remove"]);
        Assert.Null(page.QuerySelectorAll(".briefing-finding")[0].QuerySelectorAll("a[data-briefing-edit]").FirstOrDefault(a => a.TextContent.StartsWith("Move up", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task BriefingPage_AcceptsTheTickedBoxesFormat()
    {
        var (_, page) = await app.GetPageAsync("/briefing?f=evidence-based-and-experimental-policies&f=importance-of-innovation-and-technology-policies");
        Assert.Equal(2, page.QuerySelectorAll(".briefing-finding").Length);
        Assert.StartsWith("1. Evidence-Based", page.QuerySelector(".briefing-finding h2")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BriefingPage_UnknownAndDuplicateSlugs_AreIgnoredWithAVisibleNote()
    {
        var (response, page) = await app.GetPageAsync(
            "/briefing?f=no-such-finding,evidence-based-and-experimental-policies,%3Cscript%3E,evidence-based-and-experimental-policies");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll(".briefing-finding"));
        var notes = page.QuerySelector(".briefing-notes")?.TextContent ?? "";
        Assert.Contains("could not be found", notes, StringComparison.Ordinal);
        Assert.Contains("no-such-finding", notes, StringComparison.Ordinal);
        Assert.Contains("more than once", notes, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("main script"));
    }

    [Fact]
    public async Task BriefingPage_Empty_SaysWhereTheWorkingBriefingLivesAndHowToAddFindings()
    {
        var (response, page) = await app.GetPageAsync("/briefing");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Your briefing", page.QuerySelector("h1")?.TextContent);
        // The script opens the working briefing from here; the page says where it is kept rather than "empty".
        var empty = page.QuerySelector("[data-briefing-empty]");
        Assert.NotNull(empty);
        Assert.Contains("kept in this browser", empty.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("is empty", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("kept in its address", empty.QuerySelector("noscript")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("main a[href='/themes']"));
    }

    [Fact]
    public async Task BriefingPage_ShowsTheBriefingBeforeItsTools_WithALinkToThem()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Titled);

        var main = page.QuerySelector(".reading__main")!;
        var tools = page.QuerySelector(".briefing-tools")!;
        Assert.Equal(main.ParentElement, tools.ParentElement);
        Assert.True(main.CompareDocumentPosition(tools).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The tools come before the briefing.");
        // The first thing after the title: a link down to the tools, for a phone, where they follow the briefing.
        var toTools = page.QuerySelector("h1 + .briefing__to-tools a");
        Assert.EndsWith("#tools-heading", toTools?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.StartsWith("/briefing?", toTools?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#tools-heading"));
    }

    [Fact]
    public async Task BriefingPage_LeadsEachFindingWithItsTakeaway()
    {
        var (_, page) = await app.GetPageAsync("/briefing?" + Three);

        var findings = page.QuerySelectorAll(".briefing-finding");
        Assert.NotEmpty(findings);
        Assert.All(findings, finding =>
        {
            var takeaway = finding.QuerySelector(".takeaway")!;
            var text = finding.QuerySelector(":scope > .prose")!;
            Assert.True(takeaway.CompareDocumentPosition(text).HasFlag(AngleSharp.Dom.DocumentPositions.Following), "The takeaway comes after the text.");
        });
    }

    [Fact]
    public async Task BriefingPage_HostileTitleAndNote_AreEncodedAndCapped()
    {
        var title = "<script>alert(1)</script>" + new string('x', 500);
        var (response, page) = await app.GetPageAsync($"/briefing?f=evidence-based-and-experimental-policies&title={Uri.EscapeDataString(title)}&note={Uri.EscapeDataString("<img src=x onerror=alert(1)>")}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(page.QuerySelectorAll("main script, main img[onerror]"));
        // The one image is the briefing's QR code, drawn by the site.
        Assert.StartsWith("data:image/svg+xml;base64,", Assert.Single(page.QuerySelectorAll("main img")).GetAttribute("src"), StringComparison.Ordinal);
        Assert.True(page.QuerySelector("h1")!.TextContent.Length <= 121);
        Assert.Contains("The title was cut", page.QuerySelector(".briefing-notes")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThemeAndReviewPages_OfferAddAllAndAReadyMadeBriefing()
    {
        var (_, theme) = await app.GetPageAsync("/themes/partnerships-and-collaboration");
        Assert.Equal("collaboration-partnerships-and-skills-development,place-based-approaches-and-cluster-development",
            theme.QuerySelector("[data-briefing-add-all]")?.GetAttribute("data-briefing-add-all"));
        Assert.StartsWith("/briefing?f=collaboration-partnerships-and-skills-development,place-based-approaches-and-cluster-development&title=",
            theme.QuerySelector(".briefing-actions__ready")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Single(theme.QuerySelectorAll("form#briefing-picker"));
        Assert.Equal(2, theme.QuerySelectorAll("input[data-briefing-toggle][form=briefing-picker]").Length);

        var (_, review) = await app.GetPageAsync("/reviews/innovation");
        Assert.Equal(5, review.QuerySelectorAll("input[type=checkbox][name=f][form=briefing-picker]").Length);
        Assert.NotNull(review.QuerySelector("form#briefing-picker[action='/briefing'][method=get]"));
    }

    [Fact]
    public async Task ContentPages_HaveAPrintLinkAndAPrintFooter()
    {
        foreach (var url in new[] { "/findings/evidence-based-and-experimental-policies", "/themes/skills-and-talent", "/reviews/innovation" })
        {
            var (_, page) = await app.GetPageAsync(url);
            Assert.NotNull(page.QuerySelector("button[data-print][hidden]"));
            var footer = page.QuerySelector(".print-footer")?.TextContent ?? "";
            Assert.Contains("Billing, C 2024", footer, StringComparison.Ordinal);
            Assert.Contains("CC BY-NC", footer, StringComparison.Ordinal);
            Assert.Contains(url, footer, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task BriefingPage_FromBothReviews_CitesEachSourceAndStatesEachLicenceAsItIs()
    {
        var (_, page) = await app.GetPageAsync("/briefing?f=digital-connectivity-for-clusters,place-based-approaches-and-cluster-development");

        var citations = page.QuerySelectorAll(".briefing__citation").Select(p => p.TextContent.Trim()).ToList();
        Assert.Equal(2, citations.Count);
        Assert.StartsWith("Example, A and Sample, S 2025", citations[0], StringComparison.Ordinal);
        Assert.StartsWith("Billing, C 2024", citations[1], StringComparison.Ordinal);
        var licences = page.QuerySelectorAll(".briefing__licence p").Select(p => Spaces().Replace(p.TextContent, " ").Trim()).ToList();
        Assert.Equal(2, licences.Count);
        Assert.Contains("Test Fixture Review of Transport and Connectivity by Professor Alex Example and Sam Sample", licences[0], StringComparison.Ordinal);
        Assert.EndsWith("(CC BY 4.0). You may share and adapt it for any purpose if you credit the source.", licences[0], StringComparison.Ordinal);
        Assert.Contains("Innovation Evidence Review by Dr Chloe Billing", licences[1], StringComparison.Ordinal);
        Assert.EndsWith("(CC BY-NC). You may share and adapt it for non-commercial purposes if you credit the source.", licences[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrintFooter_OfAThemeCarriedByBothReviews_CreditsEachUnderItsOwnLicence()
    {
        var (_, page) = await app.GetPageAsync("/themes/evaluation-and-benchmarking");

        var lines = page.QuerySelectorAll(".print-footer p").Select(p => Spaces().Replace(p.TextContent, " ").Trim()).ToList();
        Assert.Contains(lines, l => l.StartsWith("Source: Billing, C 2024", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("Source: Example, A and Sample, S 2025", StringComparison.Ordinal));
        var licences = lines.Where(l => l.StartsWith("Licence:", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, licences.Count);
        Assert.Single(licences, l => l.Contains("(CC BY-NC)", StringComparison.Ordinal) && l.EndsWith("for non-commercial purposes if you credit the source.", StringComparison.Ordinal));
        Assert.Single(licences, l => l.Contains("(CC BY 4.0)", StringComparison.Ordinal) && l.EndsWith("for any purpose if you credit the source.", StringComparison.Ordinal));
        Assert.Equal(2, page.QuerySelectorAll(".print-footer a[rel=license]").Length);
    }

    [GeneratedRegex(@"^[A-Z][A-Z0-9]  - ?.*$")]
    private static partial Regex RisLine();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
