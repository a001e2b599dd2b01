using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// The meaning vectors of one index generation: each Lucene document has one row per passage of its text (see
/// <see cref="MeaningBuilder.PassagesOf(string, string, string, IReadOnlyList{string})"/>), rows of a document together and documents in order, each with the
/// SHA-256 of the passage it was made from. A document is as close to a query as its closest passage, which lets
/// a short query ("higher education") find the one sentence that says it in other words, and names that sentence.
/// <para>
/// Rows are kept as 8-bit numbers with one scale each (<see cref="VectorMath"/>): a quarter of the memory and of the
/// bytes a scan reads, with cosines within about 0.005 of the full-precision ones. Each document also has a centre
/// (the normalised mean of its passages, also 8-bit), so a search over many documents compares the query with every
/// centre first and with the passages of only the <see cref="Candidates"/> closest (see <see cref="Nearest"/>).
/// </para>
/// Kept in the generation's folder as <see cref="FileName"/> (written aside and renamed in, so never half-written),
/// which makes them travel with the index inside a store artifact. The file names the model: vectors of another
/// model are never read. A new generation reuses every vector whose passage hash is unchanged
/// (<see cref="Reusable"/>), so a re-import embeds only what changed.
/// </summary>
internal sealed class DocumentVectors
{
    /// <summary>The file, inside a generation's folder, that holds its vectors.</summary>
    public const string FileName = "meaning.vectors";

    /// <summary>
    /// Documents whose passages a search compares with the query, after comparing it with every document's centre.
    /// With no more documents than this, every passage of every document is compared (exact); above it, a
    /// document whose centre is not among the closest this many is not looked at. Comparing the passages of this
    /// many documents costs about as much as comparing the centres of 8,000.
    /// </summary>
    public const int Candidates = 1_024;

    private const string Magic = "LPIPVEC3";
    private const string FloatMagic = "LPIPVEC2"; // the full-precision files of earlier versions: read and made 8-bit
    /// <summary>The bytes of a passage hash (SHA-256).</summary>
    public const int HashLength = 32;

    private readonly sbyte[] _data;
    private readonly float[] _scales;
    private readonly sbyte[] _centres;
    private readonly float[] _centreScales;
    private readonly byte[] _hashes;
    private readonly int[] _starts;

    /// <param name="model">The model that made them.</param>
    /// <param name="dimensions">The length of a vector.</param>
    /// <param name="starts">Per document, its first row; one more entry at the end (the row count).</param>
    /// <param name="data">The rows' 8-bit vectors, one after another (see <see cref="VectorMath"/>).</param>
    /// <param name="scales">The rows' scales.</param>
    /// <param name="hashes">The rows' passage hashes, one after another.</param>
    public DocumentVectors(string model, int dimensions, int[] starts, sbyte[] data, float[] scales, byte[] hashes)
    {
        Model = model;
        Dimensions = dimensions;
        _starts = starts;
        _data = data;
        _scales = scales;
        _hashes = hashes;
        Rows = hashes.Length / HashLength;
        if (starts.Length == 0 || starts[^1] != Rows || data.Length != Rows * dimensions || scales.Length != Rows)
            throw new ArgumentException("The vectors, their hashes and their documents do not agree in number.", nameof(data));
        (_centres, _centreScales) = MakeCentres();
    }

    /// <summary>Vectors from full-precision rows (normalised), made 8-bit.</summary>
    public static DocumentVectors FromFloats(string model, int dimensions, int[] starts, ReadOnlySpan<float> data, byte[] hashes)
    {
        var rows = hashes.Length / HashLength;
        if (data.Length != rows * dimensions) throw new ArgumentException("The vectors and their hashes do not agree in number.", nameof(data));
        var quantised = new sbyte[data.Length];
        var scales = new float[rows];
        for (var row = 0; row < rows; row++) scales[row] = VectorMath.Quantise(data.Slice(row * dimensions, dimensions), quantised.AsSpan(row * dimensions, dimensions));
        return new DocumentVectors(model, dimensions, starts, quantised, scales, hashes);
    }

    public string Model { get; }

    public int Dimensions { get; }

    /// <summary>Documents.</summary>
    public int Count => _starts.Length - 1;

    /// <summary>Rows (passages) in all.</summary>
    public int Rows { get; }

