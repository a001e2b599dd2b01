namespace LpipEvidence.Search;

/// <summary>What the search index is doing.</summary>
public enum SearchIndexStatus
{
    /// <summary>Being built or opened; searches use the previous index meanwhile, if there is one.</summary>
    Indexing,

    /// <summary>Serving an index of the store's current content.</summary>
    Ready,

    /// <summary>The last build failed; searches use the previous index, if there is one.</summary>
    Failed,
}
