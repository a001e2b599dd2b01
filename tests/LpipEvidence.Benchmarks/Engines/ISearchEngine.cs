namespace LpipEvidence.Benchmarks.Engines;

/// <summary>One way of answering a query: the total number of matches and the first page of 10.</summary>
public interface ISearchEngine : IDisposable
{
    /// <summary>Short name for tables.</summary>
    string Name { get; }

    /// <summary>Runs <paramref name="query"/> and returns how many documents match and the slugs of the top 10.</summary>
    Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query);
}