    /// <summary>The bytes the vectors take in memory.</summary>
    public long Bytes => _data.LongLength + _centres.LongLength + (_scales.LongLength + _centreScales.LongLength) * sizeof(float) + _hashes.LongLength + _starts.LongLength * sizeof(int);

    /// <summary>The hash of a string as rows record it.</summary>
    public static byte[] HashOf(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(text));

    /// <summary>A query vector made ready to compare with these vectors.</summary>
    public QueryVector Prepare(ReadOnlySpan<float> vector)
    {
        if (vector.Length != Dimensions) throw new ArgumentException($"A query vector has {Dimensions} numbers, not {vector.Length}.", nameof(vector));
        return QueryVector.From(vector);
    }

    /// <summary>Every row by its passage's hash, for a new generation to reuse.</summary>
    public VectorReuse Reusable()
    {
        var rows = new Dictionary<UInt128, int>(Rows);
        for (var i = 0; i < Rows; i++) rows.TryAdd(VectorReuse.KeyOf(_hashes.AsSpan(i * HashLength, HashLength)), i);
        return new VectorReuse(this, rows);
    }

    /// <summary>Copies row <paramref name="row"/> (its 8-bit vector and scale) into <paramref name="target"/>.</summary>
    internal float CopyRow(int row, Span<sbyte> target)
    {
        _data.AsSpan(row * Dimensions, Dimensions).CopyTo(target);
        return _scales[row];
    }

    /// <summary>How close document <paramref name="doc"/> is to <paramref name="query"/>: its closest passage's cosine similarity, and that passage's number.</summary>
    public (float Similarity, int Passage) Closest(QueryVector query, int doc, int fromPassage = 0)
    {
        var best = (Similarity: float.NegativeInfinity, Passage: -1);
        for (var row = _starts[doc] + fromPassage; row < _starts[doc + 1]; row++)
        {
            var similarity = VectorMath.Dot(_data.AsSpan(row * Dimensions, Dimensions), query.Values) * _scales[row] * query.Scale;
            if (similarity > best.Similarity) best = (similarity, row - _starts[doc]);
        }
        return best;
    }

    /// <summary>The similarity of document <paramref name="doc"/> to <paramref name="query"/> (its closest passage's).</summary>
    public float Similarity(QueryVector query, int doc) => Closest(query, doc).Similarity;

    /// <summary>How close what document <paramref name="doc"/> is about as a whole (its centre) is to <paramref name="query"/>.</summary>
    public float CentreSimilarity(QueryVector query, int doc) =>
        VectorMath.Dot(_centres.AsSpan(doc * Dimensions, Dimensions), query.Values) * _centreScales[doc] * query.Scale;

    /// <summary>Document <paramref name="doc"/>'s centre as a query, to find the documents about the same things.</summary>
    public QueryVector CentreOf(int doc)
    {
        Span<float> centre = stackalloc float[Dimensions];
        VectorMath.Dequantise(_centres.AsSpan(doc * Dimensions, Dimensions), _centreScales[doc], centre);
        return QueryVector.From(centre);
    }

    /// <summary>
    /// The documents most similar to <paramref name="query"/>, best first: at most <paramref name="max"/>, each at
    /// least <paramref name="floor"/>, only those <paramref name="accept"/> takes (checked first, so filters also
    /// save work). A document's similarity is its closest passage's. With at most <see cref="Candidates"/> accepted
    /// documents every passage is compared; with more, every centre first, then the passages of the
    /// <see cref="Candidates"/> documents with the closest centres.
    /// </summary>
    public List<(int Doc, float Similarity)> Nearest(QueryVector query, float floor, int max, Func<int, bool> accept, CancellationToken cancellationToken)
    {
        var candidates = new List<int>(Math.Min(Count, Candidates));
        var closestCentres = new PriorityQueue<int, float>(Candidates + 1);
        var worst = float.NegativeInfinity;
        for (var doc = 0; doc < Count; doc++)
        {
            if ((doc & 4095) == 4095) cancellationToken.ThrowIfCancellationRequested();
            if (!accept(doc)) continue;
            if (candidates.Count < Candidates)
            {
                candidates.Add(doc);
                continue;
            }
            if (closestCentres.Count == 0)
            {
                // More documents than candidates: from now on only the closest centres are kept.
                foreach (var kept in candidates) closestCentres.Enqueue(kept, CentreSimilarity(query, kept));
                closestCentres.TryPeek(out _, out worst);
            }
            var similarity = CentreSimilarity(query, doc);
            if (similarity <= worst) continue;
            closestCentres.DequeueEnqueue(doc, similarity);
            closestCentres.TryPeek(out _, out worst);
        }
        if (closestCentres.Count > 0)
        {
            candidates.Clear();
            while (closestCentres.TryDequeue(out var doc, out _)) candidates.Add(doc);
            candidates.Sort();
        }

        var best = new PriorityQueue<int, float>(max + 1);
        foreach (var doc in candidates)
        {
            var similarity = Closest(query, doc).Similarity;
            if (similarity < floor) continue;
            if (best.Count < max) best.Enqueue(doc, similarity);
            else if (best.TryPeek(out _, out var least) && similarity > least) best.DequeueEnqueue(doc, similarity);
        }
        var result = new List<(int, float)>(best.Count);
        while (best.TryDequeue(out var doc, out var similarity)) result.Add((doc, similarity));
        result.Reverse();
        return result;
    }

