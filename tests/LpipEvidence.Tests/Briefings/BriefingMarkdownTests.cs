using System.Net;
using System.Text.RegularExpressions;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Tests.Support;
using Markdig;

namespace LpipEvidence.Tests.Briefings;

public sealed class BriefingMarkdownTests : IAsyncLifetime
{
    private const string NonCommercialPermission = " You may share and adapt it for non-commercial purposes if you credit the source.";

    private const string Citation =
        "Billing, C 2024, *Innovation Evidence Review: Local Policy Innovation Partnership (LPIP)*. The Local Policy Innovation Partnership Hub. <<https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>>";

    private TempStore _store = null!;
    private BriefingComposer _composer = null!;

    public async Task InitializeAsync()
    {
        _store = await BriefingSamples.FixtureStoreAsync();
        _composer = BriefingSamples.Composer(_store);
    }

    public Task DisposeAsync()
    {
        _store.Dispose();
        return Task.CompletedTask;
    }

    private Task<Briefing> Compose(string f, string? title = null, string? note = null) =>
        _composer.ComposeAsync(BriefingRequest.FromQuery(f, title, note));

    [Fact]
    public async Task Contains_every_finding_title_text_and_takeaway_in_order_with_themes_and_source()
    {
        var briefing = await Compose(string.Join(',', BriefingSamples.InnovationSlugs.Reverse()), "Innovation in five findings");

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        Assert.StartsWith("# Innovation in five findings\n\n", md, StringComparison.Ordinal);
        var position = 0;
        for (var i = 0; i < briefing.Findings.Count; i++)
        {
            var finding = briefing.Findings[i];
            position = AssertAfter(md, $"## {i + 1}. {finding.Title}\n\n", position);
            // The takeaway leads, as on the finding's own page.
            position = AssertAfter(md, "### Key takeaway\n\n" + finding.TakeawayText + "\n\n", position);
            position = AssertAfter(md, finding.BodyText + "\n\n", position);
            position = AssertAfter(md, "Themes: " + string.Join(", ", finding.Themes.Select(t => t.Title)) + "\n\n", position);
            position = AssertAfter(md, $"Source: Innovation Evidence Review, key finding {finding.Order}\n\n", position);
        }
        position = AssertAfter(md, "## Sources\n\n" + Citation + "\n\n", position);
        position = AssertAfter(md, "## Licence\n\n", position);
        AssertAfter(md, "This briefing: <" + BriefingSamples.BriefingUrl + ">\n", position);
        Assert.EndsWith("This briefing: <" + BriefingSamples.BriefingUrl + ">\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Says_when_and_from_what_it_was_prepared_and_carries_the_licence_notice()
    {
        var briefing = await Compose("place-based-approaches-and-cluster-development");

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        Assert.Contains(
            "\n\nMade on 27 November 2026 from: *Innovation Evidence Review* (Dr Chloe Billing, Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024). Downloaded on 27 November 2026.\n\n",
            md, StringComparison.Ordinal);
        Assert.Contains(
            "\n\nReproduced from *Innovation Evidence Review* by Dr Chloe Billing (Local Policy Innovation Partnerships Hub, City-REDI, University of Birmingham, October 2024) "
            + "under the Creative Commons Attribution-NonCommercial licence (CC BY-NC, <https://creativecommons.org/licenses/by-nc/4.0/>). You may share and adapt it for non-commercial purposes if you credit the source.\n\n",
            md, StringComparison.Ordinal);
        Assert.Contains("# Evidence briefing\n\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("written by whoever prepared it", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Findings_from_both_reviews_cite_each_source_and_state_each_licence_as_it_is()
    {
        var briefing = await Compose("digital-connectivity-for-clusters,place-based-approaches-and-cluster-development");

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        Assert.Equal(["test-only-transport", "innovation"], briefing.Sources.Select(s => s.Slug));
        var position = AssertAfter(md, "## Sources\n\n", 0);
        position = AssertAfter(md, "Example, A and Sample, S 2025, *Test Fixture Review of Transport and Connectivity*. Test Fixtures Press. <<https://example.org/test-fixtures/transport-review>>\n\n", position);
        AssertAfter(md, Citation + "\n\n", position);
        Assert.Contains(
            "Reproduced from *Test Fixture Review of Transport and Connectivity* by Professor Alex Example and Sam Sample (Test Fixtures Press, Example University, March 2025) "
            + "under the Creative Commons Attribution 4.0 International licence (CC BY 4.0, <https://creativecommons.org/licenses/by/4.0/>). You may share and adapt it for any purpose if you credit the source.\n\n",
            md, StringComparison.Ordinal);
        Assert.Contains("(CC BY-NC, <https://creativecommons.org/licenses/by-nc/4.0/>)." + NonCommercialPermission + "\n\n", md, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(md, "non-commercial"));
    }

    [Fact]
    public async Task Names_who_prepared_it_in_the_prepared_line_and_the_notice_about_the_readers_words()
    {
        var briefing = await _composer.ComposeAsync(BriefingRequest.FromQuery("place-based-approaches-and-cluster-development", "Board pack", null, "Jo Bloggs"));

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        Assert.Contains("\n\nMade by Jo Bloggs on 27 November 2026 from: *Innovation Evidence Review* (", md, StringComparison.Ordinal);
        Assert.Contains("\n\nThe title of this briefing was written by Jo Bloggs, not by the authors of the reviews.\n\n", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_old_briefing_gives_one_date_pair_made_on_and_downloaded_on()
    {
        var briefing = new Briefing
        {
            Date = new DateOnly(2026, 12, 4),
            Made = new DateOnly(2025, 1, 15),
            PreparedBy = "Jo Smith",
            Findings = [BriefingSamples.Finding()],
            Sources = [BriefingSamples.Review()],
        };

        var md = BriefingMarkdown.Write(briefing, "https://example.org/briefing?f=first&made=2025-01-15");

        Assert.Contains("\n\nMade by Jo Smith on 15 January 2025 from: *Sample Evidence Review* (Dr Ada Example, The Hub, March 2025). Downloaded on 4 December 2026.\n\n", md, StringComparison.Ordinal);
        Assert.Contains("\n\nIts finding has not changed since it was made.\n\n", md, StringComparison.Ordinal);
        // Each date once: the day it was made and the day it was downloaded, nothing else.
        Assert.Single(Regex.Matches(md, "15 January 2025"));
        Assert.Single(Regex.Matches(md, "4 December 2026"));
        Assert.DoesNotContain("Prepared", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Writes_a_small_briefing_exactly()
    {
        var briefing = new Briefing
        {
            Title = "My briefing",
            Note = "For the board.\nRead first.\n\nThanks",
            Date = new DateOnly(2026, 11, 27),
            Findings = [BriefingSamples.Finding()],
            Sources = [BriefingSamples.Review()],
        };

        var md = BriefingMarkdown.Write(briefing, "https://example.org/briefing?f=first&title=My%20briefing");

        Assert.Equal("""
            # My briefing

            For the board.\
            Read first.

            Thanks

            Made on 27 November 2026 from: *Sample Evidence Review* (Dr Ada Example, The Hub, March 2025). Downloaded on 27 November 2026.

            ## 1. First Finding

            ### Key takeaway

            The takeaway of First Finding.

            The body of First Finding.

            Themes: Clusters

            Source: Sample Evidence Review, key finding 1

            ## Sources

            Example, A 2025, *Sample Evidence Review*. The Hub. <https://example.org/sample>

            ## Licence

            Reproduced from *Sample Evidence Review* by Dr Ada Example (The Hub, March 2025) under the Creative Commons Attribution-NonCommercial licence (CC BY-NC, <https://creativecommons.org/licenses/by-nc/4.0/>). You may share and adapt it for non-commercial purposes if you credit the source.

            The title and note of this briefing were written by whoever prepared it, not by the authors of the reviews.

            This briefing: <https://example.org/briefing?f=first&title=My%20briefing>

            """.ReplaceLineEndings("\n"), md);
    }

    [Fact]
    public async Task Escapes_a_hostile_title_and_note_so_they_show_as_written()
    {
        const string title = "[x](javascript:alert(1)) <script>";
        const string note = "<img src=x onerror=alert(1)> [click](https://evil.example) **bold** &lt;b&gt;\n# Not a heading\n- not a list\n1. not a list\nVisit https://evil.example or www.evil.example\n===";
        var briefing = await Compose("place-based-approaches-and-cluster-development", title, note);

        var md = BriefingMarkdown.Write(briefing, BriefingSamples.BriefingUrl);

        foreach (var pipeline in new[] { new MarkdownPipelineBuilder().Build(), new MarkdownPipelineBuilder().UseAdvancedExtensions().Build() })
        {
            var html = Markdown.ToHtml(md, pipeline);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<strong", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<ul", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<ol", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:alert(1)\"", html, StringComparison.OrdinalIgnoreCase);
            Assert.Single(Regex.Matches(html, "<h1"));
            Assert.Equal(3, Regex.Count(html, "<h2")); // the finding, Sources, Licence

            var hrefs = Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToHashSet();
            Assert.Equal(new HashSet<string> { BriefingSamples.SourceUrl, "https://creativecommons.org/licenses/by-nc/4.0/", BriefingSamples.BriefingUrl }, hrefs);

            var h1 = Regex.Match(html, "<h1[^>]*>(.*?)</h1>").Groups[1].Value;
            Assert.Equal(title, WebUtility.HtmlDecode(h1));
            var text = WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", ""));
            Assert.Contains("<img src=x onerror=alert(1)> [click](https://evil.example) **bold** &lt;b&gt;", text, StringComparison.Ordinal);
            Assert.Contains("# Not a heading", text, StringComparison.Ordinal);
            Assert.Contains("Visit https://evil.example or www.evil.example", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_briefing_says_so_and_still_links_back()
    {
        var briefing = new Briefing { Date = new DateOnly(2026, 11, 27), Findings = [], Sources = [] };

        var md = BriefingMarkdown.Write(briefing, "https://example.org/briefing");

        Assert.Equal(
            "# Evidence briefing\n\nMade on 27 November 2026. Downloaded on 27 November 2026.\n\nNo findings were selected for this briefing.\n\nThis briefing: <https://example.org/briefing>\n",
            md);
    }

    [Fact]
    public void Credits_every_source_review_in_order()
    {
        var other = BriefingSamples.Review(title: "Other Review", slug: "other", publisher: "Other Hub",
            citation: "Other, B 2025, *Other Review*. Other Hub.");
        var briefing = new Briefing
        {
            Date = new DateOnly(2026, 11, 27),
            Findings = [BriefingSamples.Finding(), BriefingSamples.Finding("second", "Second", "other")],
            Sources = [BriefingSamples.Review(), other],
        };

        var md = BriefingMarkdown.Write(briefing, "https://example.org/briefing");

        Assert.Contains("from: *Sample Evidence Review* (Dr Ada Example, The Hub, March 2025); *Other Review* (Dr Ada Example, Other Hub, March 2025).", md, StringComparison.Ordinal);
        var sources = AssertAfter(md, "Example, A 2025, *Sample Evidence Review*. The Hub. <https://example.org/sample>\n\n", 0);
        AssertAfter(md, "Other, B 2025, *Other Review*. Other Hub. Available at: <https://example.org/sample>\n\n", sources);
        Assert.Equal(2, Regex.Count(md, "Reproduced from "));
    }

    private static int AssertAfter(string text, string expected, int start)
    {
        var index = text.IndexOf(expected, start, StringComparison.Ordinal);
        Assert.True(index >= 0, $"expected after position {start}: {expected}");
        return index + expected.Length;
    }
}
