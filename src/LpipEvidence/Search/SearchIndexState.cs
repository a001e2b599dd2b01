namespace LpipEvidence.Search;

/// <summary>The search index's readiness, for health checks and the status page.</summary>
/// <param name="Status">What it is doing.</param>
/// <param name="Serving">The store content the index that searches use was built from, or null when there is none.</param>
/// <param name="Error">Why the last build failed, when it did.</param>
/// <param name="Since">When the status last changed.</param>
public sealed record SearchIndexState(SearchIndexStatus Status, StoreGeneration? Serving, string? Error, DateTimeOffset Since)
{
    /// <summary>Whether searches can be answered (from the current index or a previous one).</summary>
    public bool CanSearch => Serving is not null;
}
