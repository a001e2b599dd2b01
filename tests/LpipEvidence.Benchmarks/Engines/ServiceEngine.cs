using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>The site's <see cref="SearchService"/>: count, facets, ranked page with highlights and snippets, suggestions.</summary>
public sealed class ServiceEngine(string databasePath) : ISearchEngine
{
    private readonly Corpora.BenchStore _store = new(databasePath);
    private SearchService? _service;

    public string Name => "Service";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        _service ??= new SearchService(_store.Factory, _store.Status);
        var results = await _service.SearchAsync(new SearchRequest(query, PageSize: 10, PrefixLastWord: false));
        return (results.Total, results.Hits.Select(h => h.Slug).ToList());
    }

    public void Dispose() => _store.Dispose();
}
