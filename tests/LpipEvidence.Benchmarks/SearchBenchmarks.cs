using BenchmarkDotNet.Attributes;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Engines;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// One query on one corpus size by each engine. Lucene is the baseline, so the Ratio column is engine / Lucene.
/// </summary>
[Config(typeof(SearchConfig))]
public class SearchBenchmarks
{
    private string _query = "";
    private ServiceEngine _service = null!;
    private BaselineServiceEngine _before = null!;
    private CoreEngine _core = null!;
    private NaiveEngine _naive = null!;
    private LuceneEngine _lucene = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Findings { get; set; }

    [ParamsAllValues]
    public QueryKind Query { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var store = Corpora.EnsureStore(Findings);
        _query = Queries.For(Query);
        _service = new ServiceEngine(store);
        _before = new BaselineServiceEngine(store);
        _core = new CoreEngine(store);
        _naive = new NaiveEngine(store);
        _lucene = new LuceneEngine(Findings);
        Console.WriteLine($"// query {Query}: {_query}");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _service.Dispose();
        _before.Dispose();
        _core.Dispose();
        _naive.Dispose();
        _lucene.Dispose();
    }

    [Benchmark(Baseline = true)]
    public async Task<int> Lucene() => (await _lucene.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> Service() => (await _service.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> ServiceBefore() => (await _before.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> Core() => (await _core.SearchAsync(_query)).Total;

    [Benchmark]
    public async Task<int> NaiveLike() => (await _naive.SearchAsync(_query)).Total;
}
