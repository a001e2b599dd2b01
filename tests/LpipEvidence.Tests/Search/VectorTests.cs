using System.Buffers.Binary;
using System.Numerics.Tensors;
using System.Text;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Tests.Search;

/// <summary>
/// How meaning vectors are kept and compared: 8-bit rows whose cosines stay within a small error of the full
/// precision ones, an integer dot product that agrees with plain arithmetic for every length, a search over many
/// documents (centres first) that still finds the closest, files that round-trip and earlier files that still read,
/// and a bulk import that embeds on several threads with the same result as one.
/// </summary>
public sealed class VectorTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lpip-vectors-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Dot_AgreesWithPlainArithmetic_ForEveryLengthAndRange()
    {
        var random = new Random(21);
        for (var length = 0; length <= 80; length++)
        {
            for (var round = 0; round < 20; round++)
            {
                var row = new sbyte[length];
                var query = new short[length];
                var extreme = round % 4 == 0;
                for (var i = 0; i < length; i++)
                {
                    row[i] = extreme ? (random.Next(2) == 0 ? sbyte.MinValue : sbyte.MaxValue) : (sbyte)random.Next(sbyte.MinValue, sbyte.MaxValue + 1);
                    query[i] = extreme ? (random.Next(2) == 0 ? short.MinValue : short.MaxValue) : (short)random.Next(short.MinValue, short.MaxValue + 1);
                }
                long expected = 0;
                for (var i = 0; i < length; i++) expected += row[i] * query[i];

                Assert.Equal(expected, VectorMath.Dot(row, query));
                foreach (var path in Enum.GetValues<VectorMath.DotPath>()) Assert.Equal(expected, VectorMath.Dot(row, query, path));
            }
        }
    }

    [Fact]
    public void EightBitCosines_StayCloseToFullPrecision_ForRealSentences()
    {
        var texts = new[]
        {
            "How can councils and universities work together?", "Clusters of innovative firms grow where skills are",
            "Local leaders need better data on R&D spending", "A recipe for banana bread", "higher education", "SME growth",
        };
        var vectors = MiniLmEmbedder.Shared.Embed(texts);
        var stored = DocumentVectors.FromFloats(MiniLmEmbedder.Model, 384, Enumerable.Range(0, texts.Length + 1).ToArray(), vectors.SelectMany(v => v).ToArray(), new byte[texts.Length * 32]);

        foreach (var query in vectors)
        {
            var prepared = stored.Prepare(query);
            for (var doc = 0; doc < texts.Length; doc++)
            {
                Assert.Equal(TensorPrimitives.Dot(query, vectors[doc]), stored.Similarity(prepared, doc), 0.01f);
            }
        }
    }

    [Fact]
    public void Nearest_OverMoreDocumentsThanCandidates_FindsThePlantedPassage_AndKeepsFilterAndFloor()
    {
        const int Documents = DocumentVectors.Candidates * 3;
        const int Passages = 6;
        var random = new Random(15);
        var data = new float[Documents * Passages * 384];
        for (var row = 0; row < Documents * Passages; row++) RandomUnit(random, data.AsSpan(row * 384, 384));
        var query = new float[384];
        RandomUnit(random, query);
        // One passage of three documents says the query almost exactly; their other passages are unrelated.
        int[] planted = [17, Documents / 2, Documents - 3];
        foreach (var (doc, i) in planted.Select((d, i) => (d, i)))
        {
            var row = data.AsSpan((doc * Passages + 2 + i) * 384, 384);
            for (var k = 0; k < 384; k++) row[k] = query[k] + (float)(random.NextDouble() - 0.5) * 0.02f * (i + 1);
            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        }
        var starts = Enumerable.Range(0, Documents + 1).Select(d => d * Passages).ToArray();
        var vectors = DocumentVectors.FromFloats(MiniLmEmbedder.Model, 384, starts, data, new byte[Documents * Passages * 32]);
        var prepared = vectors.Prepare(query);

        var found = vectors.Nearest(prepared, 0.5f, 10, _ => true, CancellationToken.None);
        Assert.Equal(planted, found.Select(f => f.Doc));
        Assert.Equal(2, vectors.Closest(prepared, planted[0]).Passage);

        var filtered = vectors.Nearest(prepared, 0.5f, 10, doc => doc != planted[0], CancellationToken.None);
        Assert.Equal(planted[1..], filtered.Select(f => f.Doc));
        Assert.Empty(vectors.Nearest(prepared, 1.1f, 10, _ => true, CancellationToken.None));
    }

    [Fact]
    public void File_RoundTrips_AndAFullPrecisionFileOfAnEarlierVersionStillReads()
    {
        var texts = new[] { "universities working with businesses", "local leaders", "skills for the future" };
        var floats = MiniLmEmbedder.Shared.Embed(texts);
        var hashes = texts.SelectMany(DocumentVectors.HashOf).ToArray();
        int[] starts = [0, 2, 3];
        var vectors = DocumentVectors.FromFloats(MiniLmEmbedder.Model, 384, starts, floats.SelectMany(v => v).ToArray(), hashes);
        vectors.Write(_folder);

        var read = DocumentVectors.TryRead(_folder, MiniLmEmbedder.Model, 2)!;
        Assert.Equal(3, read.Rows);
        var query = read.Prepare(floats[1]);
        Assert.Equal(vectors.Similarity(vectors.Prepare(floats[1]), 0), read.Similarity(query, 0));
        Assert.Null(DocumentVectors.TryRead(_folder, "another-model", 2));
        Assert.Null(DocumentVectors.TryRead(_folder, MiniLmEmbedder.Model, 3));

        WriteVersion2(Path.Combine(_folder, DocumentVectors.FileName), MiniLmEmbedder.Model, starts, hashes, floats);
        var earlier = DocumentVectors.TryRead(_folder, MiniLmEmbedder.Model, 2)!;
        Assert.Equal(vectors.Similarity(vectors.Prepare(floats[2]), 1), earlier.Similarity(earlier.Prepare(floats[2]), 1));
        var reuse = earlier.Reusable();
        Assert.True(reuse.Contains(DocumentVectors.HashOf("local leaders")));
        Assert.False(reuse.Contains(DocumentVectors.HashOf("local leader")));
    }

    [Fact]
    public void Build_OnSeveralThreads_GivesTheSameVectorsAsOne_AndReusesByHash()
    {
        var passages = Enumerable.Range(0, 40).Select(d => Enumerable.Range(0, 1 + d % 4)
            .Select(p => p == 0 ? $"Finding {d} about place-based policy" : $"Sentence {p} of finding {d}: {string.Join(' ', Enumerable.Repeat("innovation", d % 9 + p))}.").ToList()).ToArray();

        var (one, embedded) = MeaningBuilder.Build(passages, MiniLmEmbedder.Shared, null, CancellationToken.None, threads: 1);
        var (several, _) = MeaningBuilder.Build(passages, MiniLmEmbedder.Shared, null, CancellationToken.None, threads: 4);

        Assert.Equal(passages.Sum(p => p.Count), embedded);
        var probe = one.Prepare(MiniLmEmbedder.Shared.Embed(["innovation policy"])[0]);
        for (var doc = 0; doc < passages.Length; doc++) Assert.Equal(one.Closest(probe, doc), several.Closest(probe, doc));

        passages[5][0] = "A finding rewritten about skills";
        var recording = new RecordingEmbedder();
        var (again, reembedded) = MeaningBuilder.Build(passages, recording, one.Reusable(), CancellationToken.None);
        Assert.Equal(1, reembedded);
        Assert.Equal(["A finding rewritten about skills"], recording.Texts);
        Assert.Equal(one.Closest(probe, 6), again.Closest(probe, 6));
    }

    private static void RandomUnit(Random random, Span<float> row)
    {
        for (var i = 0; i < row.Length; i++) row[i] = (float)(random.NextDouble() - 0.5);
        TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
    }

    /// <summary>The full-precision file format of earlier versions (LPIPVEC2), as they wrote it.</summary>
    private static void WriteVersion2(string path, string model, int[] starts, byte[] hashes, float[][] rows)
    {
        using var writer = new BinaryWriter(File.Create(path), Encoding.UTF8);
        writer.Write(Encoding.ASCII.GetBytes("LPIPVEC2"));
        writer.Write(model);
        writer.Write(384);
        writer.Write(starts.Length - 1);
        foreach (var start in starts) writer.Write(start);
        writer.Write(hashes);
        var bytes = new byte[4];
        foreach (var value in rows.SelectMany(r => r))
        {
            BinaryPrimitives.WriteSingleLittleEndian(bytes, value);
            writer.Write(bytes);
        }
    }
}
