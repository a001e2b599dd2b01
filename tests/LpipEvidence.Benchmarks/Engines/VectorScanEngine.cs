using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Benchmarks.Engines;

/// <summary>
/// The vector part of search by meaning alone: the exact scan over every passage of every document, on
/// <b>synthetic</b> random normalised vectors (<see cref="SyntheticVectors"/>) with as many passages per document as
/// the store's index really has, so it runs at 100,000 findings without embedding them. The query is embedded once,
/// outside the timing. Hits: documents above the similarity floor (few or none: random vectors are far from a query).
/// </summary>
public sealed class VectorScanEngine : ISearchEngine
{
    private readonly DocumentVectors _vectors;
    private readonly Dictionary<string, float[]> _queries = new(StringComparer.Ordinal);

    public VectorScanEngine(string databasePath)
    {
        using var store = new Corpora.BenchStore(databasePath).OpenIndex();
        var snapshot = store.Index.Acquire() ?? throw new InvalidOperationException($"the store {databasePath} has no search index");
        try
        {
            _vectors = SyntheticVectors.Make(MeaningBuilder.PassagesOf(snapshot).Select(p => p.Count).ToList());
        }
        finally
        {
            snapshot.Release();
        }
    }

    public string Name => "VectorScan";

    /// <summary>What the vectors are, for the report.</summary>
    public string Description =>
        $"{_vectors.Count:N0} documents, {_vectors.Rows:N0} passages ({(double)_vectors.Rows / _vectors.Count:F1} each), {SyntheticVectors.Megabytes(_vectors):F0} MiB of synthetic random vectors";

    public Task<(int Total, IReadOnlyList<string> Top)> SearchAsync(string query)
    {
        if (!_queries.TryGetValue(query, out var vector)) _queries[query] = vector = MiniLmEmbedder.Shared.Embed([query])[0];
        return Task.FromResult<(int, IReadOnlyList<string>)>((SyntheticVectors.Search(_vectors, vector), []));
    }

    public void Dispose()
    {
        // Memory only.
    }
}
