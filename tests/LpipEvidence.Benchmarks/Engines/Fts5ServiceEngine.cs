using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Fts5;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>The search service before Lucene (SQLite FTS5, <see cref="Fts5SearchService"/>) on the same content: count, facets, page, suggestions.</summary>
public sealed class Fts5ServiceEngine(string databasePath) : ISearchEngine
{
    private readonly Corpora.BenchStore _store = new(databasePath);
    private Fts5SearchService? _service;

    public string Name => "Fts5Service";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        _service ??= new Fts5SearchService(_store.Factory, _store.Status);
        var results = await _service.SearchAsync(new SearchRequest(query, PageSize: 10, PrefixLastWord: false));
        return (results.Total, results.Hits.Select(h => h.Slug).ToList());
    }

    public void Dispose() => _store.Dispose();
}
