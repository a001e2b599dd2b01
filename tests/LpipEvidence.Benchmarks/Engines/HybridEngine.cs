using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// The site's <see cref="SearchService"/> with search by meaning on (words and meaning fused), on the same store
/// and word index as <see cref="ServiceEngine"/> plus the store's meaning vectors (see
/// <see cref="Corpora.EnsureMeaningStore"/>). <c>Hybrid</c> keeps one service, so a repeated query finds its vector
/// in the service's cache (someone paging or typing the same words again); <c>HybridCold</c> asks a new service
/// each time, so every request embeds its query as a first search does.
/// </summary>
public sealed class HybridEngine : ISearchEngine
{
    private readonly Corpora.BenchStore _store;
    private readonly bool _cold;

    public HybridEngine(string databasePath, bool cold)
    {
        _cold = cold;
        _store = new Corpora.BenchStore(databasePath, embedder: MiniLmEmbedder.Shared).OpenIndex();
        var meaning = _store.Index.Meaning;
        if (!meaning.IsReady)
        {
            _store.Dispose();
            throw new InvalidOperationException($"the store {databasePath} has no meaning vectors ({meaning.Status} {meaning.Error}): build them with Corpora.EnsureMeaningStore");
        }
    }

    public string Name => _cold ? "HybridCold" : "Hybrid";

    public async Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        var service = _cold ? _store.NewSearch() : _store.Search;
        var results = await service.SearchAsync(new SearchRequest(query, PageSize: 10, PrefixLastWord: false, Mode: SearchMode.Hybrid));
        return (results.Total, results.Hits.Select(h => h.Slug).ToList());
    }

    public void Dispose() => _store.Dispose();
}
