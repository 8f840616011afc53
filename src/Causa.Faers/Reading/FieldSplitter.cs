namespace Causa.Faers.Reading;

/// <summary>Splits a '$'-delimited line into field boundaries, reusing its arrays across rows.</summary>
/// <remarks>Not thread-safe: one per table being read.</remarks>
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
        var position = 0;
        var capacity = _starts.Length;
        while (true)
        {
            var dollar = line[position..].IndexOf((byte)'$');
            if (count < capacity)
            {
                _starts[count] = position;
                _lengths[count] = dollar < 0 ? line.Length - position : dollar;
            }

            count++;
            if (dollar < 0)
            {
                break;
            }

            position += dollar + 1;
            if (count >= capacity)
            {
                // Wrong field count anyway: count the rest in one vectorised pass.
                count += line[position..].Count((byte)'$') + 1;
                break;
            }
        }

        return new RowView(line, _starts, _lengths, count, lineNumber);
    }
}
