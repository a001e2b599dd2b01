using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using LpipEvidence.Catalog;
using LpipEvidence.Credits;
using LpipEvidence.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LpipEvidence.Web.Tests.Http;

/// <summary>
/// Credit and licence wording comes from one place, <see cref="ReviewCredit"/>: every page, the print footer, the
/// briefing page and both exports say exactly what it says, for each review. The fixtures' second review (CC BY 4.0,
/// another publisher, two authors) proves nothing is hard-coded for the first (CC BY-NC, University of Birmingham).
/// </summary>
public sealed partial class CreditWordingTests(EvidenceAppFactory app) : IClassFixture<EvidenceAppFactory>
{
    public static TheoryData<string, string> Reviews { get; } = new()
    {
        { "innovation", "place-based-approaches-and-cluster-development" },
        { "test-only-transport", "digital-connectivity-for-clusters" },
    };

    [Theory]
    [MemberData(nameof(Reviews))]
    public async Task FindingPage_OnScreenAndInItsPrintFooter_StatesTheLicenceAsTheWordingSourceDoes(string reviewSlug, string findingSlug)
    {
        var review = await ReviewAsync(reviewSlug);
        var (_, page) = await app.GetPageAsync("/findings/" + findingSlug);

        Assert.Equal(Text(ReviewCredit.Licence(review)), Normal(page.QuerySelector(".citation__licence")?.TextContent));
        Assert.Contains("Licence: " + Text(ReviewCredit.Licence(review)), FooterLines(page));
    }

    [Theory]
    [MemberData(nameof(Reviews))]
    public async Task ReviewPage_NamesItsLicenceWhatItAllowsAndWhereTheOriginalIs(string reviewSlug, string _)
    {
        var review = await ReviewAsync(reviewSlug);
        var (_, page) = await app.GetPageAsync("/reviews/" + reviewSlug);
        var details = Normal(page.QuerySelector(".review-meta")?.TextContent);

        Assert.Contains(ReviewCredit.LicenceLabel(review), details, StringComparison.Ordinal);
        Assert.Contains(ReviewCredit.Permission(review), details, StringComparison.Ordinal);
        Assert.Equal(ReviewCredit.OriginalLinkText(review), page.QuerySelector($".review-meta a[href='{review.SourceUrl}']")?.TextContent);
        Assert.Contains("Licence: " + Text(ReviewCredit.Licence(review)), FooterLines(page));
    }

    [Fact]
    public async Task ThemePage_CarriedByBothReviews_CreditsEachInItsOwnWords()
    {
        var (_, page) = await app.GetPageAsync("/themes/evaluation-and-benchmarking");
        var notes = page.QuerySelectorAll("aside.attribution").Select(a => Normal(a.TextContent)).ToList();

        Assert.Equal(2, notes.Count);
        foreach (var (slug, _) in Pairs())
        {
            var review = await ReviewAsync(slug);
            Assert.Contains("Source: " + Text(ReviewCredit.Source(review)) + " " + Text(ReviewCredit.Licence(review)), notes);
        }
    }

    [Fact]
    public async Task BriefingPageAndExports_OfBothReviews_ReproduceEachUnderItsOwnLicence()
    {
        const string Query = "f=digital-connectivity-for-clusters,place-based-approaches-and-cluster-development&by=Jo%20Bloggs";
        var (_, page) = await app.GetPageAsync("/briefing?" + Query);
        var client = app.CreateClient();
        var markdown = await client.GetStringAsync("/briefing/md?" + Query);
        using var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync("/briefing/docx?" + Query)), false);
        var paragraphs = docx.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();

        var onPage = page.QuerySelectorAll(".briefing__licence p").Select(p => Normal(p.TextContent)).ToList();
        foreach (var (slug, _) in Pairs())
        {
            var review = await ReviewAsync(slug);
            var reproduction = ReviewCredit.Reproduction(review);
            Assert.Contains(Text(reproduction), onPage);
            // Paper and documents write the licence's address after its code.
            var paper = Text(TextSegment.ForPaper(reproduction));
            Assert.Contains(paper, paragraphs);
            Assert.Contains(paper, MarkdownText().Replace(markdown, ""), StringComparison.Ordinal);
        }
        Assert.Contains("Made by Jo Bloggs on", Normal(page.QuerySelector(".briefing__prepared")?.TextContent), StringComparison.Ordinal);
        Assert.Contains(paragraphs, p => p.StartsWith("Made by Jo Bloggs on", StringComparison.Ordinal));
        Assert.Contains("Made by Jo Bloggs on", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPage_SaysTheSecondReviewIsNonCommercialOrFromBirmingham()
    {
        foreach (var url in new[] { "/findings/digital-connectivity-for-clusters", "/reviews/test-only-transport", "/briefing?f=digital-connectivity-for-clusters" })
        {
            var (_, page) = await app.GetPageAsync(url);
            var main = page.QuerySelector("main")!.TextContent;
            Assert.DoesNotContain("commercial", main.Replace("for any purpose", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("University of Birmingham", main, StringComparison.Ordinal);
        }
    }

    private static IEnumerable<(string Review, string Finding)> Pairs() =>
        Reviews.Select(row => ((string)row[0], (string)row[1]));

    private async Task<ReviewSummary> ReviewAsync(string slug)
    {
        using var scope = app.Services.CreateScope();
        var detail = await scope.ServiceProvider.GetRequiredService<EvidenceCatalog>().GetReviewAsync(slug);
        return detail!.Review;
    }

    private static List<string> FooterLines(IHtmlDocument page) =>
        page.QuerySelectorAll(".print-footer p").Select(p => Normal(p.TextContent)).ToList();

    private static string Text(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Text));

    private static string Normal(string? text) => Spaces().Replace(text ?? "", " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    /// <summary>Markdown's italics and autolink brackets, so the words can be compared.</summary>
    [GeneratedRegex(@"[*<>]")]
    private static partial Regex MarkdownText();
}
