using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace LpipEvidence.Search.Meaning;

/// <summary>
/// Vectors as small whole numbers with one scale each (value ≈ number × scale, the largest number ±127 for a stored
/// row and ±32,767 for a query), and their dot product in integers with SIMD. A normalised 384-number vector's
/// cosine with another comes out within about 0.005 of the full-precision one, while a scan reads a quarter of
/// the bytes: scanning vectors is bound by memory, not arithmetic.
/// </summary>
internal static class VectorMath
{
    /// <summary>Makes <paramref name="vector"/> 8-bit into <paramref name="target"/>; returns the scale.</summary>
    public static float Quantise(ReadOnlySpan<float> vector, Span<sbyte> target)
    {
        var scale = vector.IsEmpty ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector)) / sbyte.MaxValue;
        for (var i = 0; i < vector.Length; i++) target[i] = scale == 0 ? (sbyte)0 : (sbyte)Math.Round(vector[i] / scale);
        return scale;
    }

    /// <summary>Makes <paramref name="vector"/> 16-bit into <paramref name="target"/>; returns the scale.</summary>
    public static float Quantise(ReadOnlySpan<float> vector, Span<short> target)
    {
        var scale = vector.IsEmpty ? 0f : Math.Abs(TensorPrimitives.MaxMagnitude(vector)) / short.MaxValue;
        for (var i = 0; i < vector.Length; i++) target[i] = scale == 0 ? (short)0 : (short)Math.Round(vector[i] / scale);
        return scale;
    }

    /// <summary>The full-precision values of an 8-bit vector.</summary>
    public static void Dequantise(ReadOnlySpan<sbyte> vector, float scale, Span<float> target)
    {
        for (var i = 0; i < vector.Length; i++) target[i] = vector[i] * scale;
    }

    /// <summary>
    /// The dot product of an 8-bit and a 16-bit vector of the same length, in integers (it cannot overflow for
    /// vectors of up to 4,096 numbers: each product is at most 127 × 32,767).
    /// </summary>
    public static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query) =>
        Avx2.IsSupported ? Dot(row, query, DotPath.Avx2) : Dot(row, query, Vector128.IsHardwareAccelerated ? DotPath.Vector128 : DotPath.Scalar);

    /// <summary>The ways of working out <see cref="Dot(ReadOnlySpan{sbyte}, ReadOnlySpan{short})"/> (each tested, whatever the machine).</summary>
    internal enum DotPath
    {
        Scalar,
        Vector128,
        Avx2,
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int Dot(ReadOnlySpan<sbyte> row, ReadOnlySpan<short> query, DotPath path)
    {
        if (row.Length != query.Length) throw new ArgumentException("The vectors differ in length.", nameof(query));
        ref var r = ref MemoryMarshal.GetReference(row);
        ref var q = ref MemoryMarshal.GetReference(query);
        var length = (nuint)row.Length;
        nuint i = 0;
        var sum = 0;
        if (path == DotPath.Avx2 && Avx2.IsSupported)
        {
            // 16 numbers at a time: widen the row's bytes to 16-bit, multiply with the query's and add adjacent pairs
            // into 32-bit sums (vpmaddwd).
            var total = Vector256<int>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                var rows = Avx2.ConvertToVector256Int16(Vector128.LoadUnsafe(ref r, i));
                total = Avx2.Add(total, Avx2.MultiplyAddAdjacent(rows, Vector256.LoadUnsafe(ref q, i)));
            }
            sum = Vector256.Sum(total);
        }
        else if (path == DotPath.Vector128)
        {
            // Portable (Arm's AdvSimd too): widen both to 32-bit, multiply and add.
            var total = Vector128<int>.Zero;
            for (; i + 16 <= length; i += 16)
            {
                var (low, high) = Vector128.Widen(Vector128.LoadUnsafe(ref r, i));
                total += Products(low, Vector128.LoadUnsafe(ref q, i)) + Products(high, Vector128.LoadUnsafe(ref q, i + 8));
            }
            sum = Vector128.Sum(total);
        }
        for (; i < length; i++) sum += Unsafe.Add(ref r, i) * Unsafe.Add(ref q, i);
        return sum;
    }

    private static Vector128<int> Products(Vector128<short> a, Vector128<short> b)
    {
        var (a0, a1) = Vector128.Widen(a);
        var (b0, b1) = Vector128.Widen(b);
        return a0 * b0 + a1 * b1;
    }
}
