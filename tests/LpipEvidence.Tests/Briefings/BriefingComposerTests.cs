using System.Globalization;
using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Store;
using LpipEvidence.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace LpipEvidence.Tests.Briefings;

/// <summary>Composing briefings from the content fixtures and from a larger sample with two reviews, in real SQLite files.</summary>
public sealed partial class BriefingComposerTests : IAsyncLifetime
{
    private const string OtherReview = """
        ---
        title: Other Evidence Review
        authors:
          - given: Bo
            family: Other
        publisher: The Other Hub
        published: 2025-02
        licence:
          name: Creative Commons Attribution
          code: CC BY
          url: https://creativecommons.org/licenses/by/4.0/
        citation: "Other, B 2025, *Other Evidence Review*. The Other Hub."
        source: https://example.org/other
        programme-theme: Skills
        ---
        Another review.
        """;

    private TempStore _fixtures = null!;
    private readonly TempStore _large = new();
    private readonly TempContent _content = new();
    private BriefingComposer _composer = null!;
    private BriefingComposer _largeComposer = null!;

    public async Task InitializeAsync()
    {
        _fixtures = await BriefingSamples.FixtureStoreAsync();
        _composer = BriefingSamples.Composer(_fixtures);

        for (var n = 3; n <= 25; n++)
        {
            _content.Write($"reviews/sample/findings/{n:D2}-extra.md", string.Create(CultureInfo.InvariantCulture, $"""
                ---
                title: Extra Finding {n}
                order: {n}
                themes:
                  - clusters
                ---
                Extra text {n}.

                ## Key takeaway

                Extra takeaway {n}.
                """));
        }
        _content.Write("reviews/other/review.md", OtherReview);
        _content.Write("reviews/other/findings/01-other.md", """
            ---
            title: Other Finding
            order: 1
            themes:
              - skills
            ---
            Other text.

            ## Key takeaway

            Other takeaway.
            """);
        await _large.MigrateAsync();
        var import = await _large.Importer.ImportAsync(_content.Root);
        Assert.Equal(ImportOutcome.Imported, import.Outcome);
        _largeComposer = BriefingSamples.Composer(_large);
    }

    public Task DisposeAsync()
    {
        _fixtures.Dispose();
        _large.Dispose();
        _content.Dispose();
        return Task.CompletedTask;
    }

    private Task<Briefing> Compose(string? f, string? title = null, string? note = null, string? by = null) =>
        _composer.ComposeAsync(BriefingRequest.FromQuery(f, title, note, by));

    [Fact]
    public async Task Findings_keep_the_order_asked_for_and_credit_their_review()
    {
        var briefing = await Compose("evidence-based-and-experimental-policies,importance-of-innovation-and-technology-policies,place-based-approaches-and-cluster-development");

        Assert.Equal(
            ["evidence-based-and-experimental-policies", "importance-of-innovation-and-technology-policies", "place-based-approaches-and-cluster-development"],
            briefing.Findings.Select(f => f.Slug));
        var source = Assert.Single(briefing.Sources);
        Assert.Equal("innovation", source.Slug);
        Assert.Equal(Briefing.DefaultTitle, briefing.Title);
        Assert.Null(briefing.Note);
        Assert.False(briefing.IsEmpty);
        Assert.Empty(briefing.UnknownSlugs);
        Assert.Empty(briefing.DuplicateSlugs);
        Assert.Equal(0, briefing.DroppedForLimit);
    }

    [Fact]
    public async Task Date_is_today_in_UTC_from_the_time_provider()
    {
        var briefing = await Compose(BriefingSamples.InnovationSlugs[0]);

        Assert.Equal(new DateOnly(2026, 11, 27), briefing.Date);
    }

    [Fact]
    public async Task Unknown_malformed_and_duplicate_slugs_are_reported_and_left_out()
    {
        var briefing = await Compose(
            "place-based-approaches-and-cluster-development,no-such-finding,Not-A-Slug,<script>alert(1)</script>,place-based-approaches-and-cluster-development,no-such-finding,evidence-based-and-experimental-policies");

        Assert.Equal(["place-based-approaches-and-cluster-development", "evidence-based-and-experimental-policies"], briefing.Findings.Select(f => f.Slug));
        Assert.Equal(["no-such-finding", "Not-A-Slug", "<script>alert(1)</script>"], briefing.UnknownSlugs);
        Assert.Equal(["place-based-approaches-and-cluster-development", "no-such-finding"], briefing.DuplicateSlugs);
    }

    [Fact]
    public async Task Malformed_slugs_are_unknown_without_a_query()
    {
        var factory = new UnusableFactory();
        var briefing = await new BriefingComposer(new EvidenceCatalog(factory), new ChangeCatalog(factory), BriefingSamples.FixedTime)
            .ComposeAsync(new BriefingRequest(["UPPER", "-lead", "a--b", "sp ace", new string('a', 121), "x/../y"], null, null));

        Assert.True(briefing.IsEmpty);
        Assert.Equal(6, briefing.UnknownSlugs.Count);
        Assert.Empty(briefing.Sources);
    }

