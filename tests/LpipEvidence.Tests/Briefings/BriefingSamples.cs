using LpipEvidence.Briefings;
using LpipEvidence.Catalog;
using LpipEvidence.Content;
using LpipEvidence.Tests.Support;

namespace LpipEvidence.Tests.Briefings;

/// <summary>
/// The content fixtures (the frozen Innovation Evidence Review and the made-up second review) loaded through a real
/// store, and in-memory values for edge cases.
/// </summary>
public static class BriefingSamples
{
    public const string CitationPlainText =
        "Billing, C 2024, Innovation Evidence Review: Local Policy Innovation Partnership (LPIP). The Local Policy Innovation Partnership Hub. <https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review>";

    public const string SourceUrl = "https://www.birmingham.ac.uk/research/city-redi/lpiphub/reports/innovation-evidence-review";

    public const string BriefingUrl = "https://evidence.example.org/briefing?f=place-based-approaches-and-cluster-development,importance-of-innovation-and-technology-policies";

    /// <summary>The slugs of the Innovation Evidence Review's five key findings, in the review's order.</summary>
    public static readonly string[] InnovationSlugs =
    [
        "importance-of-innovation-and-technology-policies",
        "empowering-local-leaders-and-research-funding",
        "collaboration-partnerships-and-skills-development",
        "place-based-approaches-and-cluster-development",
        "evidence-based-and-experimental-policies",
    ];

    /// <summary>27 November 2026, 23:30 UTC (already the 28th in some time zones: the briefing keeps the UTC date).</summary>
    public static TimeProvider FixedTime { get; } = new FixedTimeProvider(new DateTimeOffset(2026, 11, 27, 23, 30, 0, TimeSpan.Zero));

    public static async Task<TempStore> FixtureStoreAsync()
    {
        var store = new TempStore();
        await store.MigrateAsync();
        await store.Importer.ImportAsync(RepositoryPaths.FixtureContent);
        return store;
    }

    public static BriefingComposer Composer(TempStore store) => new(new EvidenceCatalog(store.Factory), new ChangeCatalog(store.Factory), FixedTime);

    /// <summary>A review that exists only in memory, with its citation rendered as the importer renders it.</summary>
    public static ReviewSummary Review(
        string title = "Sample Evidence Review",
        string citation = "Example, A 2025, *Sample Evidence Review*. The Hub. <https://example.org/sample>",
        IReadOnlyList<Author>? authors = null,
        string publisher = "The Hub",
        string slug = "sample") =>
        new(slug, title, null, authors ?? [new Author("Ada", "Example", "Dr")], publisher, new PublicationMonth(2025, 3),
            "Creative Commons Attribution-NonCommercial", "CC BY-NC", "https://creativecommons.org/licenses/by-nc/4.0/",
            new MarkdownText(citation, MarkdownRenderer.Default.RenderInline(citation), MarkdownRenderer.Default.ToPlainText(citation)),
            "https://example.org/sample", "Innovation", 1);

    public static FindingView Finding(string slug = "first", string title = "First Finding", string reviewSlug = "sample", int order = 1) =>
        new(slug, title, order, reviewSlug, "Sample Evidence Review",
            "<p>Body.</p>", "The body of " + title + ".", "<p>Takeaway.</p>", "The takeaway of " + title + ".",
            [new ThemeLink("clusters", "Clusters")]);

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
