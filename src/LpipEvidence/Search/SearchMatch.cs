namespace LpipEvidence.Search;

/// <summary>Why a result was found.</summary>
public enum SearchMatch
{
    /// <summary>It has the words searched for.</summary>
    Words,

    /// <summary>It is close in meaning, without the words.</summary>
    Meaning,

    /// <summary>It has the words and is close in meaning.</summary>
    Both,
}
