using System.Globalization;
using LpipEvidence.Briefings;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// A briefing kept on the server under a short address (<c>/b/{id}</c>). It never changes once saved: editing it and
/// saving again makes a new one.
/// </summary>
public sealed class SavedBriefing
{
    /// <summary>The id in its address (<see cref="BriefingId"/>): 11 URL-safe characters holding 64 random bits.</summary>
    public required string Id { get; init; }

    /// <summary>The reader's title, or null for the default title.</summary>
    public string? Title { get; init; }

    /// <summary>The reader's note (plain text, newlines as <c>\n</c>), or null for none.</summary>
    public string? Note { get; init; }

    /// <summary>Who prepared it, or null when they did not say.</summary>
    public string? PreparedBy { get; init; }

    /// <summary>The day the briefing was made, from which changes to its findings are marked.</summary>
    public DateOnly Made { get; init; }

    /// <summary>When it was saved (UTC).</summary>
    public DateTime SavedAt { get; init; }

    /// <summary>When the daily clean-up may delete it (UTC): <see cref="SavedAt"/> plus <c>Briefings:KeepFor</c>.</summary>
    public DateTime ExpiresAt { get; init; }

    /// <summary>Its findings, in the briefing's order (<see cref="SavedBriefingFinding.Position"/>).</summary>
    public List<SavedBriefingFinding> Findings { get; init; } = [];

    /// <summary>
    /// What to compose to show it: its findings in order, title, note, "prepared by" and the day it was made, so that
    /// findings changed since are marked and findings withdrawn since are reported as unknown.
    /// </summary>
    public BriefingRequest ToRequest() => new(
        Findings.OrderBy(f => f.Position).Select(f => f.Slug).ToList(), Title, Note, PreparedBy,
        Made.ToString(BriefingDates.Format, CultureInfo.InvariantCulture));
}
