using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Briefings;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Briefings;

public sealed class BriefingDocxTests : IAsyncLifetime
{
    private static readonly string[] ParagraphStyles = ["Title", "Heading1", "Heading2", "Heading3", "Normal"];

    private TempStore _store = null!;
    private Briefing _briefing = null!;
    private byte[] _bytes = null!;

    public async Task InitializeAsync()
    {
        _store = await BriefingSamples.FixtureStoreAsync();
        _briefing = await BriefingSamples.Composer(_store).ComposeAsync(BriefingRequest.FromQuery(
            "place-based-approaches-and-cluster-development,importance-of-innovation-and-technology-policies",
            "Clusters & place", "For the board.\nSecond line."));
        _bytes = BriefingDocx.Write(_briefing, BriefingSamples.BriefingUrl);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string? StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    private static List<Paragraph> Paragraphs(WordprocessingDocument doc) =>
        doc.MainDocumentPart!.Document!.Body!.Elements<Paragraph>().ToList();

    [Fact]
    public void Is_a_valid_Word_document()
    {
        using var doc = Open(_bytes);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void Defines_Title_and_heading_styles_with_outline_levels_and_Normal()
    {
        using var doc = Open(_bytes);
        var styles = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

        Assert.Equal("Title", styles["Title"].StyleName!.Val!.Value);
        Assert.Equal("heading 1", styles["Heading1"].StyleName!.Val!.Value);
        Assert.Equal("heading 2", styles["Heading2"].StyleName!.Val!.Value);
        Assert.Equal("heading 3", styles["Heading3"].StyleName!.Val!.Value);
        Assert.Equal(0, styles["Heading1"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(1, styles["Heading2"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.Equal(2, styles["Heading3"].StyleParagraphProperties!.OutlineLevel!.Val!.Value);
        Assert.All(ParagraphStyles, id => Assert.Equal(StyleValues.Paragraph, styles[id].Type!.Value));
        Assert.True(styles["Normal"].Default!.Value);
    }

    [Fact]
    public void Headings_carry_the_title_the_finding_titles_and_Key_takeaway_in_order()
    {
        using var doc = Open(_bytes);
        var paragraphs = Paragraphs(doc);

        Assert.Equal("Clusters & place", Assert.Single(paragraphs, p => StyleOf(p) == "Title").InnerText);
        Assert.Equal(
            ["1. Place-based Approaches and Cluster Development", "2. Importance of Innovation and Technology Policies", "Sources", "Licence"],
            paragraphs.Where(p => StyleOf(p) == "Heading2").Select(p => p.InnerText));
        Assert.Equal(["Key takeaway", "Key takeaway"], paragraphs.Where(p => StyleOf(p) == "Heading3").Select(p => p.InnerText));
    }

    [Fact]
    public void Each_takeaway_follows_its_heading_in_a_set_apart_paragraph_before_the_finding_text()
    {
        using var doc = Open(_bytes);
        var paragraphs = Paragraphs(doc);

        Assert.NotEmpty(_briefing.Findings);
        foreach (var finding in _briefing.Findings)
        {
            var body = paragraphs.FindIndex(p => p.InnerText == finding.BodyText);
            Assert.True(body > 2, finding.BodyText);
            // The takeaway leads, right under the finding's heading, as on the finding's own page.
            Assert.EndsWith(". " + finding.Title, paragraphs[body - 3].InnerText, StringComparison.Ordinal);
            Assert.Equal("Key takeaway", paragraphs[body - 2].InnerText);
            Assert.Equal(finding.TakeawayText, paragraphs[body - 1].InnerText);
            Assert.Equal(BriefingDocx.TakeawayStyle, StyleOf(paragraphs[body - 1]));
            Assert.Equal($"Source: Innovation Evidence Review, key finding {finding.Order}", paragraphs[body + 2].InnerText);
        }
        var takeawayStyle = doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId == BriefingDocx.TakeawayStyle);
        Assert.NotNull(takeawayStyle.StyleParagraphProperties!.Shading);
        Assert.NotNull(takeawayStyle.StyleParagraphProperties!.ParagraphBorders);
    }

    [Fact]
    public async Task Names_who_prepared_it()
    {
        var briefing = await BriefingSamples.Composer(_store).ComposeAsync(BriefingRequest.FromQuery(
            "digital-connectivity-for-clusters", null, "For the board.", "Jo Bloggs, Policy Team"));
        using var doc = Open(BriefingDocx.Write(briefing, BriefingSamples.BriefingUrl));
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();

        Assert.Contains(texts, t => t.StartsWith("Made by Jo Bloggs, Policy Team on 27 November 2026 from: Test Fixture Review of Transport and Connectivity", StringComparison.Ordinal));
        Assert.Contains("The note of this briefing was written by Jo Bloggs, Policy Team, not by the authors of the reviews.", texts);
        // The second review's own licence, with its address written out on paper.
        Assert.Contains(texts, t => t.EndsWith("licence (CC BY 4.0, https://creativecommons.org/licenses/by/4.0/). You may share and adapt it for any purpose if you credit the source.", StringComparison.Ordinal));
    }

    [Fact]
    public void Carries_the_note_prepared_line_citation_and_licence_notice()
    {
        using var doc = Open(_bytes);
        var texts = Paragraphs(doc).Select(p => p.InnerText).ToList();

        Assert.Contains("For the board.Second line.", texts); // a w:br between the lines
        Assert.Contains("Made on 27 November 2026 from: Innovation Evidence Review (Dr Chloe Billing, Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024). Downloaded on 27 November 2026.", texts);
        Assert.Contains(BriefingSamples.CitationPlainText, texts);
        Assert.Contains(
            "Reproduced from Innovation Evidence Review by Dr Chloe Billing (Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024) under the Creative Commons Attribution-NonCommercial licence (CC BY-NC, https://creativecommons.org/licenses/by-nc/4.0/). You may share and adapt it for non-commercial purposes if you credit the source.",
            texts);
        Assert.Equal("This briefing: " + BriefingSamples.BriefingUrl, texts[^1]);

        var citation = Paragraphs(doc).Single(p => p.InnerText == BriefingSamples.CitationPlainText);
        var italic = Assert.Single(citation.Descendants<Run>(), r => r.RunProperties?.Italic is not null);
        Assert.Equal("Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)", italic.InnerText);
    }

    [Fact]
    public void Links_the_source_licence_and_briefing_with_real_hyperlinks()
    {
        using var doc = Open(_bytes);
        var main = doc.MainDocumentPart!;
        var targets = main.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        var links = main.Document!.Body!.Descendants<Hyperlink>().Select(h => (Target: targets[h.Id!.Value!], Text: h.InnerText)).ToList();

        Assert.Contains((BriefingSamples.BriefingUrl, BriefingSamples.BriefingUrl), links);
        Assert.Contains((BriefingSamples.SourceUrl, BriefingSamples.SourceUrl), links);
        Assert.Contains(("https://creativecommons.org/licenses/by-nc/4.0/", "https://creativecommons.org/licenses/by-nc/4.0/"), links);
        Assert.NotEmpty(main.HyperlinkRelationships);
        Assert.All(main.HyperlinkRelationships, r => Assert.True(r.IsExternal));
    }

    [Fact]
    public void Page_is_A4_with_2_cm_margins()
    {
        using var doc = Open(_bytes);
        var section = doc.MainDocumentPart!.Document!.Body!.Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal(11906U, size.Width!.Value);
        Assert.Equal(16838U, size.Height!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal(1134, margin.Top!.Value);
        Assert.Equal(1134, margin.Bottom!.Value);
        Assert.Equal(1134U, margin.Left!.Value);
        Assert.Equal(1134U, margin.Right!.Value);
    }

    [Fact]
    public void Names_its_title_and_creator_in_the_document_properties()
    {
        using var doc = Open(_bytes);

        Assert.Equal("Clusters & place", doc.PackageProperties.Title);
        Assert.Equal("LPIP Evidence", doc.PackageProperties.Creator);
    }

    [Fact]
    public void Hostile_or_odd_text_still_gives_a_valid_document_with_no_link_but_the_known_ones()
    {
        var briefing = new Briefing
        {
            Title = "[x](javascript:alert(1)) <script>\u0001",
            Note = "<w:p>]]> & \uFFFF \U0001F600",
            Date = new DateOnly(2026, 11, 27),
            Findings = [BriefingSamples.Finding(title: "A <b>bold</b> & \"quoted\" finding")],
            Sources = [BriefingSamples.Review(citation: "Example, A 2025, *Sample*. [bad](javascript:alert(1)) <https://example.org/sample>")],
        };

        var bytes = BriefingDocx.Write(briefing, "javascript:alert(1)");

        using var doc = Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        var paragraphs = Paragraphs(doc);
        Assert.Equal("[x](javascript:alert(1)) <script>", paragraphs[0].InnerText);
        Assert.Equal("<w:p>]]> &  \U0001F600", paragraphs[1].InnerText);
        Assert.Equal("1. A <b>bold</b> & \"quoted\" finding", Assert.Single(paragraphs, p => StyleOf(p) == "Heading2" && p.InnerText.StartsWith('1')).InnerText);
        Assert.DoesNotContain(doc.MainDocumentPart!.HyperlinkRelationships, r => r.Uri.OriginalString.Contains("javascript", StringComparison.Ordinal));
        Assert.Equal("This briefing: javascript:alert(1)", paragraphs[^1].InnerText);
    }

    [Fact]
    public void An_empty_briefing_is_a_valid_document()
    {
        var bytes = BriefingDocx.Write(new Briefing { Date = new DateOnly(2026, 11, 27), Findings = [], Sources = [] }, "https://example.org/briefing");

        using var doc = Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(doc));
        Assert.Equal(
            ["Evidence briefing", "Made on 27 November 2026. Downloaded on 27 November 2026.", "No findings were selected for this briefing.", "This briefing: https://example.org/briefing"],
            Paragraphs(doc).Select(p => p.InnerText));
    }
}
