using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Store;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Search;

/// <summary>
/// Owns the search index: where it lives, building it from the store, opening it, swapping generations and
/// reporting readiness. The index lives next to the store's database file, in <c>&lt;database&gt;.search/</c>:
/// one folder per generation (built aside, never modified once committed) and a small <c>current</c> file naming
/// the generation in use, written last and replaced atomically. A build killed at any point leaves the previous
/// generation in use and a stray folder that the next swap removes. Each generation records the store content
/// (import id and content hash) it was built from, so a missing, stale or corrupt index is rebuilt, and an index
/// can be opened read-only next to a read-only store. Thread-safe: builds run one at a time, searches never wait
/// for a build once an index is open.
/// <para>
/// With an <see cref="ITextEmbedder"/>, each generation also gets its meaning vectors, after its word index, in
/// its own folder (<see cref="DocumentVectors.FileName"/>, written aside and renamed in). Vectors of unchanged
/// texts are reused from the previous generation; when few texts are new they are embedded before the generation
/// is swapped in, otherwise the words serve at once and the meaning follows in the background
/// (<see cref="Meaning"/> says which).
/// </para>
/// </summary>
public sealed partial class SearchIndexManager : IDisposable
{
    /// <summary>The file, inside <see cref="Location"/>, that names the generation in use.</summary>
    public const string PointerFile = "current";

    /// <summary>The format of the index this version builds and reads; an index of another format is rebuilt, or refused when served read-only.</summary>
    public const int IndexFormat = SearchIndexBuilder.Format;

    /// <summary>
    /// Most passages a build embeds before it swaps the new generation in (about a second on two cores); with more to
    /// embed (a first import, a new model) the words serve first and the meaning follows in the background.
    /// </summary>
    public const int DefaultInlineEmbedLimit = 200;

    /// <summary>Most passages a build embeds before it swaps the new generation in (see <see cref="DefaultInlineEmbedLimit"/>).</summary>
    public int InlineEmbedLimit { get; set; } = DefaultInlineEmbedLimit;

    /// <summary>
    /// Threads that embed at once. One while the site serves (the model uses one core, and pages and searches the
    /// others); the <c>import</c> and <c>artifact</c> commands, which serve nothing, use every core.
    /// </summary>
    public int EmbeddingThreads { get; set; } = 1;

    private readonly IDbContextFactory<EvidenceDbContext> _contextFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<SearchIndexManager> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstOpen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IndexSnapshot? _current;
    private SearchIndexState _state;
    private Task _background = Task.CompletedTask;
    private Task _meaning = Task.CompletedTask;
    private DocumentVectors? _lastVectors;
    private int _disposed;

    /// <param name="contextFactory">The store.</param>
    /// <param name="time">The clock.</param>
    /// <param name="logger">Where builds are logged.</param>
    /// <param name="embedder">The model for search by meaning; null for words only.</param>
    public SearchIndexManager(IDbContextFactory<EvidenceDbContext> contextFactory, TimeProvider time, ILogger<SearchIndexManager> logger, ITextEmbedder? embedder = null)
    {
        _contextFactory = contextFactory;
        _time = time;
        _logger = logger;
        Embedder = embedder;
        using (var db = contextFactory.CreateDbContext()) Location = LocationFor(db.Database.GetConnectionString());
        _state = new SearchIndexState(SearchIndexStatus.Indexing, null, null, time.GetUtcNow());
    }

    /// <summary>The folder holding the index generations.</summary>
    public string Location { get; }

    /// <summary>What the index is doing and which content it serves.</summary>
    public SearchIndexState State => Volatile.Read(ref _state);

    /// <summary>The model for search by meaning, or null for words only.</summary>
    public ITextEmbedder? Embedder { get; }

    /// <summary>Whether search by meaning can answer now, for the generation in use.</summary>
    public MeaningState Meaning
    {
        get
        {
            if (Embedder is null) return new MeaningState(MeaningStatus.Off, null, 0, null);
            var snapshot = Volatile.Read(ref _current);
            if (snapshot?.Vectors is not null) return new MeaningState(MeaningStatus.Ready, Embedder.ModelName, snapshot.Embedded, null);
            if (snapshot?.MeaningProblem is { } problem) return new MeaningState(MeaningStatus.Unavailable, Embedder.ModelName, 0, problem);
            return new MeaningState(MeaningStatus.Embedding, Embedder.ModelName, 0, null);
        }
    }

