using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored change note of a review, finding or theme, named by its kind and slug (ids change on every import).</summary>
public sealed class StoredChangeNote
{
    /// <summary>The row id.</summary>
    public int Id { get; set; }
    /// <summary>Whether the note is on a review, a finding or a theme.</summary>
    public ContentKind SubjectKind { get; set; }
    /// <summary>The slug of the review, finding or theme it is on.</summary>
    public required string SubjectSlug { get; set; }

    /// <summary>The note's place in its file's list, oldest first.</summary>
    public int Position { get; set; }
    /// <summary>When the change was published.</summary>
    public DateOnly Date { get; set; }
    /// <summary>What changed, in one sentence of plain text.</summary>
    public required string Note { get; set; }
}
