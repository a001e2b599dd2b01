using System.Diagnostics;
using LpipEvidence.Search.Indexing;
using LpipEvidence.Search.Meaning;
using LpipEvidence.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Search;

/// <summary>
/// Owns the search index: where it lives, building it from the store, opening it, swapping generations and
/// reporting readiness. The generations live on disk next to the store (<see cref="IndexGenerations"/>): a build
/// killed at any point leaves the previous generation in use and a stray folder that the next swap removes. Each generation records the store content
/// (import id and content hash) it was built from, so a missing, stale or corrupt index is rebuilt, and an index
/// can be opened read-only next to a read-only store. Thread-safe: builds run one at a time, searches never wait
/// for a build once an index is open.
/// <para>
/// With an <see cref="ITextEmbedder"/>, each generation also gets its meaning vectors after its word index
/// (<see cref="MeaningWorker"/>): before it is swapped in when few texts are new, otherwise the words serve at once
/// and the meaning follows in the background (<see cref="Meaning"/> says which).
/// </para>
/// </summary>
public sealed partial class SearchIndexManager : IDisposable
{
    /// <summary>The file, inside <see cref="Location"/>, that names the generation in use.</summary>
    public const string PointerFile = IndexGenerations.PointerFile;

    /// <summary>The format of the index this version builds and reads; an index of another format is rebuilt, or refused when served read-only.</summary>
    public const int IndexFormat = SearchIndexBuilder.Format;

    /// <summary>
    /// Most passages a build embeds before it swaps the new generation in (about a second on two cores); with more to
    /// embed (a first import, a new model) the words serve first and the meaning follows in the background.
    /// </summary>
    public const int DefaultInlineEmbedLimit = 200;

    /// <summary>Most passages a build embeds before it swaps the new generation in (see <see cref="DefaultInlineEmbedLimit"/>).</summary>
    public int InlineEmbedLimit { get => _meaning?.InlineEmbedLimit ?? DefaultInlineEmbedLimit; set => _meaning?.InlineEmbedLimit = value; }

    /// <summary>
    /// Threads that embed at once. One while the site serves (the model uses one core, and pages and searches the
    /// others); the <c>import</c> and <c>artifact</c> commands, which serve nothing, use every core.
    /// </summary>
    public int EmbeddingThreads { get => _meaning?.Threads ?? 1; set => _meaning?.Threads = value; }

