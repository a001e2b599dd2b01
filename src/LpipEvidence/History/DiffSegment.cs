namespace LpipEvidence.History;

/// <summary>What happened to a run of text between two versions.</summary>
public enum DiffKind
{
    /// <summary>In both versions.</summary>
    Unchanged,

    /// <summary>Only in the older version.</summary>
    Removed,

    /// <summary>Only in the newer version.</summary>
    Added,
}

/// <summary>A run of words with the same fate between two versions (white space kept as it was).</summary>
public sealed record DiffSegment(DiffKind Kind, string Text);
