using LpipEvidence.Benchmarks.Baseline;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>The search service as it was before the performance work (a copy of commit 69a0a9d's SearchService).</summary>
public sealed class BaselineServiceEngine(string databasePath) : ISearchEngine
{
    private readonly Corpora.BenchStore _store = new(databasePath);
    private BaselineSearchService? _service;

    public string Name => "ServiceBefore";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        _service ??= new BaselineSearchService(_store.Factory, _store.Status);
        var results = await _service.SearchAsync(new SearchRequest(query, PageSize: 10, PrefixLastWord: false));
        return (results.Total, results.Hits.Select(h => h.Slug).ToList());
    }

    public void Dispose() => _store.Dispose();
}
