using LpipEvidence.Content;

namespace LpipEvidence.Store;

/// <summary>A stored change note of a review, finding or theme, named by its kind and slug (ids change on every import).</summary>
public sealed class StoredChangeNote
{
    public int Id { get; set; }
    public ContentKind SubjectKind { get; set; }
    public required string SubjectSlug { get; set; }

    /// <summary>The note's place in its file's list, oldest first.</summary>
    public int Position { get; set; }
    public DateOnly Date { get; set; }
    public required string Note { get; set; }
}
