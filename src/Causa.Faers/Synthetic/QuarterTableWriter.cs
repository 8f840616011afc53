using System.Globalization;
using System.Text;

namespace Causa.Faers.Synthetic;

/// <summary>
/// Writes one <c>$</c>-delimited FAERS table, streaming, in single-byte Latin-1 (every char ≤ U+00FF becomes one byte, so
/// Windows-1252 bytes such as 0x92 or 0xAE are written as is). Each row is held back until the next one starts, so the
/// last row can be written without its newline and cut short, as in some real files.
/// </summary>
internal sealed class QuarterTableWriter : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly string _newline;
    private readonly bool _truncateLastRow;
    private readonly CountingStream _counter;
    private StringBuilder _row = new(512);
    private StringBuilder _pending = new(512);
    private bool _hasPending;
    private bool _atRowStart = true;

    public QuarterTableWriter(Stream output, string header, string newline, bool truncateLastRow)
    {
        _counter = new CountingStream(output);
        _writer = new StreamWriter(_counter, Encoding.Latin1, 1 << 16);
        _newline = newline;
        _truncateLastRow = truncateLastRow;
        _writer.Write(header);
        _writer.Write(newline);
    }

    /// <summary>Data rows written (header excluded).</summary>
    public long Rows { get; private set; }

    /// <summary>Bytes written so far (exact after <see cref="Complete"/>).</summary>
    public long Bytes => _counter.Count;

    public QuarterTableWriter Field(string value)
    {
        Separator();
        _row.Append(value);
        return this;
    }

    public QuarterTableWriter Field(long value)
    {
        Separator();
        _row.Append(CultureInfo.InvariantCulture, $"{value}");
        return this;
    }

    /// <summary>A number with up to two decimals; <paramref name="pandas"/> adds the ".0" float artefact to whole numbers.</summary>
    public QuarterTableWriter Field(double value, bool pandas)
    {
        Separator();
        _row.Append(value.ToString("0.##", CultureInfo.InvariantCulture));
        if (pandas && value == Math.Floor(value))
        {
            _row.Append(".0");
        }

        return this;
    }

    /// <summary>A date as yyyymmdd (or yyyymm, yyyy), empty for 0; <paramref name="pandas"/> appends ".0".</summary>
    public QuarterTableWriter Date(int value, bool pandas = false)
    {
        Separator();
        if (value != 0)
        {
            _row.Append(CultureInfo.InvariantCulture, $"{value}");
            if (pandas)
            {
                _row.Append(".0");
            }
        }

        return this;
    }

    public QuarterTableWriter Empty(int count = 1)
    {
        for (var i = 0; i < count; i++)
        {
            Separator();
        }

        return this;
    }

    public void EndRow()
    {
        if (_hasPending)
        {
            _writer.Write(_pending);
            _writer.Write(_newline);
        }

        (_pending, _row) = (_row, _pending);
        _row.Clear();
        _hasPending = true;
        _atRowStart = true;
        Rows++;
    }

    /// <summary>Writes the held-back row and flushes. Call once, before disposing the entry stream.</summary>
    public void Complete()
    {
        if (_hasPending)
        {
            if (_truncateLastRow)
            {
                // As in a real extract cut off mid-write: the final value loses its last character (an empty one stays
                // empty, so the field count holds) and there is no newline.
                if (_pending.Length > 0 && _pending[^1] != '$')
                {
                    _pending.Length--;
                }

                _writer.Write(_pending);
            }
            else
            {
                _writer.Write(_pending);
                _writer.Write(_newline);
            }

            _hasPending = false;
        }

        _writer.Flush();
    }

    public void Dispose() => _writer.Dispose();

    private void Separator()
    {
        if (_atRowStart)
        {
            _atRowStart = false;
        }
        else
        {
            _row.Append('$');
        }
    }
}
