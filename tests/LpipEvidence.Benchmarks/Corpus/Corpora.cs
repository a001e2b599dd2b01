using System.Diagnostics;
using LpipEvidence.Content;
using LpipEvidence.Import;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace LpipEvidence.Benchmarks.Corpus;

/// <summary>
/// Generated corpora, imported stores, Lucene indexes and meaning vectors, cached in <see cref="CacheRoot"/> and
/// keyed by size, seed and format version, so that every benchmark process (and every later run) reuses what the
/// first one built.
/// </summary>
public static class Corpora
{
    /// <summary>The one seed used everywhere.</summary>
    public const int Seed = 20241001;

    /// <summary>Sizes measured, in findings.</summary>
    public static readonly int[] Sizes = [10_000, 100_000];

    /// <summary>The environment variable naming the cache folder (<c>--cache</c> sets it, so benchmark child processes inherit it).</summary>
    public const string CacheVariable = "LPIP_BENCH_CACHE";

    /// <summary>
    /// Where everything is cached: <see cref="CacheVariable"/> when set (a folder that survives reboots, to keep
    /// embedded stores between runs), otherwise the system temp folder.
    /// </summary>
    public static string CacheRoot { get; private set; } = Environment.GetEnvironmentVariable(CacheVariable) is { Length: > 0 } cache
        ? Path.GetFullPath(cache)
        : Path.Combine(Path.GetTempPath(), "lpip-bench");

    /// <summary>Caches in <paramref name="folder"/> from now on, in this process and the processes it starts.</summary>
    public static void UseCache(string folder)
    {
        CacheRoot = Path.GetFullPath(folder);
        Environment.SetEnvironmentVariable(CacheVariable, CacheRoot);
    }

    /// <summary>
    /// The content limits a generated corpus needs: the site's defaults, raised to the files and bytes the folder
    /// holds. The defaults guard a real content folder against a mistake (50,000 files at most), and 100,000 generated
    /// findings are more files than that.
    /// </summary>
    public static ContentLimits LimitsFor(string corpus)
    {
        var sizes = Directory.EnumerateFiles(corpus, "*", SearchOption.AllDirectories).Select(f => new FileInfo(f).Length).ToList();
        var defaults = ContentLimits.Default;
        return defaults with { MaxFiles = Math.Max(defaults.MaxFiles, sizes.Count), MaxTotalBytes = Math.Max(defaults.MaxTotalBytes, sizes.Sum()) };
    }

    /// <summary>Reads a generated corpus within <see cref="LimitsFor"/>; throws with the first error (the root one) when it is invalid.</summary>
    public static ContentSet Read(string corpus)
    {
        var read = ContentReader.Read(corpus, LimitsFor(corpus));
        if (read.IsValid) return read.Content!;
        throw new InvalidOperationException($"the corpus in {corpus} is invalid ({read.Errors.Count} errors), first: {read.Errors[0].Format(corpus)}");
    }

    /// <summary>The content folder for <paramref name="findings"/> findings, generating and validating it when missing.</summary>
    public static string EnsureCorpus(int findings)
    {
        var folder = Path.Combine(CacheRoot, $"corpus-{findings}-seed{Seed}-v{CorpusGenerator.Version}");
        var marker = folder + ".complete";
        if (File.Exists(marker)) return folder;
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);

        var watch = Stopwatch.StartNew();
        new CorpusGenerator(Seed).Write(folder, findings);
        var content = Read(folder);
        File.WriteAllText(marker, $"{content.Findings.Count()} findings, {content.Reviews.Count} reviews, {content.Themes.Count} themes\n");
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
        using var store = new BenchStore(path, limits: LimitsFor(corpus));
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
        Fts5.Fts5Indexer.EnsureFor(path, Read(EnsureCorpus(findings)));
        SqliteConnection.ClearAllPools();
        Console.WriteLine($"// FTS5 index of {findings} findings added in {watch.Elapsed.TotalSeconds:F1} s");
        return path;
    }

    /// <summary>
    /// The store of <see cref="EnsureStore"/> with the meaning vectors of <see cref="MiniLmEmbedder"/> in its index
    /// generation (as the site keeps them). Embedding every passage takes minutes at 10,000 findings; it happens once,
    /// and later runs read the vectors from the cache.
    /// </summary>
    public static string EnsureMeaningStore(int findings)
    {
        var path = EnsureStore(findings);
        var watch = Stopwatch.StartNew();
        using var store = new BenchStore(path, embedder: MiniLmEmbedder.Shared);
        // As the import command does: nothing is served meanwhile, so embed on every core.
        store.Index.EmbeddingThreads = Environment.ProcessorCount;
        store.OpenIndex();
        var meaning = store.Index.Meaning;
        if (!meaning.IsReady) throw new InvalidOperationException($"the meaning vectors of {path} could not be made: {meaning.Status} {meaning.Error}");
        if (meaning.Embedded > 0)
        {
            Console.WriteLine($"// embedded {meaning.Embedded:N0} passages of {findings} findings in {watch.Elapsed.TotalSeconds:F0} s, kept in {store.Index.CurrentFolder} for later runs");
        }
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

    /// <summary>
    /// A SQLite store at a path with its search index, wired as the site wires them: words only, or with the model
    /// for search by meaning when <paramref name="embedder"/> is given; content read within <paramref name="limits"/>.
    /// </summary>
    public sealed class BenchStore : IDisposable
    {
        private readonly IOptions<SearchOptions> _searchOptions;

        public BenchStore(string path, TimeSpan? searchBudget = null, ITextEmbedder? embedder = null, ContentLimits? limits = null)
        {
            EvidenceStore.EnsureFolder($"Data Source={path}");
            DatabasePath = path;
            ConnectionString = $"Data Source={path}";
            var options = new DbContextOptionsBuilder<EvidenceDbContext>().UseSqlite(ConnectionString).Options;
            Factory = new Factory(options);
            Status = new ContentStatus();
            Status.ContentChanged();
            StoreImporter = new StoreWriter(Factory, Status, TimeProvider.System, NullLogger<StoreWriter>.Instance, limits);
            Index = new SearchIndexManager(Factory, TimeProvider.System, NullLogger<SearchIndexManager>.Instance, embedder);
            Importer = new EvidenceImporter(StoreImporter, Index, NullLogger<EvidenceImporter>.Instance);
            // Benchmarks measure the search, not the budget: a minute never stops one.
            _searchOptions = Options.Create(new SearchOptions { TimeBudget = searchBudget ?? TimeSpan.FromMinutes(1) });
            Search = NewSearch();
        }

        public string DatabasePath { get; }
        public string ConnectionString { get; }
        public IDbContextFactory<EvidenceDbContext> Factory { get; }
        public ContentStatus Status { get; }
        internal StoreWriter StoreImporter { get; }
        public SearchIndexManager Index { get; }
        public EvidenceImporter Importer { get; }
        public SearchService Search { get; }

        public Task MigrateAsync() => EvidenceStore.MigrateAsync(Factory);

        /// <summary>A new search service on this store's index, with an empty cache of query vectors.</summary>
        public SearchService NewSearch() => new(Index, _searchOptions);

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
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>A context factory over fixed options, as the benchmarks' stores use.</summary>
    internal sealed class Factory(DbContextOptions<EvidenceDbContext> options) : IDbContextFactory<EvidenceDbContext>
    {
        public EvidenceDbContext CreateDbContext() => new(options);
    }
}
