namespace LpipEvidence.Search.Meaning;

/// <summary>A query's vector made ready for <see cref="DocumentVectors"/>: 16-bit numbers with one scale.</summary>
internal sealed class QueryVector
{
    private QueryVector(short[] values, float scale) => (Values, Scale) = (values, scale);

    public short[] Values { get; }

    public float Scale { get; }

    public static QueryVector From(ReadOnlySpan<float> vector)
    {
        var values = new short[vector.Length];
        return new QueryVector(values, VectorMath.Quantise(vector, values));
    }
}
