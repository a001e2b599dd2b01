namespace LpipEvidence.History;

/// <summary>One version of a content file in the git history of the content folder.</summary>
/// <param name="Id">The commit's id (full), or <see cref="ContentHistory.WorkingCopyId"/> for edits not yet committed.</param>
/// <param name="When">When the version was committed (or read, for the working copy).</param>
/// <param name="Text">The file's text in that version.</param>
public sealed record ContentVersion(string Id, DateTimeOffset When, string Text)
{
    /// <summary>The first seven characters of the id, as git shows it.</summary>
    public string ShortId => Id.Length > 7 ? Id[..7] : Id;
}
