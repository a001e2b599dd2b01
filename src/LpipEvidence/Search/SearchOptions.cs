namespace LpipEvidence.Search;

/// <summary>How long a search may take. Section "Search".</summary>
public sealed class SearchOptions
{
    /// <summary>The configuration section (<c>Search</c>).</summary>
    public const string Section = "Search";

    /// <summary>
    /// The most one search may take (default 2 s); past it the search stops and answers that it took too long.
    /// Searches normally take a few milliseconds: this only stops a pathological one from holding a thread.
    /// </summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(2);
}
