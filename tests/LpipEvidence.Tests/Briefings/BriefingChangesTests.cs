using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Tests.Support;
using Markdig;

namespace LpipEvidence.Tests.Briefings;

/// <summary>
/// Briefings that notice change: the day a briefing was made rides in its address (<c>made=</c>), and each finding
/// changed on or after that day is flagged with its change notes, in the briefing and in its exports. Over the
/// fixture, whose "Digital Connectivity for Clusters" has notes of 10 May and 1 June 2025; today is 27 November 2026.
/// </summary>
public sealed class BriefingChangesTests(FixtureStore fixture) : IClassFixture<FixtureStore>
{
    private const string Connectivity = "digital-connectivity-for-clusters";
    private const string Evaluating = "evaluating-transport-investment";
    private const string Both = Connectivity + "," + Evaluating;

    private Task<Briefing> Compose(string f, string? made) =>
        BriefingSamples.Composer(fixture.Store).ComposeAsync(BriefingRequest.FromQuery(f, null, null, made: made));

    [Fact]
    public async Task A_briefing_made_before_a_change_flags_that_finding_with_its_notes_newest_first()
    {
        var briefing = await Compose(Both, "2025-05-01");

        Assert.Equal(new DateOnly(2025, 5, 1), briefing.Made);
        Assert.Equal(1, briefing.ChangedCount);
        Assert.Equal([new DateOnly(2025, 6, 1), new DateOnly(2025, 5, 10)], briefing.ChangesOf(Connectivity).Select(c => c.Date));
        Assert.Empty(briefing.ChangesOf(Evaluating));
        Assert.Equal(
            "Since it was made, 1 of its 2 findings has changed: it is marked below with what changed.",
            BriefingWording.MadeLine(briefing));
        // One pair of dates: made on (from the address), printed or downloaded on (today).
        Assert.Equal("Made on 1 May 2025", BriefingWording.PreparedLine(briefing)[0].Text);
        Assert.Equal("Printed on 27 November 2026.", BriefingWording.OutputLine(BriefingOutput.Printed, briefing));
        Assert.Equal("Downloaded on 27 November 2026.", BriefingWording.OutputLine(BriefingOutput.Downloaded, briefing));
    }

    [Fact]
    public async Task A_note_dated_the_day_the_briefing_was_made_counts_as_a_change_since()
    {
        var briefing = await Compose(Connectivity, "2025-06-01");

        var change = Assert.Single(briefing.ChangesOf(Connectivity));
        Assert.Equal(new DateOnly(2025, 6, 1), change.Date);
        Assert.Equal("Made-up fixture change, added the last clause of the takeaway.", change.Note);
        Assert.Equal("Since it was made, its finding has changed: it is marked below with what changed.", BriefingWording.MadeLine(briefing));
    }

    [Fact]
    public async Task A_briefing_made_after_every_change_flags_nothing_and_says_so()
    {
        var briefing = await Compose(Both, "2025-06-02");

        Assert.Equal(0, briefing.ChangedCount);
        Assert.Empty(briefing.ChangesSinceMade);
        Assert.Equal("None of its findings has changed since it was made.", BriefingWording.MadeLine(briefing));
    }

    [Fact]
    public async Task An_address_without_a_date_flags_nothing_and_its_canonical_address_records_today()
    {
        var briefing = await Compose(Both, null);

        Assert.Null(briefing.Made);
        Assert.Null(briefing.IgnoredMade);
        Assert.Empty(briefing.ChangesSinceMade);
        Assert.Null(BriefingWording.MadeLine(briefing));
        Assert.Equal("/briefing?f=" + Both + "&made=2026-11-27", briefing.RelativeUrl);
    }

    [Fact]
    public async Task The_canonical_address_keeps_the_day_it_was_made()
    {
        var briefing = await Compose(Both, "2025-05-01");

        Assert.Equal("/briefing?f=" + Both + "&made=2025-05-01", briefing.RelativeUrl);
        Assert.Equal("/briefing?f=" + Both + "&made=2026-11-27", (briefing with { Made = briefing.Date }).RelativeUrl);
    }

