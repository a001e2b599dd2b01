using LpipEvidence.SavedBriefings;

namespace LpipEvidence.Web.SavedBriefings;

/// <summary>A saved briefing and the briefing composed from it today.</summary>
public sealed record OpenedBriefing(SavedBriefing Saved, LpipEvidence.Briefings.Briefing Briefing)
{
    /// <summary>Its findings no longer in the content, with the titles they had when it was saved.</summary>
    public IReadOnlyList<SavedBriefingFinding> Withdrawn =>
        Saved.Findings.Where(f => Briefing.UnknownSlugs.Contains(f.Slug, StringComparer.Ordinal)).ToList();
}
