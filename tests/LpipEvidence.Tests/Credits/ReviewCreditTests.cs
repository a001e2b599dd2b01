using LpipEvidence.Catalog;
using LpipEvidence.Credits;
using LpipEvidence.Tests.Briefings;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Credits;

/// <summary>
/// The one source of credit and licence wording, over both fixture reviews: the Innovation Evidence Review (CC BY-NC,
/// University of Birmingham) and the made-up second review (CC BY 4.0, another publisher, two authors).
/// </summary>
public sealed class ReviewCreditTests(FixtureStore fixtures) : IClassFixture<FixtureStore>
{
    private const string Innovation = "innovation";
    private const string Transport = "test-only-transport";

    [Fact]
    public async Task The_licence_of_each_review_is_stated_as_it_is_with_what_it_allows()
    {
        var innovation = await fixtures.ReviewAsync(Innovation);
        var transport = await fixtures.ReviewAsync(Transport);

        Assert.Equal(
            "Reproduced under the Creative Commons Attribution-NonCommercial licence (CC BY-NC). You may share and adapt it for non-commercial purposes if you credit the source.",
            Text(ReviewCredit.Licence(innovation)));
        Assert.Equal(
            "Reproduced under the Creative Commons Attribution 4.0 International licence (CC BY 4.0). You may share and adapt it for any purpose if you credit the source.",
            Text(ReviewCredit.Licence(transport)));
        var link = Assert.Single(ReviewCredit.Licence(transport), s => s.Kind == SegmentKind.LicenceLink);
        Assert.Equal(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"), (link.Text, link.Url));
    }

    [Fact]
    public async Task The_source_names_each_reviews_own_authors_and_publisher_and_links_its_title_to_its_page()
    {
        var transport = await fixtures.ReviewAsync(Transport);

        var source = ReviewCredit.Source(transport);

        Assert.Equal(
            "Test Fixture Review of Transport and Connectivity by Professor Alex Example and Sam Sample, Test Fixtures Press, Example University, March 2025.",
            Text(source));
        Assert.Equal(new TextSegment("Test Fixture Review of Transport and Connectivity", SegmentKind.Italic, "/reviews/test-only-transport"), source[0]);
        Assert.Equal("Professor Alex Example and Sam Sample, Test Fixtures Press, Example University, March 2025", ReviewCredit.Credit(transport));
    }

    [Fact]
    public async Task The_source_names_a_review_by_its_title_alone_never_joined_to_its_subtitle()
    {
        var innovation = await fixtures.ReviewAsync(Innovation);
        Assert.False(string.IsNullOrEmpty(innovation.Subtitle));

        var source = Text(ReviewCredit.Source(innovation));

        Assert.StartsWith(innovation.Title + " by Dr Chloe Billing, ", source, StringComparison.Ordinal);
        Assert.DoesNotContain(innovation.Subtitle!, source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_original_is_said_to_be_on_the_site_it_is_on_not_always_the_University_of_Birmingham()
    {
        Assert.Equal("Innovation Evidence Review on birmingham.ac.uk", ReviewCredit.OriginalLinkText(await fixtures.ReviewAsync(Innovation)));
        Assert.Equal("Test Fixture Review of Transport and Connectivity on example.org", ReviewCredit.OriginalLinkText(await fixtures.ReviewAsync(Transport)));
    }

    [Fact]
    public async Task A_briefing_names_the_work_it_reproduces()
    {
        var innovation = await fixtures.ReviewAsync(Innovation);

        Assert.Equal(
            "Reproduced from Innovation Evidence Review by Dr Chloe Billing (Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024) "
            + "under the Creative Commons Attribution-NonCommercial licence (CC BY-NC). You may share and adapt it for non-commercial purposes if you credit the source.",
            Text(ReviewCredit.Reproduction(innovation)));
    }

    [Fact]
    public async Task On_paper_the_licence_code_is_followed_by_the_licence_address()
    {
        var innovation = await fixtures.ReviewAsync(Innovation);

        var paper = TextSegment.ForPaper(ReviewCredit.Licence(innovation)).ToList();

        Assert.Contains("licence (CC BY-NC, https://creativecommons.org/licenses/by-nc/4.0/). You may", Text(paper), StringComparison.Ordinal);
        Assert.DoesNotContain(paper, s => s.Kind == SegmentKind.LicenceLink);
        Assert.Equal(SegmentKind.Link, Assert.Single(paper, s => s.Url is not null && s.Kind != SegmentKind.Italic).Kind);
    }

    [Theory]
    [InlineData("CC BY-NC 4.0", "Creative Commons Attribution-NonCommercial 4.0", "You may share and adapt it for non-commercial purposes if you credit the source.")]
    [InlineData("CC BY 4.0", "Creative Commons Attribution 4.0 International", "You may share and adapt it for any purpose if you credit the source.")]
    [InlineData("CC BY-SA 4.0", "Creative Commons Attribution-ShareAlike 4.0", "You may share and adapt it for any purpose if you credit the source and share what you adapt under the same licence.")]
    [InlineData("CC BY-NC-SA 4.0", "Creative Commons Attribution-NonCommercial-ShareAlike", "You may share and adapt it for non-commercial purposes if you credit the source and share what you adapt under the same licence.")]
    [InlineData("CC BY-ND 4.0", "Creative Commons Attribution-NoDerivatives", "You may share it unchanged, for any purpose, if you credit the source.")]
    [InlineData("CC BY-NC-ND 4.0", "Creative Commons Attribution-NonCommercial-NoDerivatives", "You may share it unchanged for non-commercial purposes if you credit the source.")]
    [InlineData("OGL-UK-3.0", "Open Government Licence v3.0", "You may copy, adapt and use it for any purpose if you credit the source.")]
    [InlineData("CC0 1.0", "Creative Commons Zero", "It is in the public domain; crediting the source is still good practice.")]
    [InlineData("", "All rights reserved", "Check the licence before you reuse it.")]
    public void What_a_licence_allows_follows_its_terms(string code, string name, string expected)
    {
        var review = BriefingSamples.Review() with { LicenceCode = code, LicenceName = name };

        Assert.Equal(expected, ReviewCredit.Permission(review));
    }

    [Fact]
    public void A_licence_without_code_or_address_is_named_in_plain_words()
    {
        var review = BriefingSamples.Review() with { LicenceCode = "", LicenceName = "Example Hub Licence", LicenceUrl = null };

        var licence = ReviewCredit.Licence(review);

        Assert.Equal("Reproduced under the Example Hub Licence. Check the licence before you reuse it.", Text(licence));
        Assert.All(licence, s => Assert.Equal(SegmentKind.Plain, s.Kind));
        Assert.Equal("Example Hub Licence", ReviewCredit.LicenceLabel(review));
    }

    private static string Text(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Text));
}
