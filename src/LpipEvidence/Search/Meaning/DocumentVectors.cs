using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Security.Cryptography;
using System.Text;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// The meaning vectors of one index generation: each Lucene document has one row per passage of its text (see
/// <see cref="MeaningBuilder.PassagesOf(string, string, string, IReadOnlyList{string})"/>), rows of a document together and documents in order, each with the
/// SHA-256 of the passage it was made from. A document is as close to a query as its closest passage, which lets
/// a short query ("higher education") find the one sentence that says it in other words, and names that sentence.
/// Kept in the generation's folder as <see cref="FileName"/> (written aside and renamed in, so never half-written),
/// which makes them travel with the index inside a store artifact. The file names the model: vectors of another
/// model are never read. A new generation reuses every vector whose passage hash is unchanged
/// (<see cref="Reusable"/>), so a re-import embeds only what changed.
/// </summary>
internal sealed class DocumentVectors
{
    /// <summary>The file, inside a generation's folder, that holds its vectors.</summary>
    public const string FileName = "meaning.vectors";

    private const string Magic = "LPIPVEC2";
    private const int HashLength = 32;

    private readonly float[] _data;
    private readonly byte[] _hashes;
    private readonly int[] _starts;

    /// <param name="model">The model that made them.</param>
    /// <param name="dimensions">The length of a vector.</param>
    /// <param name="starts">Per document, its first row; one more entry at the end (the row count).</param>
    /// <param name="data">The rows' vectors, one after another.</param>
    /// <param name="hashes">The rows' passage hashes, one after another.</param>
    public DocumentVectors(string model, int dimensions, int[] starts, float[] data, byte[] hashes)
    {
        Model = model;
        Dimensions = dimensions;
        _starts = starts;
        _data = data;
        _hashes = hashes;
        Rows = hashes.Length / HashLength;
        if (starts.Length == 0 || starts[^1] != Rows || data.Length != Rows * dimensions) throw new ArgumentException("The vectors, their hashes and their documents do not agree in number.", nameof(data));
    }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>Documents.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Rows (passages) in all.</summary>
    public int Rows { get; }

    /// <summary>The vector of row <paramref name="row"/>.</summary>
    public ReadOnlySpan<float> Row(int row) => _data.AsSpan(row * Dimensions, Dimensions);

    /// <summary>The hash of a string as rows record it.</summary>
    public static byte[] HashOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>Every vector by its passage's hash, for a new generation to reuse.</summary>
    public Dictionary<string, float[]> Reusable()
    {
        var result = new Dictionary<string, float[]>(Rows, StringComparer.Ordinal);
        for (var i = 0; i < Rows; i++) result.TryAdd(Convert.ToHexString(_hashes, i * HashLength, HashLength), Row(i).ToArray());
        return result;
    }

    /// <summary>How close document <paramref name="doc"/> is to <paramref name="query"/>: its closest passage's cosine similarity, and that passage's number.</summary>
    public (float Similarity, int Passage) Closest(ReadOnlySpan<float> query, int doc, int fromPassage = 0)
    {
        var best = (Similarity: float.NegativeInfinity, Passage: -1);
        for (var row = _starts[doc] + fromPassage; row < _starts[doc + 1]; row++)
        {
            var similarity = TensorPrimitives.Dot(query, Row(row));
            if (similarity > best.Similarity) best = (similarity, row - _starts[doc]);
        }
        return best;
    }

    private float[]? _centres;

    /// <summary>
    /// What document <paramref name="doc"/> is about as a whole: the normalised mean of its passages' vectors
    /// (worked out for every document on first use), for comparing documents with each other.
    /// </summary>
    public ReadOnlySpan<float> Centre(int doc)
    {
        var centres = Volatile.Read(ref _centres);
        if (centres is null)
        {
            centres = new float[Count * Dimensions];
            for (var d = 0; d < Count; d++)
            {
                var centre = centres.AsSpan(d * Dimensions, Dimensions);
                for (var row = _starts[d]; row < _starts[d + 1]; row++) TensorPrimitives.Add(centre, Row(row), centre);
                var norm = TensorPrimitives.Norm(centre);
                if (norm > 0) TensorPrimitives.Divide(centre, norm, centre);
            }
            Volatile.Write(ref _centres, centres);
        }
        return centres.AsSpan(doc * Dimensions, Dimensions);
    }

