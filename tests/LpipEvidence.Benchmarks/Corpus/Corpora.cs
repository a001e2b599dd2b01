using System.Diagnostics;
using LpipEvidence.Content;
using LpipEvidence.Import;
using LpipEvidence.Search;
using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Benchmarks.Corpus;

/// <summary>
/// Generated corpora, imported stores and Lucene indexes, cached under the system temp folder and keyed by size,
/// seed and format version, so that every benchmark process reuses what the first one built.
/// </summary>
public static class Corpora
{
    /// <summary>The one seed used everywhere.</summary>
    public const int Seed = 20241001;

    /// <summary>Sizes measured, in findings.</summary>
    public static readonly int[] Sizes = [10_000, 100_000];

    /// <summary>Where everything is cached.</summary>
    public static string CacheRoot { get; } = Path.Combine(Path.GetTempPath(), "lpip-bench");

    /// <summary>The content folder for <paramref name="findings"/> findings, generating and validating it when missing.</summary>
    public static string EnsureCorpus(int findings)
    {
        var folder = Path.Combine(CacheRoot, $"corpus-{findings}-seed{Seed}-v{CorpusGenerator.Version}");
        var marker = folder + ".complete";
        if (File.Exists(marker)) return folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var watch = Stopwatch.StartNew();
        new CorpusGenerator(Seed).Write(folder, findings);
        var read = ContentReader.Read(folder);
        if (!read.IsValid)
        {
            throw new InvalidOperationException(
                $"generated corpus is invalid ({read.Errors.Count} errors), first: {read.Errors[0].Format(folder)}");
        }
        File.WriteAllText(marker, $"{read.Content!.Findings.Count()} findings, {read.Content.Reviews.Count} reviews, {read.Content.Themes.Count} themes\n");
        Console.WriteLine($"// generated {findings} findings in {watch.Elapsed.TotalSeconds:F1} s: {folder}");
        return folder;
    }

    /// <summary>
    /// A store with the corpus imported by the import step (store and search index beside it; the write-ahead log
    /// checkpointed), built once per schema version.
    /// </summary>
    public static string EnsureStore(int findings)
    {
        var corpus = EnsureCorpus(findings);
        var folder = Path.Combine(CacheRoot, $"store-{findings}-seed{Seed}-v{CorpusGenerator.Version}-{SchemaKey()}");
        var path = Path.Combine(folder, "evidence.db");
        var marker = folder + ".complete";
        if (File.Exists(marker)) return path;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var watch = Stopwatch.StartNew();
        using var store = new BenchStore(path);
        store.MigrateAsync().GetAwaiter().GetResult();
        var result = store.Importer.ImportAsync(corpus).GetAwaiter().GetResult();
        if (result.Store.Outcome != ImportOutcome.Imported) throw new InvalidOperationException($"import of {corpus} gave {result.Store.Outcome}");
        Checkpoint(store.ConnectionString);
        File.WriteAllText(marker, $"imported in {watch.Elapsed.TotalSeconds:F1} s\n");
        Console.WriteLine($"// imported {findings} findings in {watch.Elapsed.TotalSeconds:F1} s: {path}");
        return path;
    }

    /// <summary>The store of <see cref="EnsureStore"/> with the FTS5 tables of the old search added (once), for the FTS5 engine.</summary>
    public static string EnsureFts5Store(int findings)
    {
        var path = EnsureStore(findings);
        if (File.Exists(path + ".fts5.complete")) return path;
        var watch = Stopwatch.StartNew();
        var content = ContentReader.Read(EnsureCorpus(findings)).Content ?? throw new InvalidOperationException("invalid corpus");
        Fts5.Fts5Indexer.EnsureFor(path, content);
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"// FTS5 index of {findings} findings added in {watch.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    /// <summary>Bytes on disk of a folder and everything in it.</summary>
    public static long FolderBytes(string folder) =>
        Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length) : 0;

    /// <summary>Truncates the write-ahead log into the main file.</summary>
    public static void Checkpoint(string connectionString)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
        command.ExecuteNonQuery();
    }

    /// <summary>Bytes on disk of the database file and its write-ahead log.</summary>
    public static long StoreBytes(string databasePath) =>
        new[] { databasePath, databasePath + "-wal" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    /// <summary>The last migration's id: a store built by an older schema is rebuilt.</summary>
    public static string SchemaKey()
    {
        var options = new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite("Data Source=:memory:").Options;
        using var db = new EvidenceDbContext(options);
        return db.Database.GetMigrations().Last().Split('_')[0];
    }

    /// <summary>A SQLite store at a path with its search index, wired as the site wires them.</summary>
    public sealed class BenchStore : IDisposable
    {
        public BenchStore(string path, TimeSpan? searchBudget = null)
        {
            EvidenceStore.EnsureFolder($"Data Source={path}");
            DatabasePath = path;
            ConnectionString = $"Data Source={path}";
            var options = new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite(ConnectionString).Options;
            Factory = new Factory(options);
            Status = new ContentStatus();
            Status.ContentChanged();
            StoreImporter = new ContentImporter(Factory, Status, TimeProvider.System, NullLogger<ContentImporter>.Instance);
            Index = new SearchIndexManager(Factory, TimeProvider.System, NullLogger<SearchIndexManager>.Instance);
            Importer = new EvidenceImporter(StoreImporter, Index, NullLogger<EvidenceImporter>.Instance);
            // Benchmarks measure the search, not the budget: a minute never stops one.
            Search = new SearchService(Index, Options.Create(new SearchOptions { TimeBudget = searchBudget ?? TimeSpan.FromMinutes(1) }));
        }

        public string DatabasePath { get; }
        public string ConnectionString { get; }
        public IDbContextFactory<EvidenceDbContext> Factory { get; }
        public ContentStatus Status { get; }
        public ContentImporter StoreImporter { get; }
        public SearchIndexManager Index { get; }
        public EvidenceImporter Importer { get; }
        public SearchService Search { get; }

        public Task MigrateAsync() => EvidenceStore.MigrateAsync(Factory);

        /// <summary>Opens the index that is on disk (building it if it is missing or stale).</summary>
        public BenchStore OpenIndex()
        {
            Index.RefreshWhileServingAsync().GetAwaiter().GetResult();
            Index.WhenIdleAsync().GetAwaiter().GetResult();
            return this;
        }

        public void Dispose()
        {
            Importer.Dispose();
            Index.Dispose();
            StoreImporter.Dispose();
            SqliteConnection.ClearAllPools();
        }
    }

    private sealed class Factory(DbContextOptions<EvidenceDbContext> options) : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => new(options);
    }
}
