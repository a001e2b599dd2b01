using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// One query embedding alone, by the site's model (no cache): the cost a search by meaning adds when its query is
/// new. Measured in the same run as the searches, so "hybrid median &lt;= words median + one query embedding" can
/// be checked on figures taken under the same load. Hits: the vector's length.
/// </summary>
public sealed class QueryEmbeddingEngine : ISearchEngine
{
    public string Name => "Embedding";

    public Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var vector = MiniLmEmbedder.Shared.Embed([query])[0];
        return Task.FromResult<(int, IReadOnlyList<string>)>((vector.Length, []));
    }

    public void Dispose()
    {
        // The model is the process's one shared instance.
    }
}