    /// <summary>The folder of the generation in use, or null before one is open.</summary>
    public string? CurrentFolder => Volatile.Read(ref _current)?.Folder;

    /// <summary>How many documents the generation in use holds, or null when none is open.</summary>
    public int? CurrentDocumentCount => Volatile.Read(ref _current)?.DocumentCount;

    /// <summary>
    /// The index folder for a SQLite connection string: <c>&lt;database file&gt;.search</c>, or a folder in the
    /// temp folder for an in-memory database.
    /// </summary>
    public static string LocationFor(string? connectionString)
    {
        var dataSource = string.IsNullOrEmpty(connectionString) ? "" : new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return Path.Combine(Path.GetTempPath(), $"lpip-search-{Environment.ProcessId}-{Guid.NewGuid():N}");
        }
        return Path.GetFullPath(dataSource) + ".search";
    }

    /// <summary>
    /// Brings the index up to date with the store and waits: nothing when it already is, opens the generation on
    /// disk when it matches, builds a new one otherwise. Throws when the build fails (the previous index, if any,
    /// keeps serving and <see cref="State"/> says so).
    /// </summary>
    public async Task<SearchIndexOutcome> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await RefreshCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Like <see cref="RefreshAsync"/>, for start-up and unchanged content: when a previous index can serve
    /// meanwhile (the one on disk, even if stale), it is opened at once and the new one is built in the background
    /// (<see cref="WhenIdleAsync"/> waits for it); with nothing to serve, it builds and waits.
    /// </summary>
    public async Task<SearchIndexOutcome> RefreshWhileServingAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var target = await ReadGenerationAsync(cancellationToken);
            if (Volatile.Read(ref _current) is null && TryOpenPointed() is { } onDisk) Swap(onDisk);
            if (Volatile.Read(ref _current) is { } open)
            {
                if (IsCurrent(open, target))
                {
                    SetState(SearchIndexStatus.Ready, open.Generation, null);
                    Cleanup(open.Folder);
                    EnsureMeaning(open);
                    return SearchIndexOutcome.Opened;
                }
                SetState(SearchIndexStatus.Indexing, open.Generation, null);
                _background = Task.Run(BuildInBackgroundAsync, CancellationToken.None);
                return SearchIndexOutcome.BuildingInBackground;
            }
            return await RefreshCoreAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Completes when no background build or embedding is running (it never throws: failures are in
    /// <see cref="State"/> and <see cref="Meaning"/>).
    /// </summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            var (background, meaning) = (Volatile.Read(ref _background), Volatile.Read(ref _meaning));
            await background;
            await meaning;
            if (ReferenceEquals(background, Volatile.Read(ref _background)) && ReferenceEquals(meaning, Volatile.Read(ref _meaning))) return;
        }
    }

    /// <summary>The open generation with a reference taken for one search, or null when none is open. Call <see cref="IndexSnapshot.Release"/>.</summary>
    internal IndexSnapshot? Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null) return null;
            if (snapshot.TryAcquire()) return snapshot;
        }
    }

    /// <summary>Like <see cref="Acquire"/>, but while the first index is being built, waits for it.</summary>
    internal async Task<IndexSnapshot?> AcquireAsync(CancellationToken cancellationToken)
    {
        if (Acquire() is { } snapshot) return snapshot;
        if (State.Status != SearchIndexStatus.Indexing) return null;
        await _firstOpen.Task.WaitAsync(cancellationToken);
        return Acquire();
    }

    private async Task<SearchIndexOutcome> RefreshCoreAsync(CancellationToken cancellationToken)
    {
        var target = await ReadGenerationAsync(cancellationToken);
        if (Volatile.Read(ref _current) is { } open && IsCurrent(open, target))
        {
            SetState(SearchIndexStatus.Ready, open.Generation, null);
            return SearchIndexOutcome.Unchanged;
        }
        if (TryOpenPointed() is { } onDisk)
        {
            if (IsCurrent(onDisk, target))
            {
                Swap(onDisk);
                SetState(SearchIndexStatus.Ready, onDisk.Generation, null);
                Cleanup(onDisk.Folder);
                EnsureMeaning(onDisk);
                return SearchIndexOutcome.Opened;
            }
            // A stale index still answers searches while its replacement is built.
            if (Volatile.Read(ref _current) is null) Swap(onDisk);
            else onDisk.Dispose();
        }

        SetState(SearchIndexStatus.Indexing, Volatile.Read(ref _current)?.Generation, null);
        string? folder = null;
        try
        {
            var watch = Stopwatch.StartNew();
            var source = await SearchSource.ReadAsync(_contextFactory, cancellationToken);
            var name = FolderName(source.Generation);
            folder = Path.Combine(Location, name);
            var now = _time.GetUtcNow();
            await Task.Run(() => SearchIndexBuilder.Build(source, folder, SearchAnalysis.Analyzer, now, cancellationToken), cancellationToken);
            var built = IndexSnapshot.Open(folder);
            bool meaningFollows;
            try
            {
                meaningFollows = !await Task.Run(() => TryAttachMeaning(built, embedFew: true, cancellationToken), cancellationToken);
            }
            catch
            {
                built.Dispose();
                throw;
            }
            WritePointer(name);
            Swap(built);
            SetState(SearchIndexStatus.Ready, built.Generation, null);
            LogBuilt(source.Documents.Count, built.Generation.ShortName, watch.Elapsed.TotalSeconds, folder);
            Cleanup(folder);
            if (meaningFollows) StartMeaning(built);
            return SearchIndexOutcome.Built;
        }
        catch (Exception ex)
        {
            var serving = Volatile.Read(ref _current)?.Generation;
            if (ex is OperationCanceledException)
            {
                SetState(serving is null ? SearchIndexStatus.Indexing : SearchIndexStatus.Failed, serving, "The index build was cancelled.");
            }
            else
            {
                SetState(SearchIndexStatus.Failed, serving, ex.Message);
                LogBuildFailed(ex, Location);
            }
            if (folder is not null) TryDelete(folder);
            throw;
        }
    }

    private async Task BuildInBackgroundAsync()
    {
        try
        {
            await RefreshAsync(_stopping.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
        {
            // Shutting down: the next start finds the index stale and builds it again.
        }
        catch (Exception)
        {
            // Already logged and recorded in State; the previous index keeps serving.
        }
    }

    private static bool IsCurrent(IndexSnapshot snapshot, StoreGeneration target) =>
        snapshot.Format == SearchIndexBuilder.Format && snapshot.Generation == target;

    private async Task<StoreGeneration> ReadGenerationAsync(CancellationToken cancellationToken)
    {
        await using var db = await _contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.Imports.AsNoTracking().OrderByDescending(i => i.Id)
            .Select(i => new StoreGeneration(i.Id, i.Hash)).FirstOrDefaultAsync(cancellationToken) ?? StoreGeneration.Empty;
    }

    private string FolderName(StoreGeneration generation) =>
        string.Create(CultureInfo.InvariantCulture, $"g{generation.ShortName}-{_time.GetUtcNow():yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..6]}");

    /// <summary>
    /// For a store served read-only: opens the generation the pointer names without writing anything (no build, no
    /// clean-up, no pointer), and only when it has this version's format and was built from the store's current
    /// content. Returns null when it is open and answers searches, otherwise why it cannot be used.
    /// </summary>
    public async Task<string?> OpenReadOnlyAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var target = await ReadGenerationAsync(cancellationToken);
            var (snapshot, problem, _) = OpenPointed();
            if (snapshot is not null)
            {
                if (snapshot.Format != SearchIndexBuilder.Format)
                {
                    problem = $"its search index has format {snapshot.Format}, and this version reads format {SearchIndexBuilder.Format}";
                }
                else if (snapshot.Generation != target)
                {
                    problem = $"its search index was built from other content ({snapshot.Generation.ShortName}) than the store holds ({target.ShortName})";
                }
                else
                {
                    // Read-only: the vectors are read when the artifact carries them, never made.
                    if (!TryAttachMeaning(snapshot, embedFew: false, cancellationToken) && Embedder is not null)
                    {
                        snapshot.MeaningProblem = $"the store artifact carries no meaning vectors of {Embedder.ModelName}: search works on words only";
                    }
                    Swap(snapshot);
                    SetState(SearchIndexStatus.Ready, snapshot.Generation, null);
                    return null;
                }
                snapshot.Dispose();
            }
            SetState(SearchIndexStatus.Failed, null, problem);
            return problem;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The generation the pointer names, opened; null (and logged) when there is none or it cannot be used.</summary>
    private IndexSnapshot? TryOpenPointed()
    {
        var (snapshot, _, error) = OpenPointed();
        if (error is not null) LogUnusable(error, Location);
        if (snapshot is null || snapshot.Format == SearchIndexBuilder.Format) return snapshot;
        snapshot.Dispose();
        return null;
    }

    /// <summary>The generation the pointer names, opened whatever its format; otherwise why not, and the error if one was thrown.</summary>
    private (IndexSnapshot? Snapshot, string? Problem, Exception? Error) OpenPointed()
    {
        var pointer = Path.Combine(Location, PointerFile);
        if (!File.Exists(pointer)) return (null, $"it lacks its search index ({pointer} does not exist)", null);
        string name;
        try
        {
            name = File.ReadAllText(pointer).Trim();
        }
        catch (IOException ex)
        {
            return (null, $"its search index pointer {pointer} cannot be read ({ex.Message})", ex);
        }
        var folder = Path.Combine(Location, name);
        if (name.Length == 0 || name != Path.GetFileName(name) || name.StartsWith('.') || !System.IO.Directory.Exists(folder))
        {
            return (null, $"its search index pointer {pointer} names no index folder", null);
        }
        try
        {
            return (IndexSnapshot.Open(folder), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CorruptIndexException or IndexFormatTooOldException
            or IndexFormatTooNewException or FormatException or KeyNotFoundException or JsonException or InvalidOperationException or ArgumentException)
        {
            return (null, $"its search index in {folder} cannot be opened ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// Gives <paramref name="snapshot"/> its vectors when it can without waiting long: those in its folder, or,
    /// with <paramref name="embedFew"/>, made now when at most <see cref="InlineEmbedLimit"/> texts are new.
    /// True when the snapshot needs nothing more (it has its vectors, or there is no model, or embedding failed
    /// and is recorded); false when they must be made in the background.
    /// </summary>
    private bool TryAttachMeaning(IndexSnapshot snapshot, bool embedFew, CancellationToken cancellationToken)
    {
        if (Embedder is null || snapshot.Vectors is not null) return true;
        if (DocumentVectors.TryRead(snapshot.Folder, Embedder.ModelName, snapshot.DocumentCount) is { } stored)
        {
            snapshot.SetVectors(stored, 0);
            Volatile.Write(ref _lastVectors, stored);
            return true;
        }
        if (!embedFew) return false;
        var reuse = Reusable();
        // Every document is at least one passage: with nothing to reuse and more documents than the limit, the
        // vectors are made in the background, and the words need not wait while the passages are counted.
        if (reuse is null && snapshot.DocumentCount > InlineEmbedLimit) return false;
        var texts = MeaningBuilder.PassagesOf(snapshot);
        if (MeaningBuilder.CountMissing(texts, reuse) > InlineEmbedLimit) return false;
        try
        {
            Embed(snapshot, texts, reuse, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            snapshot.MeaningProblem = $"embedding failed: {ex.Message}";
            LogEmbeddingFailed(ex, snapshot.Folder);
        }
        return true;
    }

    /// <summary>Makes the vectors of <paramref name="snapshot"/> in the background (one such job at a time).</summary>
    private void StartMeaning(IndexSnapshot snapshot)
    {
        if (Embedder is null || !snapshot.TryAcquire()) return;
        // On a thread of its own, not the pool's: embedding keeps a core busy for minutes, and the pool adds no thread
        // while the processor is busy, so requests and the import's own continuations would wait behind it.
        _meaning = _meaning.ContinueWith(_ =>
        {
            try
            {
                if (snapshot.Vectors is not null) return;
                Embed(snapshot, MeaningBuilder.PassagesOf(snapshot), Reusable(), _stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException)
            {
                // Shutting down: the next start finds the generation without vectors and makes them again.
            }
            catch (Exception ex)
            {
                snapshot.MeaningProblem = $"embedding failed: {ex.Message}";
                LogEmbeddingFailed(ex, snapshot.Folder);
            }
            finally
            {
                snapshot.Release();
            }
        }, CancellationToken.None, TaskContinuationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>For a generation opened from disk: its vectors from its folder, or made in the background.</summary>
    private void EnsureMeaning(IndexSnapshot snapshot)
    {
        if (!TryAttachMeaning(snapshot, embedFew: false, CancellationToken.None)) StartMeaning(snapshot);
    }

    private void Embed(IndexSnapshot snapshot, List<string>[] texts, VectorReuse? reuse, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (vectors, embedded) = MeaningBuilder.Build(texts, Embedder!, reuse, cancellationToken, EmbeddingThreads);
        try
        {
            vectors.Write(snapshot.Folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The generation was replaced and removed meanwhile, or the disk refuses: the vectors still serve from memory.
            LogVectorsNotWritten(ex, snapshot.Folder);
        }
        snapshot.SetVectors(vectors, embedded);
        Volatile.Write(ref _lastVectors, vectors);
        LogEmbedded(embedded, vectors.Rows - embedded, Embedder!.ModelName, watch.Elapsed.TotalSeconds, snapshot.Generation.ShortName);
    }

    /// <summary>The vectors a new generation may reuse: the last ones made or read, by text hash.</summary>
    private VectorReuse? Reusable() => Volatile.Read(ref _lastVectors) is { } last && last.Model == Embedder?.ModelName ? last.Reusable() : null;

    /// <summary>Names the generation in use: written aside and renamed over the old file, so it is never half-written.</summary>
    private void WritePointer(string name)
    {
        var temporary = Path.Combine(Location, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        {
            stream.Write(System.Text.Encoding.UTF8.GetBytes(name + "\n"));
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(Location, PointerFile), overwrite: true);
    }

    private void Swap(IndexSnapshot snapshot)
    {
        var previous = Interlocked.Exchange(ref _current, snapshot);
        previous?.Release();
        _firstOpen.TrySetResult();
    }

    private void SetState(SearchIndexStatus status, StoreGeneration? serving, string? error) =>
        Volatile.Write(ref _state, new SearchIndexState(status, serving, error, _time.GetUtcNow()));

    /// <summary>
    /// Removes every generation but <paramref name="keep"/>, and stray temporary pointer files. A folder another
    /// process is still writing (its Lucene write lock is held) is left alone. Failures are harmless: on a
    /// read-only disk nothing is removed, and a folder still open elsewhere is removed next time.
    /// </summary>
    private void Cleanup(string keep)
    {
        try
        {
            if (!System.IO.Directory.Exists(Location)) return;
            foreach (var folder in System.IO.Directory.EnumerateDirectories(Location))
            {
                if (string.Equals(Path.GetFullPath(folder), Path.GetFullPath(keep), StringComparison.Ordinal)) continue;
                if (IsBeingWritten(folder)) continue;
                TryDelete(folder);
            }
            foreach (var file in System.IO.Directory.EnumerateFiles(Location, $"{PointerFile}.*.tmp")) File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(ex, Location);
        }
    }

    private static bool IsBeingWritten(string folder)
    {
        try
        {
            using var directory = FSDirectory.Open(new DirectoryInfo(folder));
            return IndexWriter.IsLocked(directory);
        }
        catch (IOException)
        {
            return true;
        }
    }

    private void TryDelete(string folder)
    {
        try
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogCleanupFailed(ex, folder);
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        try
        {
            _background.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The background build logs its own failures.
        }
        try
        {
            _meaning.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // The background embedding logs its own failures.
        }
        Interlocked.Exchange(ref _current, null)?.Release();
        _stopping.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Documents} documents of content {Generation} in {Seconds:F2} s at {Folder}")]
    private partial void LogBuilt(int documents, string generation, double seconds, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Meaning vectors made: {Embedded} passages embedded, {Reused} reused, with {Model} in {Seconds:F2} s for content {Generation}")]
    private partial void LogEmbedded(int embedded, int reused, string model, double seconds, string generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedding the search index in {Folder} failed; search works on words only")]
    private partial void LogEmbeddingFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meaning vectors of {Folder} could not be written; they serve from memory and are made again at the next start")]
    private partial void LogVectorsNotWritten(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search index in {Location} failed; searches use the previous index, if there is one")]
    private partial void LogBuildFailed(Exception exception, string location);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The search index at {Path} cannot be used and will be rebuilt")]
    private partial void LogUnusable(Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove an old search index generation at {Path}; it will be tried again after the next build")]
    private partial void LogCleanupFailed(Exception exception, string path);
}