    private readonly IDbContextFactory<EvidenceDbContext> _contextFactory;
    private readonly TimeProvider _time;
    private readonly ILogger<SearchIndexManager> _logger;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _firstOpen = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private IndexSnapshot? _current;
    private SearchIndexState _state;
    private readonly IndexGenerations _generations;
    private readonly MeaningWorker? _meaning;
    private Task _background = Task.CompletedTask;
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
        using (var db = contextFactory.CreateDbContext()) _generations = new IndexGenerations(SearchIndexFolder.For(db.Database.GetConnectionString()), time, logger);
        _meaning = embedder is null ? null : new MeaningWorker(embedder, logger, _stopping.Token);
        _state = new SearchIndexState(SearchIndexStatus.Indexing, null, null, time.GetUtcNow());
    }

    /// <summary>The folder holding the index generations.</summary>
    public string Location => _generations.Location;

    /// <summary>What the index is doing and which content it serves.</summary>
    public SearchIndexState State => Volatile.Read(ref _state);

    /// <summary>The model for search by meaning, or null for words only.</summary>
    public ITextEmbedder? Embedder { get; }

    /// <summary>Whether search by meaning can answer now, for the generation in use.</summary>
    public MeaningState Meaning => _meaning?.StateOf(Volatile.Read(ref _current)) ?? new MeaningState(MeaningStatus.Off, null, 0, null);

    /// <summary>The folder of the generation in use, or null before one is open.</summary>
    public string? CurrentFolder => Volatile.Read(ref _current)?.Folder;

    /// <summary>How many documents the generation in use holds, or null when none is open.</summary>
    public int? CurrentDocumentCount => Volatile.Read(ref _current)?.DocumentCount;

    /// <summary>
    /// Brings the index up to date with the store and waits: nothing when it already is, opens the generation on
    /// disk when it matches, builds a new one otherwise. Throws when the build fails (the previous index, if any,
    /// keeps serving and <see cref="State"/> says so).
    /// </summary>
    public Task<SearchIndexOutcome> RefreshAsync(CancellationToken cancellationToken = default) =>
        OneAtATimeAsync(() => RefreshCoreAsync(cancellationToken), cancellationToken);

    /// <summary>
    /// Like <see cref="RefreshAsync"/>, for start-up and unchanged content: when a previous index can serve
    /// meanwhile (the one on disk, even if stale), it is opened at once and the new one is built in the background
    /// (<see cref="WhenIdleAsync"/> waits for it); with nothing to serve, it builds and waits.
    /// </summary>
    public Task<SearchIndexOutcome> RefreshWhileServingAsync(CancellationToken cancellationToken = default) => OneAtATimeAsync(async () =>
    {
        var target = await StoreGeneration.LatestAsync(_contextFactory, cancellationToken);
        if (Volatile.Read(ref _current) is null && _generations.OpenCurrent() is { } onDisk) Swap(onDisk);
        if (Volatile.Read(ref _current) is { } open)
        {
            if (open.IsCurrentFor(target)) return Serve(open);
            SetState(SearchIndexStatus.Indexing, open.Generation, null);
            _background = Task.Run(BuildInBackgroundAsync, CancellationToken.None);
            return SearchIndexOutcome.BuildingInBackground;
        }
        return await RefreshCoreAsync(cancellationToken);
    }, cancellationToken);

    /// <summary>
    /// Completes when no background build or embedding is running (it never throws: failures are in
    /// <see cref="State"/> and <see cref="Meaning"/>).
    /// </summary>
    public async Task WhenIdleAsync()
    {
        while (true)
        {
            var (background, meaning) = (Volatile.Read(ref _background), _meaning?.Background ?? Task.CompletedTask);
            await background;
            await meaning;
            if (ReferenceEquals(background, Volatile.Read(ref _background)) && ReferenceEquals(meaning, _meaning?.Background ?? Task.CompletedTask)) return;
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
        var target = await StoreGeneration.LatestAsync(_contextFactory, cancellationToken);
        if (Volatile.Read(ref _current) is { } open && open.IsCurrentFor(target))
        {
            SetState(SearchIndexStatus.Ready, open.Generation, null);
            return SearchIndexOutcome.Unchanged;
        }
        if (_generations.OpenCurrent() is { } onDisk)
        {
            if (onDisk.IsCurrentFor(target)) return Serve(onDisk);
            // A stale index still answers searches while its replacement is built.
            if (Volatile.Read(ref _current) is null) Swap(onDisk);
            else onDisk.Dispose();
        }

        SetState(SearchIndexStatus.Indexing, Volatile.Read(ref _current)?.Generation, null);
        IndexSnapshot? built = null;
        try
        {
            var watch = Stopwatch.StartNew();
            var source = await SearchSource.ReadAsync(_contextFactory, cancellationToken);
            built = await Task.Run(() => _generations.Build(source, cancellationToken), cancellationToken);
            var meaningFollows = _meaning is not null && !await Task.Run(() => _meaning.TryAttach(built, embedFew: true, cancellationToken), cancellationToken);
            _generations.Point(built.Folder);
            Swap(built);
            SetState(SearchIndexStatus.Ready, built.Generation, null);
            LogBuilt(source.Documents.Count, built.Generation.ShortName, watch.Elapsed.TotalSeconds, built.Folder);
            _generations.RemoveAllBut(built.Folder);
            if (meaningFollows) _meaning!.Start(built);
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
            if (built is not null && !ReferenceEquals(built, Volatile.Read(ref _current)))
            {
                built.Dispose();
                _generations.Remove(built.Folder);
            }
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

    /// <summary>Serves <paramref name="snapshot"/>, the up-to-date generation found on disk, and its meaning.</summary>
    private SearchIndexOutcome Serve(IndexSnapshot snapshot)
    {
        if (!ReferenceEquals(snapshot, Volatile.Read(ref _current))) Swap(snapshot);
        SetState(SearchIndexStatus.Ready, snapshot.Generation, null);
        _generations.RemoveAllBut(snapshot.Folder);
        _meaning?.Ensure(snapshot);
        return SearchIndexOutcome.Opened;
    }

    /// <summary>Runs <paramref name="work"/> while no other refresh or open runs.</summary>
    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await work();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// For a store served read-only: opens the generation the pointer names without writing anything (no build, no
    /// clean-up, no pointer), and only when it has this version's format and was built from the store's current
    /// content. Returns null when it is open and answers searches, otherwise why it cannot be used.
    /// </summary>
    public Task<string?> OpenReadOnlyAsync(CancellationToken cancellationToken = default) => OneAtATimeAsync(async () =>
    {
        var target = await StoreGeneration.LatestAsync(_contextFactory, cancellationToken);
        var (snapshot, problem) = _generations.OpenServable(target);
        if (snapshot is not null)
        {
            // Read-only: the vectors are read when the artifact carries them, never made.
            if (_meaning is not null && !_meaning.TryAttach(snapshot, embedFew: false, cancellationToken))
            {
                snapshot.MeaningProblem = $"the store artifact carries no meaning vectors of {_meaning.Embedder.ModelName}: search works on words only";
            }
            Swap(snapshot);
            SetState(SearchIndexStatus.Ready, snapshot.Generation, null);
            return null;
        }
        SetState(SearchIndexStatus.Failed, null, problem);
        return problem;
    }, cancellationToken);

    private void Swap(IndexSnapshot snapshot)
    {
        var previous = Interlocked.Exchange(ref _current, snapshot);
        previous?.Release();
        _firstOpen.TrySetResult();
    }

    private void SetState(SearchIndexStatus status, StoreGeneration? serving, string? error) =>
        Volatile.Write(ref _state, new SearchIndexState(status, serving, error, _time.GetUtcNow()));

    /// <summary>Stops background builds and embedding (waiting up to ten seconds for each to stop) and closes the index.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        _stopping.Cancel();
        // The background build and embedding log their own failures; only let them stop.
        Task.WhenAll(_background, _meaning?.Background ?? Task.CompletedTask).ContinueWith(_ => { }, TaskScheduler.Default).Wait(TimeSpan.FromSeconds(10));
        Interlocked.Exchange(ref _current, null)?.Release();
        _stopping.Dispose();
        _gate.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Search index built: {Documents} documents of content {Generation} in {Seconds:F2} s at {Folder}")]
    private partial void LogBuilt(int documents, string generation, double seconds, string folder);

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the search index in {Location} failed; searches use the previous index, if there is one")]
    private partial void LogBuildFailed(Exception exception, string location);
}