    [Fact]
    public async Task An_empty_briefing_records_no_date()
    {
        var briefing = await Compose("no-such-finding", "2025-05-01");

        Assert.True(briefing.IsEmpty);
        Assert.Equal("/briefing", briefing.RelativeUrl);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2025-13-01")]
    [InlineData("2025-02-30")]
    [InlineData("2025-5-1")]
    [InlineData("01/05/2025")]
    [InlineData("2025-05-01T00:00:00")]
    [InlineData(" 2025-05-01")]
    [InlineData("2023-12-31")]
    [InlineData("2026-11-28")]
    [InlineData("9999-12-31")]
    [InlineData("0001-01-01")]
    [InlineData("2025-05-01,2025-06-01")]
    public async Task A_date_that_cannot_be_used_is_ignored_and_reported_without_flags(string made)
    {
        var briefing = await Compose(Both, made);

        Assert.Null(briefing.Made);
        Assert.Equal(made.Trim(), briefing.IgnoredMade);
        Assert.Empty(briefing.ChangesSinceMade);
        Assert.Equal(2, briefing.Findings.Count);
        Assert.EndsWith("&made=2026-11-27", briefing.RelativeUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_long_or_hostile_date_is_cut_and_cleaned_before_it_is_repeated()
    {
        var briefing = await Compose(Both, "<script>\u202E" + new string('9', 500));

        Assert.Null(briefing.Made);
        Assert.NotNull(briefing.IgnoredMade);
        Assert.True(briefing.IgnoredMade.Length <= 40);
        Assert.DoesNotContain("\u202E", briefing.IgnoredMade, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_export_says_when_it_was_made_and_quotes_the_changes_under_the_finding()
    {
        var briefing = await Compose(Both, "2025-05-01");

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        var made = md.IndexOf("Since it was made, 1 of its 2 findings has changed", StringComparison.Ordinal);
        var heading = md.IndexOf("## 1. Digital Connectivity for Clusters\n\n", StringComparison.Ordinal);
        var notice = md.IndexOf(
            "> **Changed since this briefing was made on 1 May 2025**\n>\n"
            + "> - 1 June 2025: Made-up fixture change, added the last clause of the takeaway.\n"
            + "> - 10 May 2025: Made-up fixture change, clarified that coverage means broadband and mobile.\n\n", StringComparison.Ordinal);
        var second = md.IndexOf("## 2. Evaluating Transport Investment", StringComparison.Ordinal);
        Assert.True(made >= 0 && heading > made && notice > heading && second > notice, md);
        Assert.Equal(1, CountOf(md, "Changed since this briefing was made"));
        // The notice renders as a quotation holding a list, not as stray text.
        var html = Markdown.ToHtml(md);
        Assert.Contains("<blockquote>\n<p><strong>Changed since this briefing was made on 1 May 2025</strong></p>\n<ul>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_export_of_a_briefing_without_a_date_has_no_notice()
    {
        var md = BriefingMarkdown.Write(await Compose(Both, null), BriefingSamples.BriefingUrl);

        Assert.DoesNotContain("This briefing was made", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Changed since", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_word_export_says_when_it_was_made_and_sets_the_changes_apart_under_the_finding()
    {
        var briefing = await Compose(Both, "2025-05-01");

        using var document = WordprocessingDocument.Open(new MemoryStream(BriefingDocx.Write(briefing, BriefingSamples.BriefingUrl)), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<Paragraph>()
            .Select(p => (Style: p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, Text: p.InnerText)).ToList();

        var heading = paragraphs.FindIndex(p => p.Text == "1. Digital Connectivity for Clusters");
        Assert.True(heading > 0);
        Assert.Contains(paragraphs.Take(heading), p => p.Text.StartsWith("Since it was made, 1 of its 2 findings has changed", StringComparison.Ordinal));
        Assert.Equal(
            [
                (BriefingDocx.ChangeNoticeStyle, "Changed since this briefing was made on 1 May 2025"),
                (BriefingDocx.ChangeNoticeStyle, "1 June 2025: Made-up fixture change, added the last clause of the takeaway."),
                (BriefingDocx.ChangeNoticeStyle, "10 May 2025: Made-up fixture change, clarified that coverage means broadband and mobile."),
            ],
            paragraphs.Skip(heading + 1).Take(3).Select(p => (p.Style, p.Text)));
        Assert.Equal(3, paragraphs.Count(p => p.Style == BriefingDocx.ChangeNoticeStyle));
        Assert.Contains(document.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>(), s => s.StyleId?.Value == BriefingDocx.ChangeNoticeStyle);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
