using System.Globalization;
using LpipEvidence.Search.Indexing;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// Makes the vectors of an index generation from the text the index stores. Each document is embedded as
/// passages (<see cref="PassagesOf(string, string, string, IReadOnlyList{string})"/>): its title with its theme labels, then each sentence of its key takeaway
/// and text (for a review its introduction, for a theme its description). Passages whose hash a previous
/// generation already embedded with the same model are reused.
/// </summary>
internal static class MeaningBuilder
{
    /// <summary>Most passages embedded per document: a long introduction is represented by its opening.</summary>
    public const int MaxPassages = 24;

    private static readonly HashSet<string> Fields = [SearchFields.Title, SearchFields.Takeaway, SearchFields.Body, SearchFields.ThemeLabels];

    /// <summary>The passages of each document of <paramref name="snapshot"/>, in document order.</summary>
    public static List<string>[] PassagesOf(IndexSnapshot snapshot)
    {
        var passages = new List<string>[snapshot.DocumentCount];
        for (var doc = 0; doc < passages.Length; doc++) passages[doc] = PassagesOf(snapshot.Reader.Document(doc, Fields));
        return passages;
    }

    /// <summary>The passages of one stored document.</summary>
    public static List<string> PassagesOf(Lucene.Net.Documents.Document stored) => PassagesOf(
        stored.Get(SearchFields.Title, CultureInfo.InvariantCulture) ?? "",
        stored.Get(SearchFields.Takeaway, CultureInfo.InvariantCulture) ?? "",
        stored.Get(SearchFields.Body, CultureInfo.InvariantCulture) ?? "",
        stored.GetValues(SearchFields.ThemeLabels, CultureInfo.InvariantCulture));

    /// <summary>
    /// The passages of a document: first its title with its theme labels (what it is about), then the sentences of
    /// its takeaway and text, each cut to <see cref="MiniLmEmbedder.MaxCharacters"/>; at most <see cref="MaxPassages"/>.
    /// </summary>
    public static List<string> PassagesOf(string title, string takeaway, string body, IReadOnlyList<string> themeLabels)
    {
        var heading = themeLabels.Count == 0 ? title : $"{title} ({string.Join("; ", themeLabels)})";
        var passages = new List<string> { MiniLmEmbedder.Cut(heading) };
        passages.AddRange(Sentences.Split(takeaway).Concat(Sentences.Split(body)).Take(MaxPassages - 1).Select(MiniLmEmbedder.Cut));
        return passages;
    }

    /// <summary>
    /// The vectors of <paramref name="passages"/>: reused from <paramref name="reuse"/> by hash, the rest embedded
    /// in batches of texts of about the same length (a batch is padded to its longest text, so mixing a title with a
    /// long sentence wastes most of the work), on <paramref name="threads"/> threads at once. Returns how many
    /// passages were embedded.
    /// </summary>
    public static (DocumentVectors Vectors, int Embedded) Build(List<string>[] passages, ITextEmbedder embedder, VectorReuse? reuse, CancellationToken cancellationToken, int threads = 1)
    {
        var dimensions = embedder.Dimensions;
        if (reuse is not null && (reuse.Model != embedder.ModelName || reuse.Dimensions != dimensions)) reuse = null;
        var starts = new int[passages.Length + 1];
        for (var doc = 0; doc < passages.Length; doc++) starts[doc + 1] = starts[doc] + passages[doc].Count;
        var rows = starts[^1];
        var data = new sbyte[rows * dimensions];
        var scales = new float[rows];
        var hashes = new byte[rows * DocumentVectors.HashLength];
        var missing = new List<(int Row, string Text)>();
        var row = 0;
        foreach (var text in passages.SelectMany(p => p))
        {
            var hash = hashes.AsSpan(row * DocumentVectors.HashLength, DocumentVectors.HashLength);
            DocumentVectors.HashOf(text).CopyTo(hash);
            if (reuse is not null && reuse.TryCopy(hash, data.AsSpan(row * dimensions, dimensions), out var scale)) scales[row] = scale;
            else missing.Add((row, text));
            row++;
        }
        missing.Sort((a, b) => a.Text.Length != b.Text.Length ? a.Text.Length.CompareTo(b.Text.Length) : a.Row.CompareTo(b.Row));
        const int Chunk = 64;
        var chunks = (missing.Count + Chunk - 1) / Chunk;
        var next = -1;
        void Work()
        {
            int chunk;
            while ((chunk = Interlocked.Increment(ref next)) < chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var batch = missing.GetRange(chunk * Chunk, Math.Min(Chunk, missing.Count - chunk * Chunk));
                var vectors = embedder.Embed(batch.Select(m => m.Text).ToList(), cancellationToken);
                for (var i = 0; i < batch.Count; i++) scales[batch[i].Row] = VectorMath.Quantise(vectors[i], data.AsSpan(batch[i].Row * dimensions, dimensions));
            }
        }
        // The calling thread and threads of their own (not the pool's, which adds none while the processor is busy).
        var helpers = Enumerable.Range(1, Math.Clamp(threads, 1, Math.Max(1, chunks)) - 1)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        Exception? failure = null;
        try
        {
            Work();
        }
        catch (Exception ex)
        {
            failure = ex;
            Interlocked.Exchange(ref next, chunks); // the helpers take no more
        }
        try
        {
            Task.WaitAll(helpers);
        }
        catch (AggregateException ex)
        {
            failure ??= ex.InnerExceptions[0];
        }
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        return (new DocumentVectors(embedder.ModelName, dimensions, starts, data, scales, hashes), missing.Count);
    }

    /// <summary>How many of <paramref name="passages"/> are not in <paramref name="reuse"/>.</summary>
    public static int CountMissing(List<string>[] passages, VectorReuse? reuse) =>
        reuse is null ? passages.Sum(p => p.Count) : passages.SelectMany(p => p).Count(t => !reuse.Contains(DocumentVectors.HashOf(t)));
}
