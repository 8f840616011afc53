namespace Causa.Faers.Reading;

/// <summary>One split data row: the line and its field boundaries.</summary>
internal readonly ref struct RowView
{
    private readonly ReadOnlySpan<byte> _line;
    private readonly ReadOnlySpan<int> _starts;
    private readonly ReadOnlySpan<int> _lengths;

    public RowView(ReadOnlySpan<byte> line, ReadOnlySpan<int> starts, ReadOnlySpan<int> lengths, int fieldCount, long lineNumber)
    {
        _line = line;
        _starts = starts;
        _lengths = lengths;
        FieldCount = fieldCount;
        LineNumber = lineNumber;
    }

    /// <summary>Fields in the line (one more than the number of '$').</summary>
    public int FieldCount { get; }

    /// <summary>1-based physical line number.</summary>
    public long LineNumber { get; }

    /// <summary>The whole line, without its line ending.</summary>
    public ReadOnlySpan<byte> Line => _line;

    /// <summary>Field <paramref name="index"/> with surrounding blanks trimmed; empty when the column is absent (negative index) or beyond the row.</summary>
    public ReadOnlySpan<byte> this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Math.Min(FieldCount, _starts.Length))
            {
                return default;
            }

            return FieldText.Trim(_line.Slice(_starts[index], _lengths[index]));
        }
    }
}
