using System.Text.RegularExpressions;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Briefings;

/// <summary>
/// Citations of the fixtures' two reviews (the frozen Innovation Evidence Review, against its own Harvard citation,
/// and the made-up second review with two authors), loaded through a real store and the catalog.
/// </summary>
public sealed class CitationsTests : IAsyncLifetime
{
    private TempStore _store = null!;
    private ReviewSummary _review = null!;
    private ReviewSummary _transport = null!;

    public async Task InitializeAsync()
    {
        _store = await BriefingSamples.FixtureStoreAsync();
        var reviews = await new EvidenceCatalog(_store.Factory).GetReviewsAsync();
        _review = Assert.Single(reviews, r => r.Slug == "innovation");
        _transport = Assert.Single(reviews, r => r.Slug == "test-only-transport");
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public void Harvard_is_the_reviews_own_citation_as_plain_text()
    {
        Assert.Equal(BriefingSamples.CitationPlainText, Citations.Harvard(_review));
    }

    [Fact]
    public void HarvardHtml_puts_the_title_in_italics_and_links_the_source()
    {
        var html = Citations.HarvardHtml(_review);

        Assert.StartsWith("Billing, C 2024, <em>Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)</em>. ", html, StringComparison.Ordinal);
        Assert.Contains($"&lt;<a href=\"{BriefingSamples.SourceUrl}\">{BriefingSamples.SourceUrl}</a>&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void CitedTitle_is_the_italic_part_of_the_citation()
    {
        Assert.Equal("Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)", Citations.CitedTitle(_review));
    }

    [Fact]
    public void CitedTitle_falls_back_to_the_review_title_when_the_citation_has_no_italics()
    {
        var review = BriefingSamples.Review(title: "Plain Review", citation: "Example, A 2025, Plain Review. The Hub.");

        Assert.Equal("Plain Review", Citations.CitedTitle(review));
    }

    [Fact]
    public void Ris_is_the_full_record_of_the_innovation_review()
    {
        const string expected =
            "TY  - RPRT\r\n" +
            "AU  - Billing, Chloe\r\n" +
            "TI  - Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)\r\n" +
            "PY  - 2024\r\n" +
            "DA  - 2024/10//\r\n" +
            "PB  - Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham\r\n" +
            "UR  - https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review\r\n" +
            "N1  - Licence: Creative Commons Attribution-NonCommercial (CC BY-NC), https://creativecommons.org/licenses/by-nc/4.0/\r\n" +
            "ER  - \r\n";

        Assert.Equal(expected, Citations.Ris(_review));
    }

    [Fact]
    public void Ris_parses_as_one_record_of_well_formed_tag_lines()
    {
        var ris = Citations.Ris(_review);

        Assert.EndsWith("\r\n", ris, StringComparison.Ordinal);
        Assert.DoesNotMatch(new Regex("(?<!\r)\n|\r(?!\n)"), ris);
        var lines = ris[..^2].Split("\r\n");
        Assert.All(lines, line => Assert.Matches(new Regex(@"^[A-Z][A-Z0-9]  - .*$"), line));
        Assert.Single(lines, l => l.StartsWith("TY  - ", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("ER  - ", StringComparison.Ordinal));
        Assert.StartsWith("TY  - ", lines[0], StringComparison.Ordinal);
        Assert.Equal("ER  - ", lines[^1]);
    }

    [Fact]
    public void Ris_writes_one_AU_line_per_author_and_keeps_every_value_on_one_line()
    {
        var review = BriefingSamples.Review(
            citation: "*Two\nLines*",
            authors: [new Author("Ada", "Example", null), new Author("Bo", "Sample", "Prof"), new Author("", "Mononym", null)]);

        var lines = Citations.Ris(review)[..^2].Split("\r\n");

        Assert.Equal(["AU  - Example, Ada", "AU  - Sample, Bo", "AU  - Mononym"], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
        Assert.Contains("TI  - Two Lines", lines);
    }

    [Fact]
    public void BibTeX_is_the_full_entry_of_the_innovation_review()
    {
        const string expected = """
            @techreport{billing2024innovation,
              author = {Billing, Chloe},
              title = {Innovation Evidence Review: Local Policy Innovation Partnership ({LPIP})},
              institution = {Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham},
              year = {2024},
              month = oct,
              type = {Evidence review},
              url = {https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review},
              note = {Licence: Creative Commons Attribution-NonCommercial (CC BY-NC), \url{https://creativecommons.org/licenses/by-nc/4.0/}}
            }

            """;

        Assert.Equal(expected.ReplaceLineEndings("\n"), Citations.BibTeX(_review));
    }

    [Fact]
    public void BibTeX_is_one_entry_with_balanced_braces()
    {
        AssertOneBalancedEntry(Citations.BibTeX(_review));
        AssertOneBalancedEntry(Citations.BibTeX(_transport));
    }

    [Fact]
    public void A_review_by_two_authors_names_both_in_order_in_every_format()
    {
        Assert.Equal(
            ["AU  - Example, Alex", "AU  - Sample, Sam"],
            Citations.Ris(_transport).Split("\r\n").Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
        var bib = Citations.BibTeX(_transport);
        Assert.Contains("author = {Example, Alex and Sample, Sam},", bib, StringComparison.Ordinal);
        Assert.StartsWith("@techreport{example2025test,", bib, StringComparison.Ordinal);
        Assert.Equal("test-fixture-review-of-transport-and-connectivity-example-2025", Citations.FileStem(_transport));
    }

    [Fact]
    public void Each_review_keeps_its_own_publisher_and_licence()
    {
        Assert.Contains("PB  - Test Fixtures Press, Example University\r\n", Citations.Ris(_transport), StringComparison.Ordinal);
        Assert.Contains(
            "N1  - Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/\r\n",
            Citations.Ris(_transport), StringComparison.Ordinal);
        Assert.Contains("institution = {Test Fixtures Press, Example University},", Citations.BibTeX(_transport), StringComparison.Ordinal);
        Assert.DoesNotContain("NonCommercial", Citations.Ris(_transport), StringComparison.Ordinal);
    }

    [Fact]
    public void BibTeX_escapes_ampersand_and_percent_in_a_title()
    {
        var review = BriefingSamples.Review(citation: "Example, A 2025, *R&D Spending Up 5% in the UK*. The Hub.");

        var bib = Citations.BibTeX(review);

        Assert.Contains(@"title = {{R\&D} Spending Up 5\% in the {UK}},", bib, StringComparison.Ordinal);
        Assert.StartsWith("@techreport{example2025rd,", bib, StringComparison.Ordinal);
        AssertOneBalancedEntry(bib);
    }

    [Fact]
    public void BibTeX_escapes_every_special_character_and_keeps_braces_balanced()
    {
        var review = BriefingSamples.Review(
            citation: @"*A {B} $C$ #D _E ~F ^G \H*",
            publisher: "Smith & Sons {Ltd} 100%",
            authors: [new Author("Zoë", "Ö'Brien_Jones", null), new Author("Li", "Wei", null)]);

        var bib = Citations.BibTeX(review);

        Assert.Contains(@"title = {A \textbraceleft{}B\textbraceright{} \$C\$ \#D \_E \textasciitilde{}F \textasciicircum{}G \textbackslash{}H},", bib, StringComparison.Ordinal);
        Assert.Contains(@"institution = {Smith \& Sons \textbraceleft{}Ltd\textbraceright{} 100\%},", bib, StringComparison.Ordinal);
        Assert.Contains(@"author = {Ö'Brien\_Jones, Zoë and Wei, Li},", bib, StringComparison.Ordinal);
        Assert.StartsWith("@techreport{obrienjones2025b,", bib, StringComparison.Ordinal);
        AssertOneBalancedEntry(bib);
    }

    [Fact]
    public void FileStem_names_title_first_author_and_year()
    {
        Assert.Equal("innovation-evidence-review-billing-2024", Citations.FileStem(_review));
    }

    /// <summary>One @type{...} entry whose braces balance (as BibTeX counts them: escaped or not) and close at the end.</summary>
    private static void AssertOneBalancedEntry(string bib)
    {
        Assert.Equal(1, bib.Count(c => c == '@'));
        Assert.Matches(new Regex(@"^@techreport\{[a-z0-9]+,\n"), bib);
        var depth = 0;
        for (var i = 0; i < bib.Length; i++)
        {
            if (bib[i] == '{') depth++;
            if (bib[i] == '}') depth--;
            Assert.True(depth >= 0, $"a brace closes too early at {i}");
            if (depth == 0 && bib[i] == '}') Assert.Equal("}\n", bib[i..]);
        }
        Assert.Equal(0, depth);
    }
}
