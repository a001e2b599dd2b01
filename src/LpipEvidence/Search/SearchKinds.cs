namespace LpipEvidence.Search;

/// <summary>What a search result is.</summary>
public static class SearchKinds
{
    /// <summary>A finding.</summary>
    public const string Finding = "finding";

    /// <summary>A review.</summary>
    public const string Review = "review";

    /// <summary>A theme.</summary>
    public const string Theme = "theme";
}
