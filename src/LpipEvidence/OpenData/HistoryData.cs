namespace LpipEvidence.OpenData;

/// <summary>When a page was published and last changed, with its change notes, newest first.</summary>
/// <param name="Published">The month its review was published (YYYY-MM; for a theme, its earliest review's).</param>
/// <param name="LastUpdated">The date of the newest change note, or null when there is none.</param>
/// <param name="Changes">Its own change notes and, for a review or a theme, those of its findings.</param>
public sealed record HistoryData(string Published, DateOnly? LastUpdated, IReadOnlyList<ChangeData> Changes);
