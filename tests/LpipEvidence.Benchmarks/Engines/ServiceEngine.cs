using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>The site's <see cref="SearchService"/> on Lucene: count, facets, ranked page with highlights and snippets, suggestions.</summary>
public sealed class ServiceEngine(string databasePath) : ISearchEngine
{
    private readonly Corpora.BenchStore _store = new Corpora.BenchStore(databasePath).OpenIndex();

    public string Name => "Service";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var results = await _store.Search.SearchAsync(new SearchRequest(query, PageSize: 10, PrefixLastWord: false));
        return (results.Total, results.Hits.Select(h => h.Slug).ToList());
    }

    public void Dispose() => _store.Dispose();
}
