using LpipEvidence.Briefings;

namespace LpipEvidence.SavedBriefings;

/// <summary>
/// A briefing ready to be saved: only made by <see cref="From"/>, which checks it against the same limits as the
/// briefing form, so the store never holds a briefing the page could not show as it was.
/// </summary>
public sealed class SavedBriefingDraft
{
    private SavedBriefingDraft(IReadOnlyList<(string Slug, string Title)> findings, string? title, string? note, string? preparedBy, DateOnly made)
    {
        Findings = findings;
        Title = title;
        Note = note;
        PreparedBy = preparedBy;
        Made = made;
    }

    /// <summary>The findings' slugs and titles, in order.</summary>
    public IReadOnlyList<(string Slug, string Title)> Findings { get; }

    /// <summary>The briefing's title, when the reader gave one.</summary>
    public string? Title { get; }

    /// <summary>The reader's note, when given.</summary>
    public string? Note { get; }

    /// <summary>Who made it, when the reader said.</summary>
    public string? PreparedBy { get; }

    /// <summary>The day the briefing records as made.</summary>
    public DateOnly Made { get; }

    /// <summary>
    /// The draft of a composed briefing, or null with the reasons it cannot be saved, each a sentence for the reader:
    /// no findings, findings that do not exist, more than <see cref="BriefingLimits.MaxFindings"/>, or a title, note or
    /// "prepared by" over the form's limits.
    /// </summary>
    public static SavedBriefingDraft? From(Briefing briefing, out IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        var found = new List<string>();
        if (briefing.IsEmpty) found.Add("Add at least one finding before saving the briefing.");
        if (briefing.UnknownSlugs.Count > 0)
        {
            found.Add($"{Count(briefing.UnknownSlugs.Count, "finding")} in this briefing could not be found. Remove {(briefing.UnknownSlugs.Count == 1 ? "it" : "them")} from the address, then save.");
        }
        if (briefing.DroppedForLimit > 0) found.Add($"A saved briefing holds at most {BriefingLimits.MaxFindings} findings. Remove {briefing.DroppedForLimit}, then save.");
        if (briefing.TitleTruncated) found.Add($"The title is longer than {BriefingLimits.MaxTitleLength} characters. Shorten it, then save.");
        if (briefing.NoteTruncated) found.Add($"The note is longer than {BriefingLimits.MaxNoteLength} characters. Shorten it, then save.");
        if (briefing.PreparedByTruncated) found.Add($"“Prepared by” is longer than {BriefingLimits.MaxPreparedByLength} characters. Shorten it, then save.");
        problems = found;
        if (found.Count > 0) return null;
        return new SavedBriefingDraft(
            briefing.Findings.Select(f => (f.Slug, f.Title)).ToList(),
            briefing.HasCustomTitle ? briefing.Title : null,
            briefing.Note,
            briefing.PreparedBy,
            briefing.MadeOn);
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}
