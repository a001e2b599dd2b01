using LpipEvidence.Content;
using LpipEvidence.Drafting;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Drafting;

/// <summary>
/// Reading the Innovation review's PDF as tests/Fixtures/pdf/make-pdfs.py prints it from the published text: a cover page
/// with the citation's address broken across lines, running headers and footers, a two-column introduction, and the
/// second finding's takeaway box split across two pages.
/// </summary>
public sealed class ReviewPdfTests
{
    private static readonly Lazy<ReviewDraft> Draft = new(() => ReviewPdf.Read(RepositoryPaths.FixturePdf("innovation-evidence-review.pdf")));
    private static readonly Lazy<ReviewContent> Expected = new(() =>
        ContentReader.Read(RepositoryPaths.FixtureContent).Content!.Reviews.Single(r => r.Slug == "innovation"));

    [Fact]
    public void Read_CoverPage_GivesTitleAuthorLicenceCitationAndSource()
    {
        var draft = Draft.Value;
        var expected = Expected.Value;

        Assert.Equal(expected.Title, draft.Title);
        Assert.Equal(expected.Authors, draft.Authors);
        Assert.Equal(expected.Licence, draft.Licence);
        Assert.Equal(expected.Citation, draft.Citation);
        Assert.Equal(expected.SourceUrl, draft.SourceUrl);
    }

    [Fact]
    public void Read_CitationAddressBrokenAcrossLines_IsRejoinedWithoutASpace()
    {
        Assert.Equal("https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review", Draft.Value.SourceUrl);
        Assert.EndsWith("<<https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>>", Draft.Value.Citation, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BriefingDateLine_GivesThemeSubtitleAndMonth()
    {
        var draft = Draft.Value;

        Assert.Equal("Innovation", draft.ProgrammeTheme);
        Assert.Equal(Expected.Value.Subtitle, draft.Subtitle);
        Assert.Equal(new PublicationMonth(2024, 10), draft.Published);
        Assert.Equal("Local Policy Innovation Partnerships Hub", draft.Publisher);
    }

    [Fact]
    public void Read_TwoColumnIntroduction_ReadsLeftColumnThenRightWordForWord()
    {
        // The left column ends "key themes and", the right begins "strands of research"; a ligature, a compound broken
        // after its hyphen ("state-of-the-" / "art'") and the quotes as printed are all given back as typed.
        Assert.Equal(Expected.Value.Introduction.Markdown.Trim(), Draft.Value.Introduction);
    }

    [Fact]
    public void Read_Findings_GiveTitleTextAndTakeawayWordForWord()
    {
        var expected = Expected.Value.Findings;
        var drafted = Draft.Value.Findings;

        Assert.Equal(expected.Count, drafted.Count);
        Assert.All(expected.Zip(drafted), pair =>
        {
            Assert.Equal(pair.First.Order, pair.Second.Order);
            Assert.Equal(pair.First.Title, pair.Second.Title);
            Assert.Equal(pair.First.Body.Markdown.Trim(), pair.Second.Text);
            Assert.Equal(pair.First.Takeaway.Markdown.Trim(), pair.Second.Takeaway);
        });
    }

    [Fact]
    public void Read_TakeawaySplitAcrossPages_IsOneParagraph()
    {
        Assert.Equal("Decentralising some national funding and policy controls to relevant scales can enhance local innovation and focus research on community-specific challenges, but careful consideration is needed to determine the appropriate geographical scale for different types of policies.",
            Draft.Value.Findings[1].Takeaway);
    }

    [Fact]
    public void Read_RunningHeadersFootersAndPageNumbers_AreLeftOut()
    {
        var all = string.Join("\n", Draft.Value.Findings.SelectMany(f => new[] { f.Title, f.Text, f.Takeaway }).Append(Draft.Value.Introduction));

        Assert.DoesNotContain("LPIP Hub | Evidence Review", all, StringComparison.Ordinal);
        Assert.DoesNotContain("www.lpiphub.bham.ac.uk", all, StringComparison.Ordinal);
        Assert.DoesNotContain(" 2 ", all, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CompoundBrokenAtALineEnd_KeepsItsHyphen()
    {
        Assert.Contains("decision-making power", Draft.Value.Findings[1].Text, StringComparison.Ordinal);
        Assert.Contains("'state-of-the-art'", Draft.Value.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_PublisherAndLicenceVersion_AreListedForTheEditorToCheck()
    {
        Assert.Contains(Draft.Value.Checks, c => c.StartsWith("publisher: 'Local Policy Innovation Partnerships Hub'", StringComparison.Ordinal));
        Assert.Contains(Draft.Value.Checks, c => c.StartsWith("licence: the PDF gives no version of CC BY-NC", StringComparison.Ordinal));
    }
}
