namespace LpipEvidence.Store;

/// <summary>One successful import that changed the store: which content (by hash) and when.</summary>
public sealed class ContentImport
{
    public int Id { get; set; }
    public required string Hash { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    public int ReviewCount { get; set; }
    public int FindingCount { get; set; }
    public int ThemeCount { get; set; }
}
