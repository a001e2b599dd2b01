using LpipEvidence.Addresses;
using LpipEvidence.Briefings;
using LpipEvidence.OpenData;

namespace LpipEvidence.SavedBriefings;

/// <summary>A saved briefing, as the read API gives it (<c>GET /api/briefings/{id}</c>).</summary>
/// <param name="Id">Its id.</param>
/// <param name="Url">Its short address on this site.</param>
/// <param name="Title">Its title (the default title when its author gave none).</param>
/// <param name="Note">Its author's note, plain text, or null.</param>
/// <param name="PreparedBy">Who prepared it, or null.</param>
/// <param name="Made">The day it was made: its findings' changes are counted from it.</param>
/// <param name="SavedAt">When it was saved (UTC).</param>
/// <param name="Findings">Its findings in order, each with its review's licence and citation.</param>
/// <param name="Sources">The reviews its findings come from, with their licences and citations.</param>
public sealed record SavedBriefingData(
    string Id,
    string Url,
    string Title,
    string? Note,
    string? PreparedBy,
    DateOnly Made,
    DateTimeOffset SavedAt,
    IReadOnlyList<SavedFindingData> Findings,
    IReadOnlyList<ReviewData> Sources)
{
    /// <summary>The API's answer for a saved briefing and the briefing composed from it now; <paramref name="absolute"/> makes links absolute.</summary>
    public static SavedBriefingData From(SavedBriefing saved, Briefing briefing, Func<string, string> absolute)
    {
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(briefing);
        var mapper = new OpenDataMapper(absolute);
        var reviews = briefing.Sources.ToDictionary(r => r.Slug, StringComparer.Ordinal);
        var current = briefing.Findings.ToDictionary(f => f.Slug, StringComparer.Ordinal);
        var findings = saved.Findings.OrderBy(f => f.Position).Select(f =>
        {
            if (!current.TryGetValue(f.Slug, out var view) || !reviews.TryGetValue(view.ReviewSlug, out var review))
            {
                return new SavedFindingData(f.Position + 1, f.Slug, f.Title, "withdrawn", null, []);
            }
            var changes = briefing.ChangesOf(f.Slug);
            return new SavedFindingData(f.Position + 1, f.Slug, view.Title, changes.Count > 0 ? "changed" : "current",
                mapper.Finding(view, review, changes), changes.Select(mapper.Change).ToList());
        }).ToList();
        return new SavedBriefingData(saved.Id, absolute(SiteAddresses.SavedBriefing(saved.Id)), briefing.Title, briefing.Note, briefing.PreparedBy,
            saved.Made, new DateTimeOffset(DateTime.SpecifyKind(saved.SavedAt, DateTimeKind.Utc)), findings,
            briefing.Sources.Select(mapper.Review).ToList());
    }
}
