namespace LpipEvidence.Content;

/// <summary>
/// A meaningful change an editor recorded in a content file's front matter (GOV.UK's model: a date and one
/// sentence). Typo fixes need none.
/// </summary>
/// <param name="Date">When the change was published.</param>
/// <param name="Note">What changed, in one sentence of plain text.</param>
/// <param name="Line">The 1-based line of the note's entry in its file, for messages about it.</param>
public sealed record ChangeNote(DateOnly Date, string Note, int Line);
