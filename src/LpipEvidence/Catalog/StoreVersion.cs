namespace LpipEvidence.Catalog;

/// <summary>Which content the store holds: the last import that changed it.</summary>
public sealed record StoreVersion(string Hash, DateTime ImportedAtUtc, int ReviewCount, int FindingCount, int ThemeCount);
