using System.Numerics.Tensors;
using LpipEvidence.Search;
using LpipEvidence.Search.Meaning;

namespace LpipEvidence.Benchmarks.Corpus;

/// <summary>
/// Random normalised vectors in the site's <see cref="DocumentVectors"/>, to time the vector search at sizes too large
/// to embed here (100,000 findings): the scan compares every centre, then the passages of a fixed number of
/// documents, whatever the vectors hold, so its cost depends on the numbers of documents and passages, not on their
/// values. The one place the benchmarks make
/// <see cref="DocumentVectors"/> and call its search, so a change of that internal API is adapted here.
/// </summary>
internal static class SyntheticVectors
{
    /// <summary>Vectors for documents with the given numbers of passages, seeded so every run scans the same numbers.</summary>
    public static DocumentVectors Make(IReadOnlyList<int> passagesPerDocument, int seed = 15)
    {
        var (data, starts) = MakeFloats(passagesPerDocument, seed);
        return DocumentVectors.FromFloats(MiniLmEmbedder.Model, MiniLmEmbedder.VectorLength, starts, data, new byte[starts[^1] * DocumentVectors.HashLength]);
    }

    /// <summary>The full-precision rows <see cref="Make"/> starts from, and each document's first row.</summary>
    public static (float[] Data, int[] Starts) MakeFloats(IReadOnlyList<int> passagesPerDocument, int seed = 15)
    {
        var random = new Random(seed);
        var dimensions = MiniLmEmbedder.VectorLength;
        var starts = new int[passagesPerDocument.Count + 1];
        for (var d = 0; d < passagesPerDocument.Count; d++) starts[d + 1] = starts[d] + passagesPerDocument[d];
        var rows = starts[^1];
        var data = new float[(long)rows * dimensions];
        for (var r = 0; r < rows; r++)
        {
            var row = data.AsSpan(r * dimensions, dimensions);
            for (var i = 0; i < row.Length; i++) row[i] = (float)(random.NextDouble() - 0.5);
            TensorPrimitives.Divide(row, TensorPrimitives.Norm(row), row);
        }
        return (data, starts);
    }

    /// <summary>The search by meaning of one query vector as the service runs it (its floor and result count, no filter): how many documents it found.</summary>
    public static int Search(DocumentVectors vectors, float[] query) =>
        vectors.Nearest(vectors.Prepare(query), SearchService.MeaningFloor, SearchService.MaxMeaningResults, _ => true, CancellationToken.None).Count;

    /// <summary>Megabytes of the vectors in memory.</summary>
    public static double Megabytes(DocumentVectors vectors) => vectors.Bytes / 1024.0 / 1024;
}
