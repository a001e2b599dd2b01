namespace LpipEvidence.Search;

/// <summary>How a search finds its results.</summary>
public enum SearchMode
{
    /// <summary>Words first, then findings close in meaning (the default).</summary>
    Hybrid,

    /// <summary>Only results that have the words.</summary>
    Words,

    /// <summary>Only the findings closest in meaning.</summary>
    Meaning,
}