    [Fact]
    public async Task More_than_twenty_findings_are_cut_at_twenty_and_the_rest_counted()
    {
        var slugs = Enumerable.Range(3, 23).Select(n => "extra-finding-" + n.ToString(CultureInfo.InvariantCulture))
            .Prepend("second-finding-about-skills").Prepend("first-finding-about-clusters").Append("no-such-finding").ToList();

        var briefing = await _largeComposer.ComposeAsync(new BriefingRequest(slugs, null, null));

        Assert.Equal(BriefingLimits.MaxFindings, briefing.Findings.Count);
        Assert.Equal(slugs.Take(20), briefing.Findings.Select(f => f.Slug));
        Assert.Equal(5, briefing.DroppedForLimit);
        Assert.Equal(["no-such-finding"], briefing.UnknownSlugs);
        Assert.DoesNotContain("extra-finding-21", briefing.RelativeUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Many_slugs_are_looked_up_in_batches_keeping_the_order()
    {
        var slugs = Enumerable.Range(1, 1200).Select(n => "missing-" + n.ToString(CultureInfo.InvariantCulture)).ToList();
        slugs.Insert(700, "evidence-based-and-experimental-policies");
        slugs.Insert(3, "importance-of-innovation-and-technology-policies");

        var briefing = await _composer.ComposeAsync(new BriefingRequest(slugs, null, null));

        Assert.Equal(["importance-of-innovation-and-technology-policies", "evidence-based-and-experimental-policies"], briefing.Findings.Select(f => f.Slug));
        Assert.Equal(1200, briefing.UnknownSlugs.Count);
    }

    [Fact]
    public async Task Sources_are_every_review_used_in_order_of_first_use()
    {
        var briefing = await _largeComposer.ComposeAsync(BriefingRequest.FromQuery("other-finding,first-finding-about-clusters,extra-finding-3", null, null));

        Assert.Equal(["other", "sample"], briefing.Sources.Select(r => r.Slug));
    }

    [Fact]
    public async Task An_empty_request_gives_an_empty_briefing()
    {
        var briefing = await Compose(null);

        Assert.True(briefing.IsEmpty);
        Assert.Empty(briefing.Findings);
        Assert.Empty(briefing.Sources);
        Assert.Empty(briefing.UnknownSlugs);
        Assert.Equal(Briefing.DefaultTitle, briefing.Title);
        Assert.Equal("/briefing", briefing.RelativeUrl);
    }

    [Fact]
    public async Task Only_unknown_slugs_give_an_empty_briefing_that_says_why()
    {
        var briefing = await Compose("gone,also-gone", "Kept title");

        Assert.True(briefing.IsEmpty);
        Assert.Equal(["gone", "also-gone"], briefing.UnknownSlugs);
        Assert.Equal("/briefing?title=Kept%20title", briefing.RelativeUrl);
    }

    [Fact]
    public async Task RelativeUrl_is_canonical_with_only_known_unique_slugs_and_escaped_title_and_note()
    {
        var briefing = await Compose(
            "place-based-approaches-and-cluster-development,nope,place-based-approaches-and-cluster-development,importance-of-innovation-and-technology-policies",
            " Clusters & skills: 100% ",
            "Line one\r\nLine two?");

        Assert.Equal(
            "/briefing?f=place-based-approaches-and-cluster-development,importance-of-innovation-and-technology-policies&made=2026-11-27"
            + "&title=Clusters%20%26%20skills%3A%20100%25&note=Line%20one%0ALine%20two%3F",
            briefing.RelativeUrl);
    }

    [Fact]
    public async Task Composing_from_the_canonical_url_gives_the_same_briefing()
    {
        var first = await Compose("evidence-based-and-experimental-policies,,nope,importance-of-innovation-and-technology-policies", "T\u00EDtulo & co", "A\r\nB", "Jo Bloggs & team");
        var query = System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + first.RelativeUrl).Query);

        var second = await Compose(query["f"], query["title"], query["note"], query["by"]);

        Assert.Equal(first.RelativeUrl, second.RelativeUrl);
        Assert.Equal(first.Findings.Select(f => f.Slug), second.Findings.Select(f => f.Slug));
        Assert.Equal(first.Title, second.Title);
        Assert.Equal(first.Note, second.Note);
        Assert.Equal("Jo Bloggs & team", second.PreparedBy);
        Assert.Empty(second.UnknownSlugs);
    }

    [Fact]
    public async Task PreparedBy_is_one_clean_line_in_the_address_after_the_title_and_note()
    {
        var briefing = await Compose("evidence-based-and-experimental-policies", "Board", "Read this", "  Jo\r\n  Bloggs,\u202E Policy Team ");

        Assert.Equal("Jo Bloggs, Policy Team", briefing.PreparedBy);
        Assert.False(briefing.PreparedByTruncated);
        Assert.Equal("/briefing?f=evidence-based-and-experimental-policies&made=2026-11-27&title=Board&note=Read%20this&by=Jo%20Bloggs%2C%20Policy%20Team", briefing.RelativeUrl);
    }

    [Fact]
    public async Task PreparedBy_is_optional_and_cut_to_its_limit()
    {
        var none = await Compose("evidence-based-and-experimental-policies", by: "   ");
        var longName = await Compose("evidence-based-and-experimental-policies", by: string.Join(' ', Enumerable.Repeat("Policy", 40)));

        Assert.Null(none.PreparedBy);
        Assert.DoesNotContain("by=", none.RelativeUrl, StringComparison.Ordinal);
        Assert.True(longName.PreparedByTruncated);
        Assert.True(longName.PreparedBy!.Length <= BriefingLimits.MaxPreparedByLength);
        Assert.EndsWith("\u2026", longName.PreparedBy, StringComparison.Ordinal);
    }

    /// <summary>A store that fails if the composer asks it anything.</summary>
    private sealed class UnusableFactory : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => throw new InvalidOperationException("the store was queried");
    }
}
