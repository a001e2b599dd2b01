using BenchmarkDotNet.Attributes;
using LpipEvidence.Benchmarks.Corpus;
using LpipEvidence.Benchmarks.Fts5;
using Microsoft.Extensions.Logging.Abstractions;

namespace LpipEvidence.Benchmarks;

/// <summary>
/// An import of a generated corpus into a fresh, migrated store: the import step (read, validate, write the store,
/// build the Lucene index and swap it in) against the importer before Lucene (the same, with the FTS5 index
/// rebuilt inside the store's transaction).
/// </summary>
[Config(typeof(ImportConfig))]
public class ImportBenchmarks
{
    private string _corpus = "";
    private LpipEvidence.Content.ContentLimits? _limits;
    private string _folder = "";
    private Corpora.BenchStore? _store;

    // 100k takes minutes per import here: measure it with `import-profile 100000` (one import of each).
    [Params(10_000)]
    public int Findings { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpora.EnsureCorpus(Findings);
        _limits = Corpora.LimitsFor(_corpus);
    }

    [IterationSetup]
    public void CreateStore()
    {
        _folder = Path.Combine(Corpora.CacheRoot, "import-" + Guid.NewGuid().ToString("N"));
        _store = new Corpora.BenchStore(Path.Combine(_folder, "evidence.db"), limits: _limits);
        _store.MigrateAsync().GetAwaiter().GetResult();
    }

    [Benchmark]
    public async Task<int> Import() => (await _store!.Importer.ImportAsync(_corpus)).Store.FindingCount;

    [Benchmark]
    public async Task<int> ImportFts5()
    {
        await Fts5Indexer.CreateTablesAsync(OpenConnection());
        using var importer = new Fts5ContentImporter(_store!.Factory, _store.Status, TimeProvider.System, NullLogger<Fts5ContentImporter>.Instance, _limits);
        return (await importer.ImportAsync(_corpus)).FindingCount;
    }

    private Microsoft.Data.Sqlite.SqliteConnection OpenConnection()
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection(_store!.ConnectionString);
        connection.Open();
        return connection;
    }

    [IterationCleanup]
    public void DeleteStore()
    {
        Corpora.Checkpoint(_store!.ConnectionString);
        Console.WriteLine($"// store after import: {Corpora.StoreBytes(_store.DatabasePath):N0} bytes, search index {Corpora.FolderBytes(_store.Index.Location):N0} bytes");
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
