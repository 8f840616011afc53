using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Causa.Faers.Reading;

/// <summary>Splits a '$'-delimited line into field boundaries, reusing its arrays across rows.</summary>
/// <remarks>
/// One pass over the line finds every '$' 32 (or 16) bytes at a time and walks the match bits, instead of one
/// IndexOf call per field: on 20-field DRUG rows that roughly halves the split cost (measured with
/// <c>bench ... reader-stages</c>). A scalar loop handles the tail and machines without vector support.
/// Not thread-safe: one per table being read.
/// </remarks>
internal sealed class FieldSplitter
{
    private readonly int[] _starts;
    private readonly int[] _lengths;

    /// <param name="capacity">Fields whose boundaries are kept; further fields are only counted.</param>
    public FieldSplitter(int capacity)
    {
        _starts = new int[capacity];
        _lengths = new int[capacity];
    }

    /// <summary>Splits <paramref name="line"/>; an empty line has one empty field.</summary>
    public RowView Split(ReadOnlySpan<byte> line, long lineNumber)
    {
        var count = 0;
        var fieldStart = 0;
        var i = 0;
        ref var first = ref MemoryMarshal.GetReference(line);
        if (Vector256.IsHardwareAccelerated)
        {
            var dollar = Vector256.Create((byte)'$');
            for (; i + Vector256<byte>.Count <= line.Length; i += Vector256<byte>.Count)
            {
                var mask = Vector256.Equals(Vector256.LoadUnsafe(ref first, (nuint)i), dollar).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var position = i + BitOperations.TrailingZeroCount(mask);
                    Record(count++, fieldStart, position);
                    fieldStart = position + 1;
                    mask &= mask - 1;
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            var dollar = Vector128.Create((byte)'$');
            for (; i + Vector128<byte>.Count <= line.Length; i += Vector128<byte>.Count)
            {
                var mask = Vector128.Equals(Vector128.LoadUnsafe(ref first, (nuint)i), dollar).ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var position = i + BitOperations.TrailingZeroCount(mask);
                    Record(count++, fieldStart, position);
                    fieldStart = position + 1;
                    mask &= mask - 1;
                }
            }
        }

        for (; i < line.Length; i++)
        {
            if (line[i] == (byte)'$')
            {
                Record(count++, fieldStart, i);
                fieldStart = i + 1;
            }
        }

        Record(count++, fieldStart, line.Length);
        return new RowView(line, _starts, _lengths, count, lineNumber);
    }

    private void Record(int index, int start, int end)
    {
        if ((uint)index < (uint)_starts.Length)
        {
            _starts[index] = start;
            _lengths[index] = end - start;
        }
    }
}
