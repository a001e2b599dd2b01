using LpipEvidence.Briefings;
using LpipEvidence.Catalog;

namespace LpipEvidence.Tests.SavedBriefings;

/// <summary>Briefings made by hand, as the composer would make them, and a clock tests can move.</summary>
public static class SavedBriefingSamples
{
    public static readonly DateOnly Today = new(2026, 12, 4);

    public static FindingView Finding(string slug, string title) =>
        new(slug, title, 1, "review", "A review", "<p>Body</p>", "Body", "<p>Takeaway</p>", "Takeaway", []);

    public static Briefing Briefing(params string[] slugs) => new()
    {
        Date = Today,
        Findings = slugs.Select(s => Finding(s, "Title of " + s)).ToList(),
        Sources = [],
    };

    public static LpipEvidence.SavedBriefings.SavedBriefingDraft Draft(Briefing briefing) =>
        LpipEvidence.SavedBriefings.SavedBriefingDraft.From(briefing, out var problems)
        ?? throw new InvalidOperationException(string.Join(" ", problems));

    public sealed class MovableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