    /// <summary>The similarity of document <paramref name="doc"/> to <paramref name="query"/> (its closest passage's).</summary>
    public float Similarity(ReadOnlySpan<float> query, int doc) => Closest(query, doc).Similarity;

    /// <summary>
    /// The documents most similar to <paramref name="query"/> (a normalised vector), best first: at most
    /// <paramref name="max"/>, each at least <paramref name="floor"/>, only those <paramref name="accept"/> takes
    /// (checked first, so filters also save work). Exact: every passage of every accepted document is compared,
    /// with SIMD (TensorPrimitives.Dot of normalised vectors is their cosine).
    /// </summary>
    public List<(int Doc, float Similarity)> Nearest(ReadOnlySpan<float> query, float floor, int max, Func<int, bool> accept, CancellationToken cancellationToken)
    {
        var best = new PriorityQueue<int, float>(max + 1);
        for (var doc = 0; doc < Count; doc++)
        {
            if ((doc & 4095) == 4095) cancellationToken.ThrowIfCancellationRequested();
            if (!accept(doc)) continue;
            var similarity = Closest(query, doc).Similarity;
            if (similarity < floor) continue;
            if (best.Count < max) best.Enqueue(doc, similarity);
            else if (best.TryPeek(out _, out var worst) && similarity > worst) best.DequeueEnqueue(doc, similarity);
        }
        var result = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var doc, out var similarity)) result.Add((doc, similarity));
        result.Reverse();
        return result;
    }

    /// <summary>Writes the vectors into <paramref name="folder"/>: aside first, then renamed over <see cref="FileName"/>.</summary>
    public void Write(string folder)
    {
        foreach (var stray in Directory.EnumerateFiles(folder, FileName + ".*.tmp")) File.Delete(stray);
        var temporary = Path.Combine(folder, $"{FileName}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Encoding.ASCII.GetBytes(Magic));
            writer.Write(Model);
            writer.Write(Dimensions);
            writer.Write(Count);
            foreach (var start in _starts) writer.Write(start);
            writer.Write(_hashes);
            var bytes = new byte[_data.Length * sizeof(float)];
            for (var i = 0; i < _data.Length; i++) BinaryPrimitives.WriteSingleLittleEndian(bytes.AsSpan(i * sizeof(float)), _data[i]);
            writer.Write(bytes);
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    /// <summary>
    /// The vectors in <paramref name="folder"/> when they were made by <paramref name="model"/> for
    /// <paramref name="count"/> documents; null when there are none or they do not fit (they are then made again).
    /// </summary>
    public static DocumentVectors? TryRead(string folder, string model, int count)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            if (Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length)) != Magic) return null;
            if (reader.ReadString() != model) return null;
            var dimensions = reader.ReadInt32();
            if (reader.ReadInt32() != count || dimensions <= 0 || dimensions > 4096) return null;
            var starts = new int[count + 1];
            for (var i = 0; i <= count; i++) starts[i] = reader.ReadInt32();
            var rows = starts[^1];
            if (rows < 0 || rows > 100_000_000) return null;
            var hashes = reader.ReadBytes(rows * HashLength);
            var bytes = reader.ReadBytes(rows * dimensions * sizeof(float));
            if (hashes.Length != rows * HashLength || bytes.Length != rows * dimensions * sizeof(float) || stream.Position != stream.Length) return null;
            var data = new float[rows * dimensions];
            for (var i = 0; i < data.Length; i++) data[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
            return new DocumentVectors(model, dimensions, starts, data, hashes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }
}
