using BenchmarkDotNet.Attributes;
using LpipEvidence.Benchmarks.Baseline;
using LpipEvidence.Benchmarks.Corpus;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// ContentImporter.ImportAsync of a generated corpus into a fresh, migrated store (read, validate, write, index),
/// and the importer as it was before the performance work (EF Core change-tracked inserts of the findings).
/// </summary>
[Config(typeof(ImportConfig))]
public class ImportBenchmarks
{
    private string _corpus = "";
    private string _folder = "";
    private Corpora.BenchStore? _store;

    // 100k takes minutes per import here: measure it with `import-profile 100000` (one import of each).
    [Params(1_000, 10_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup() => _corpus = Corpora.EnsureCorpus(Findings);

    [IterationSetup]
    public void CreateStore()
    {
        _folder = Path.Combine(Corpora.CacheRoot, "import-" + Guid.NewGuid().ToString("N"));
        _store = new Corpora.BenchStore(Path.Combine(_folder, "evidence.db"));
        _store.MigrateAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Import() => (await _store!.Importer.ImportAsync(_corpus)).FindingCount;

    [Benchmark]
    public async Task<int> ImportBefore()
    {
        using var importer = new BaselineContentImporter(_store!.Factory, _store.Status, TimeProvider.System, NullLogger<BaselineContentImporter>.Instance);
        return (await importer.ImportAsync(_corpus)).FindingCount;
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        Corpora.Checkpoint(_store!.ConnectionString);
        Console.WriteLine($"// store after import: {Corpora.StoreBytes(_store.DatabasePath):N0} bytes");
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
