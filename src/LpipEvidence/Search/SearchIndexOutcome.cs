namespace LpipEvidence.Search;

/// <summary>What bringing the search index up to date did.</summary>
public enum SearchIndexOutcome
{
    /// <summary>The open index already matched the store.</summary>
    Unchanged,

    /// <summary>An index of the store's content was on disk and is now open.</summary>
    Opened,

    /// <summary>A new index was built, swapped in, and older ones removed.</summary>
    Built,

    /// <summary>A previous index is serving while a new one is built in the background.</summary>
    BuildingInBackground,
}
