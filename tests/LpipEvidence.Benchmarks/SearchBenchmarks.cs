using BenchmarkDotNet.Attributes;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Engines;
using LpipEvidence.Search.Querying;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// One query on one corpus size by each engine. Lucene is the baseline, so the Ratio column is engine / Lucene.
/// </summary>
[Config(typeof(SearchConfig))]
public class SearchBenchmarks
{
    private string _query = "";
    private ServiceEngine _service = null!;
    private Fts5ServiceEngine _fts5 = null!;
    private LuceneQueryEngine _luceneQuery = null!;
    private LuceneEngine _lucene = null!;

    [Params(10_000, 100_000)]
    public int Findings { get; set; }

    [ParamsAllValues]
    public QueryKind Query { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = Corpora.EnsureFts5Store(Findings);
        _query = Queries.For(Query);
        _service = new ServiceEngine(store);
        _fts5 = new Fts5ServiceEngine(store);
        _luceneQuery = new LuceneQueryEngine(store);
        _lucene = new LuceneEngine(store);
        Console.WriteLine($"// query {Query}: {_query}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _service.Dispose();
        _fts5.Dispose();
        _luceneQuery.Dispose();
        _lucene.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Lucene() => (await _lucene.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> LuceneQuery() => (await _luceneQuery.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> Service() => (await _service.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> Fts5Service() => (await _fts5.SearchAsync(_query)).Total;
}
