using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Content;

/// <summary>
/// The content fixtures every other test reads (tests/Fixtures/content): the frozen Innovation Evidence Review, word
/// for word as published, and the made-up second review, with the properties tests rely on.
/// </summary>
public sealed class FixtureContentTests
{
    private const string InnovationSlug = "innovation";
    private const string TransportSlug = "test-only-transport";

    private static readonly ContentReadResult Result = ContentReader.Read(RepositoryPaths.FixtureContent);

    private static ContentSet Content => Result.Content ?? throw new InvalidOperationException(string.Join("\n", Result.Errors));

    private static ReviewContent Innovation => Content.Reviews.Single(r => r.Slug == InnovationSlug);

    private static ReviewContent Transport => Content.Reviews.Single(r => r.Slug == TransportSlug);

    [Fact]
    public void Fixtures_AreValid()
    {
        Assert.Empty(Result.Errors.Select(e => e.ToString()));
        Assert.True(Result.IsValid);
    }

    [Fact]
    public void Fixtures_HoldTheInnovationReviewWithFiveFindingsAndTheTestOnlyReviewWithThree()
    {
        Assert.Equal([InnovationSlug, TransportSlug], Content.Reviews.Select(r => r.Slug));
        Assert.Equal([1, 2, 3, 4, 5], Innovation.Findings.Select(f => f.Order));
        Assert.Equal([1, 2, 3], Transport.Findings.Select(f => f.Order));
        Assert.All(Content.Findings, f => Assert.False(string.IsNullOrWhiteSpace(f.Takeaway.PlainText)));
    }

    [Fact]
    public void Fixtures_AreWhatFixtureFactsSays()
    {
        Assert.Equal(
            FixtureFacts.Reviews.Select(r => (r.Slug, r.Title, r.Subtitle)),
            Content.Reviews.Select(r => (r.Slug, r.Title, r.Subtitle ?? "")));
        Assert.All(FixtureFacts.Reviews, r => Assert.Contains($"*{r.CitedTitle}*", Content.Reviews.Single(c => c.Slug == r.Slug).Citation, StringComparison.Ordinal));
        Assert.Equal(
            FixtureFacts.Themes.Select(t => (t.Slug, t.Title)).Order(),
            Content.Themes.Select(t => (t.Slug, t.Title)).Order());
        Assert.Equal(
            FixtureFacts.Findings.Select(f => $"{f.Slug} {f.Review} {f.Order} {string.Join(',', f.Themes)}"),
            Content.Findings.Select(f => $"{f.Slug} {f.ReviewSlug} {f.Order} {string.Join(',', f.Themes)}"));
    }

    [Fact]
    public void Findings_HaveKebabCaseSlugsOfTheirTitles()
    {
        Assert.Equal(
            [
                "importance-of-innovation-and-technology-policies",
                "empowering-local-leaders-and-research-funding",
                "collaboration-partnerships-and-skills-development",
                "place-based-approaches-and-cluster-development",
                "evidence-based-and-experimental-policies",
                "bus-networks-and-regional-labour-markets",
                "digital-connectivity-for-clusters",
                "evaluating-transport-investment",
            ],
            Content.Findings.Select(f => f.Slug));
    }

