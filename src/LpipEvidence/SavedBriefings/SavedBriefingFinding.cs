namespace LpipEvidence.SavedBriefings;

/// <summary>One finding of a <see cref="SavedBriefing"/>, by slug, with its title when saved.</summary>
public sealed class SavedBriefingFinding
{
    /// <summary>The id of the saved briefing it belongs to.</summary>
    public required string BriefingId { get; init; }

    /// <summary>Where it stands in the briefing, from 0.</summary>
    public int Position { get; init; }

    /// <summary>The finding's slug.</summary>
    public required string Slug { get; init; }

    /// <summary>
    /// The finding's title on the day it was saved: what the briefing can still name if the finding is later withdrawn
    /// from the content.
    /// </summary>
    public required string Title { get; init; }
}
