namespace LpipEvidence.OpenData;

/// <summary>A dated change note written by the editors.</summary>
/// <param name="Date">When the change was published (YYYY-MM-DD).</param>
/// <param name="Note">What changed, one sentence.</param>
/// <param name="Kind">What changed: review, finding or theme.</param>
/// <param name="Slug">Which one.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Address of its page.</param>
public sealed record ChangeData(DateOnly Date, string Note, string Kind, string Slug, string Title, string Url);