    /// <summary>Each document's centre: the normalised mean of its passages, 8-bit like the rows.</summary>
    private (sbyte[] Centres, float[] Scales) MakeCentres()
    {
        var centres = new sbyte[Count * Dimensions];
        var scales = new float[Count];
        var sum = new float[Dimensions];
        var row = new float[Dimensions];
        for (var doc = 0; doc < Count; doc++)
        {
            Array.Clear(sum);
            for (var r = _starts[doc]; r < _starts[doc + 1]; r++)
            {
                VectorMath.Dequantise(_data.AsSpan(r * Dimensions, Dimensions), _scales[r], row);
                System.Numerics.Tensors.TensorPrimitives.Add(sum, row, sum);
            }
            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(sum);
            if (norm > 0) System.Numerics.Tensors.TensorPrimitives.Divide(sum, norm, sum);
            scales[doc] = VectorMath.Quantise(sum, centres.AsSpan(doc * Dimensions, Dimensions));
        }
        return (centres, scales);
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
            foreach (var scale in _scales) writer.Write(scale);
            writer.Write(MemoryMarshal.AsBytes(_data.AsSpan()));
            writer.Flush();
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, Path.Combine(folder, FileName), overwrite: true);
    }

    /// <summary>
    /// The vectors in <paramref name="folder"/> when they were made by <paramref name="model"/> for
    /// <paramref name="count"/> documents; null when there are none or they do not fit (they are then made again).
    /// Full-precision files of earlier versions are read and made 8-bit.
    /// </summary>
    public static DocumentVectors? TryRead(string folder, string model, int count)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            using var reader = new BinaryReader(stream, Encoding.UTF8);
            var magic = Encoding.ASCII.GetString(reader.ReadBytes(Magic.Length));
            if (magic != Magic && magic != FloatMagic) return null;
            if (reader.ReadString() != model) return null;
            var dimensions = reader.ReadInt32();
            if (reader.ReadInt32() != count || dimensions <= 0 || dimensions > 4096) return null;
            var starts = new int[count + 1];
            for (var i = 0; i <= count; i++) starts[i] = reader.ReadInt32();
            var rows = starts[^1];
            if (rows < 0 || rows > 100_000_000 || starts[0] != 0) return null;
            for (var i = 0; i < count; i++) if (starts[i + 1] < starts[i]) return null;
            var expected = stream.Position + (long)rows * HashLength + (magic == Magic ? rows * (sizeof(float) + (long)dimensions) : (long)rows * dimensions * sizeof(float));
            if (expected != stream.Length) return null;
            var hashes = reader.ReadBytes(rows * HashLength);
            if (magic == FloatMagic)
            {
                var bytes = reader.ReadBytes(rows * dimensions * sizeof(float));
                var floats = new float[rows * dimensions];
                for (var i = 0; i < floats.Length; i++) floats[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(i * sizeof(float)));
                return FromFloats(model, dimensions, starts, floats, hashes);
            }
            var scales = new float[rows];
            for (var i = 0; i < rows; i++) scales[i] = reader.ReadSingle();
            var data = new sbyte[rows * dimensions];
            stream.ReadExactly(MemoryMarshal.AsBytes(data.AsSpan()));
            return new DocumentVectors(model, dimensions, starts, data, scales, hashes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or EndOfStreamException or ArgumentException)
        {
            return null;
        }
    }
}
