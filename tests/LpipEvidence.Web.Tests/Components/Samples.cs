using LpipEvidence.Catalog;
using LpipEvidence.Content;

namespace LpipEvidence.Web.Tests.Components;

/// <summary>In-memory values for component tests, shaped like the fixtures' second review (CC BY 4.0, another publisher).</summary>
internal static class Samples
{
    public const string Citation = "Example, A and Sample, S 2025, *Test Fixture Review*. Test Fixtures Press.";

    public static ReviewSummary SecondReview { get; } = new(
        "test-only-transport", "Test Fixture Review", null,
        [new Author("Alex", "Example", "Professor"), new Author("Sam", "Sample", null)],
        "Test Fixtures Press, Example University", new PublicationMonth(2025, 3),
        "Creative Commons Attribution 4.0 International", "CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/",
        new MarkdownText(Citation, MarkdownRenderer.Default.RenderInline(Citation), MarkdownRenderer.Default.ToPlainText(Citation)),
        "https://example.org/test-fixtures/transport-review", "Transport", 3);

    /// <summary>A clock stopped at a given moment.</summary>
    public sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
