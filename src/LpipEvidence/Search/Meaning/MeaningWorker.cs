using System.Diagnostics;
using LpipEvidence.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// Gives each index generation its meaning vectors: those stored in its folder, or made now when few texts are new
/// (<see cref="InlineEmbedLimit"/>), or made in the background, one job at a time, on a thread of its own. Vectors
/// of unchanged texts are reused from the last generation by hash. Failures are recorded on the generation
/// (<see cref="IndexSnapshot.MeaningProblem"/>) and logged, never thrown: the words serve regardless.
/// </summary>
internal sealed partial class MeaningWorker(ITextEmbedder embedder, ILogger logger, CancellationToken stopping)
{
    private readonly ILogger _logger = logger;
    private Task _background = Task.CompletedTask;
    private DocumentVectors? _lastVectors;

    /// <summary>The model.</summary>
    public ITextEmbedder Embedder { get; } = embedder;

    /// <summary>Most passages embedded before a generation is swapped in (see <see cref="SearchIndexManager.InlineEmbedLimit"/>).</summary>
    public int InlineEmbedLimit { get; set; } = SearchIndexManager.DefaultInlineEmbedLimit;

    /// <summary>Threads that embed at once (see <see cref="SearchIndexManager.EmbeddingThreads"/>).</summary>
    public int Threads { get; set; } = 1;

    /// <summary>The background job running or last run.</summary>
    public Task Background => Volatile.Read(ref _background);

    /// <summary>Whether search by meaning can answer for <paramref name="snapshot"/> (the generation in use, or null).</summary>
    public MeaningState StateOf(IndexSnapshot? snapshot)
    {
        if (snapshot?.Vectors is not null) return new MeaningState(MeaningStatus.Ready, Embedder.ModelName, snapshot.Embedded, null);
        if (snapshot?.MeaningProblem is { } problem) return new MeaningState(MeaningStatus.Unavailable, Embedder.ModelName, 0, problem);
        return new MeaningState(MeaningStatus.Embedding, Embedder.ModelName, 0, null);
    }

    /// <summary>
    /// Gives <paramref name="snapshot"/> its vectors when it can without waiting long: those in its folder, or,
    /// with <paramref name="embedFew"/>, made now when at most <see cref="InlineEmbedLimit"/> texts are new.
    /// True when the snapshot needs nothing more (it has its vectors, or embedding failed and is recorded); false
    /// when they must be made in the background.
    /// </summary>
    public bool TryAttach(IndexSnapshot snapshot, bool embedFew, CancellationToken cancellationToken)
    {
        if (snapshot.Vectors is not null) return true;
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

    /// <summary>For a generation opened from disk: its vectors from its folder, or made in the background.</summary>
    public void Ensure(IndexSnapshot snapshot)
    {
        if (!TryAttach(snapshot, embedFew: false, CancellationToken.None)) Start(snapshot);
    }

    /// <summary>Makes the vectors of <paramref name="snapshot"/> in the background (after any job already running).</summary>
    public void Start(IndexSnapshot snapshot)
    {
        if (!snapshot.TryAcquire()) return;
        // On a thread of its own, not the pool's: embedding keeps a core busy for minutes, and the pool adds no thread
        // while the processor is busy, so requests and the import's own continuations would wait behind it.
        _background = _background.ContinueWith(_ =>
        {
            try
            {
                if (snapshot.Vectors is not null) return;
                Embed(snapshot, MeaningBuilder.PassagesOf(snapshot), Reusable(), stopping);
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

    private void Embed(IndexSnapshot snapshot, List<string>[] texts, VectorReuse? reuse, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        var (vectors, embedded) = MeaningBuilder.Build(texts, Embedder, reuse, cancellationToken, Threads);
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
        LogEmbedded(embedded, vectors.Rows - embedded, Embedder.ModelName, watch.Elapsed.TotalSeconds, snapshot.Generation.ShortName);
    }

    /// <summary>The vectors a new generation may reuse: the last ones made or read, by text hash.</summary>
    private VectorReuse? Reusable() => Volatile.Read(ref _lastVectors) is { } last && last.Model == Embedder.ModelName ? last.Reusable() : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Meaning vectors made: {Embedded} passages embedded, {Reused} reused, with {Model} in {Seconds:F2} s for content {Generation}")]
    private partial void LogEmbedded(int embedded, int reused, string model, double seconds, string generation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedding the search index in {Folder} failed; search works on words only")]
    private partial void LogEmbeddingFailed(Exception exception, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The meaning vectors of {Folder} could not be written; they serve from memory and are made again at the next start")]
    private partial void LogVectorsNotWritten(Exception exception, string folder);
}
