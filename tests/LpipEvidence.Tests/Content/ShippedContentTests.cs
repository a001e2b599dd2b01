using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

public sealed class ShippedContentTests
{
    private static readonly ContentReadResult Result = ContentReader.Read(RepositoryPaths.Content);

    private static ContentSet Content => Result.Content ?? throw new InvalidOperationException(string.Join("\n", Result.Errors));

    [Fact]
    public void ShippedContent_IsValid()
    {
        Assert.Empty(Result.Errors.Select(e => e.ToString()));
        Assert.True(Result.IsValid);
    }

    [Fact]
    public void ShippedContent_HasOneReviewWithFiveFindingsEachWithATakeaway()
    {
        var review = Assert.Single(Content.Reviews);
        Assert.Equal("innovation", review.Slug);
        Assert.Equal(5, review.Findings.Count);
        Assert.All(review.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Takeaway.PlainText)));
        Assert.Equal([1, 2, 3, 4, 5], review.Findings.Select(f => f.Order));
    }

    [Fact]
    public void ShippedFindings_HaveKebabCaseSlugsOfTheirTitles()
    {
        Assert.Equal(
            [
                "importance-of-innovation-and-technology-policies",
                "empowering-local-leaders-and-research-funding",
                "collaboration-partnerships-and-skills-development",
                "place-based-approaches-and-cluster-development",
                "evidence-based-and-experimental-policies",
            ],
            Content.Findings.Select(f => f.Slug));
    }

    [Fact]
    public void ShippedReview_CarriesThePublishedMetadata()
    {
        var review = Content.Reviews[0];
        Assert.Equal("Innovation Evidence Review", review.Title);
        Assert.Equal("Innovation Policy Briefing", review.Subtitle);
        Assert.Equal("Dr Chloe Billing", Assert.Single(review.Authors).DisplayName);
        Assert.Equal("Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham", review.Publisher);
        Assert.Equal("October 2024", review.Published.ToString());
        Assert.Equal("CC BY-NC", review.Licence.Code);
        Assert.Equal("Creative Commons Attribution-NonCommercial", review.Licence.Name);
        Assert.Equal("Innovation", review.ProgrammeTheme);
        Assert.Equal("https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review", review.SourceUrl);
        Assert.Equal(
            "Billing, C 2024, *Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)*. The Local Policy Innovation Partnership Hub. <<https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>>",
            review.Citation);
    }

    [Fact]
    public void ShippedThemes_AreBetweenSixAndTenAndEachCarriesAFinding()
    {
        Assert.InRange(Content.Themes.Count, 6, 10);
        var used = Content.Findings.SelectMany(f => f.Themes).ToHashSet();
        Assert.All(Content.Themes, t => Assert.Contains(t.Slug, used));
        Assert.All(Content.Findings, f => Assert.InRange(f.Themes.Count, 1, 3));
        Assert.Contains("clusters-and-place-based-policy", Content.Themes.Select(t => t.Slug));
        Assert.Contains("evaluation-and-benchmarking", Content.Themes.Select(t => t.Slug));
    }

    [Fact]
    public void ShippedFindings_ReproduceTheReviewWordForWord()
    {
        // The seed is the review's text as extracted from its PDF; the one PDF line break inside takeaway 2 is mended.
        var seed = File.ReadAllText(RepositoryPaths.Fixture("innovation-evidence-review.txt"))
            .Replace("focus research on\n\ncommunity-specific", "focus research on community-specific", StringComparison.Ordinal);
        foreach (var finding in Content.Findings)
        {
            Assert.Contains("Key Finding: " + finding.Title + "\n", seed, StringComparison.Ordinal);
            Assert.Contains("\n" + finding.Body.PlainText + "\n", seed, StringComparison.Ordinal);
            Assert.Contains("\n" + finding.Takeaway.PlainText, seed, StringComparison.Ordinal);
        }
        Assert.Contains(Content.Reviews[0].Introduction.PlainText, seed, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedContent_HashIsStableAcrossReads()
    {
        Assert.Equal(Content.Hash, ContentReader.Read(RepositoryPaths.Content).Hash);
        Assert.Equal(64, Content.Hash.Length);
    }

    [Fact]
    public void ShippedCitation_RendersWithItalicTitleAndTheUrlInAngleBrackets()
    {
        var citation = Content.Reviews[0].Citation;
        Assert.Equal(
            "Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP). The Local Policy Innovation Partnership Hub. <https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>",
            MarkdownRenderer.Default.ToPlainText(citation));
        Assert.Equal(
            "Billing, C 2024, <em>Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)</em>. The Local Policy Innovation Partnership Hub. &lt;<a href=\"https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review\">https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review</a>&gt;",
            MarkdownRenderer.Default.RenderInline(citation));
    }

    [Fact]
    public void ShippedSynonyms_IncludeTheUkPolicyAcronyms()
    {
        var entries = Content.Synonyms.SelectMany(g => g).ToList();
        Assert.Contains("R&D", entries);
        Assert.Contains("SME", entries);
        Assert.Contains("STEM", entries);
        Assert.Contains("LPIP", entries);
        Assert.Contains(Content.Synonyms, g => g.Contains("R&D") && g.Contains("research and development"));
    }
}