    [Fact]
    public void InnovationReview_CarriesThePublishedMetadata()
    {
        var review = Innovation;
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
    public void SecondReview_IsMarkedMadeUp_ByTwoAuthors_FromAnotherPublisher_UnderAnotherLicence_AndNewer()
    {
        var review = Transport;
        Assert.Equal("Test Fixture Review of Transport and Connectivity", review.Title);
        Assert.Contains("Made up for automated tests", review.Subtitle, StringComparison.Ordinal);
        Assert.StartsWith("This review is a fixture written for the LpipEvidence tests.", review.Introduction.PlainText, StringComparison.Ordinal);
        Assert.Equal(["Professor Alex Example", "Sam Sample"], review.Authors.Select(a => a.DisplayName));
        Assert.Equal("Test Fixtures Press, Example University", review.Publisher);
        Assert.NotEqual(Innovation.Publisher, review.Publisher);
        Assert.Equal(new Licence("Creative Commons Attribution 4.0 International", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), review.Licence);
        Assert.NotEqual(Innovation.Licence.Code, review.Licence.Code);
        Assert.DoesNotContain("NC", review.Licence.Code, StringComparison.Ordinal);
        Assert.Equal("March 2025", review.Published.ToString());
        Assert.True((review.Published.Year, review.Published.Month).CompareTo((Innovation.Published.Year, Innovation.Published.Month)) > 0,
            "pages list reviews newest first: tests expect the second review to come first");
        Assert.Equal("Transport", review.ProgrammeTheme);
        Assert.Equal("https://example.org/test-fixtures/transport-review", review.SourceUrl);
    }

    [Fact]
    public void Themes_AreTheEightOfTheInnovationReviewThenTheTestOnlyOne_EachCarryingAFinding()
    {
        Assert.Equal(
            [
                "clusters-and-place-based-policy",
                "devolution-and-local-leadership",
                "research-and-development-funding",
                "partnerships-and-collaboration",
                "skills-and-talent",
                "innovation-ecosystems",
                "technology-push-and-demand-pull",
                "evaluation-and-benchmarking",
                "transport-and-connectivity",
            ],
            Content.Themes.Select(t => t.Slug));
        var used = Content.Findings.SelectMany(f => f.Themes).ToHashSet();
        Assert.All(Content.Themes, t => Assert.Contains(t.Slug, used));
        Assert.All(Content.Findings, f => Assert.InRange(f.Themes.Count, 1, 3));
    }

    [Fact]
    public void SecondReview_SharesThemesWithTheFirst_AndAloneCarriesTheTestOnlyTheme()
    {
        var innovationThemes = Innovation.Findings.SelectMany(f => f.Themes).ToHashSet();
        var transportThemes = Transport.Findings.SelectMany(f => f.Themes).ToHashSet();

        Assert.Equal(
            ["clusters-and-place-based-policy", "evaluation-and-benchmarking", "skills-and-talent"],
            transportThemes.Intersect(innovationThemes).Order(StringComparer.Ordinal));
        Assert.Contains("transport-and-connectivity", transportThemes);
        Assert.DoesNotContain("transport-and-connectivity", innovationThemes);
    }

    [Fact]
    public void InnovationFindings_ReproduceTheReviewWordForWord()
    {
        // The seed is the review's text as extracted from its PDF; the one PDF line break inside takeaway 2 is mended.
        var seed = File.ReadAllText(RepositoryPaths.Fixture("innovation-evidence-review.txt"))
            .Replace("focus research on\n\ncommunity-specific", "focus research on community-specific", StringComparison.Ordinal);
        Assert.Equal(5, Innovation.Findings.Count);
        foreach (var finding in Innovation.Findings)
        {
            Assert.Contains("Key Finding: " + finding.Title + "\n", seed, StringComparison.Ordinal);
            Assert.Contains("\n" + finding.Body.PlainText + "\n", seed, StringComparison.Ordinal);
            Assert.Contains("\n" + finding.Takeaway.PlainText, seed, StringComparison.Ordinal);
        }
        Assert.Contains(Innovation.Introduction.PlainText, seed, StringComparison.Ordinal);
    }

    [Fact]
    public void MadeUpFindings_SayTheyAreMadeUp()
    {
        Assert.Equal(3, Transport.Findings.Count);
        Assert.All(Transport.Findings, f =>
        {
            Assert.StartsWith("Made-up fixture text:", f.Body.PlainText, StringComparison.Ordinal);
            Assert.StartsWith("Made-up fixture takeaway:", f.Takeaway.PlainText, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Fixtures_HashIsStableAcrossReads()
    {
        Assert.Equal(Content.Hash, ContentReader.Read(RepositoryPaths.FixtureContent).Hash);
        Assert.Equal(64, Content.Hash.Length);
    }

    [Fact]
    public void InnovationCitation_RendersWithItalicTitleAndTheUrlInAngleBrackets()
    {
        var citation = Innovation.Citation;
        Assert.Equal(
            "Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP). The Local Policy Innovation Partnership Hub. <https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>",
            MarkdownRenderer.Default.ToPlainText(citation));
        Assert.Equal(
            "Billing, C 2024, <em>Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)</em>. The Local Policy Innovation Partnership Hub. &lt;<a href=\"https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review\">https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review</a>&gt;",
            MarkdownRenderer.Default.RenderInline(citation));
    }

    [Fact]
    public void Synonyms_IncludeTheUkPolicyAcronyms()
    {
        var entries = Content.Synonyms.SelectMany(g => g).ToList();
        Assert.Contains("R&D", entries);
        Assert.Contains("SME", entries);
        Assert.Contains("STEM", entries);
        Assert.Contains("LPIP", entries);
        Assert.Contains(Content.Synonyms, g => g.Contains("R&D") && g.Contains("research and development"));
    }
}
