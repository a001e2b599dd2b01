namespace LpipEvidence.Store;

/// <summary>One successful import that changed the store: which content (by hash) and when.</summary>
public sealed class ContentImport
{
    /// <summary>The row id.</summary>
    public int Id { get; set; }
    /// <summary>The content's hash (SHA-256 of every file's path and bytes), to skip an unchanged import.</summary>
    public required string Hash { get; set; }
    /// <summary>When the import was written, in UTC.</summary>
    public DateTime ImportedAtUtc { get; set; }
    /// <summary>How many reviews it stored.</summary>
    public int ReviewCount { get; set; }
    /// <summary>How many findings it stored.</summary>
    public int FindingCount { get; set; }
    /// <summary>How many themes it stored.</summary>
    public int ThemeCount { get; set; }
}
