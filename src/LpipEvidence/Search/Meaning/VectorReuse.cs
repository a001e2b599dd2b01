using System.Buffers.Binary;

namespace LpipEvidence.Search.Meaning;

/// <summary>The rows of a previous generation by their passage's hash, for a new generation to copy instead of embedding again.</summary>
internal sealed class VectorReuse(DocumentVectors source, Dictionary<UInt128, int> rows)
{
    public string Model => source.Model;

    public int Dimensions => source.Dimensions;

    /// <summary>The key of a SHA-256 hash (its first 128 bits).</summary>
    public static UInt128 KeyOf(ReadOnlySpan<byte> hash) => BinaryPrimitives.ReadUInt128LittleEndian(hash);

    public bool Contains(ReadOnlySpan<byte> hash) => rows.ContainsKey(KeyOf(hash));

    /// <summary>Copies the row of the passage with <paramref name="hash"/> into <paramref name="target"/>; false when there is none.</summary>
    public bool TryCopy(ReadOnlySpan<byte> hash, Span<sbyte> target, out float scale)
    {
        scale = 0;
        if (target.Length != source.Dimensions || !rows.TryGetValue(KeyOf(hash), out var row)) return false;
        scale = source.CopyRow(row, target);
        return true;
    }
}
