namespace LpipEvidence.Briefings;

/// <summary>What a reader asked for: findings by slug, in their order, with an optional title, note and who prepared it.</summary>
/// <param name="FindingSlugs">Finding slugs as given; <see cref="BriefingComposer"/> checks them.</param>
/// <param name="Title">The reader's title, unchecked; null for the default title.</param>
/// <param name="Note">The reader's note, unchecked; null for none.</param>
/// <param name="PreparedBy">Who prepared the briefing, unchecked; null when not said.</param>
/// <param name="Made">
/// When the briefing was made, as its address gives it (<c>made=2025-03-01</c>), unchecked; null for an address
/// without one (made before briefings recorded it, or just built).
/// </param>
public sealed record BriefingRequest(IReadOnlyList<string> FindingSlugs, string? Title, string? Note, string? PreparedBy = null, string? Made = null)
{
    /// <summary>
    /// Reads the query string of <c>/briefing?f=a,b,c&amp;made=...&amp;title=...&amp;note=...&amp;by=...</c>: <paramref name="f"/>
    /// is split on commas, each part trimmed and empty parts dropped, keeping the order given. Nothing is validated here.
    /// </summary>
    public static BriefingRequest FromQuery(string? f, string? title, string? note, string? by = null, string? made = null)
    {
        var slugs = string.IsNullOrEmpty(f)
            ? []
            : f.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new BriefingRequest(slugs, title, note, by, made);
    }
}
