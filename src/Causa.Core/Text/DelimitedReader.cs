using System.Text;

namespace Causa.Core.Text;

/// <summary>
/// The one reader of delimited text (CSV, TSV, <c>$</c>-separated) behind every table Causa imports: vocabulary
/// sources, evidence sources, count tables and MGPS tables. It reads records, not lines: under
/// <see cref="DelimitedFormat.Quoted"/> a quoted field may hold separators, doubled quotes and line breaks (RFC 4180).
/// </summary>
/// <remarks>
/// <para>Line breaks are CRLF, LF or a lone CR, in any mix; inside a quoted field they are kept as written. A UTF-8
/// byte-order mark at the very start is dropped. Blank lines between records are skipped (they still count toward line
/// numbers). Rows keep the number of fields they have (ragged rows are the caller's to judge).</para>
/// <para>Lenient where RFC 4180 is silent or the data is not: a quote inside an unquoted field is text, and text after
/// a closing quote is appended to the field. A quoted field still open at the end of the input ends the record with a
/// <see cref="DataRow.Problem"/> naming the line where it opened.</para>
/// <para>Work is linear in the input; memory is one record. Not thread-safe.</para>
/// </remarks>
internal sealed class DelimitedReader
{
    private const int Eof = -1;
    private readonly TextReader _reader;
    private readonly DelimitedFormat _format;
    private readonly char[] _buffer = new char[1 << 14];
    private readonly StringBuilder _field = new();
    private readonly StringBuilder _text = new();
    private readonly List<string> _fields = [];
    private int _position;
    private int _length;
    private bool _started;

    /// <summary>A reader of <paramref name="reader"/> from its current position.</summary>
    /// <param name="reader">The text; not disposed here.</param>
    /// <param name="format">Separator and quoting.</param>
    /// <param name="linesRead">Lines already read from the underlying file (1 after a header read with
    /// <see cref="TextReader.ReadLine"/>), so record line numbers match the file.</param>
    public DelimitedReader(TextReader reader, DelimitedFormat format, long linesRead = 0)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentOutOfRangeException.ThrowIfNegative(linesRead);
        _reader = reader;
        _format = format;
        LinesRead = linesRead;
        _started = linesRead > 0;
    }

    /// <summary>Physical lines consumed so far (a record's line breaks included).</summary>
    public long LinesRead { get; private set; }

    /// <summary>The records left in <paramref name="reader"/>, blank lines skipped.</summary>
    public static IEnumerable<DataRow> Records(TextReader reader, DelimitedFormat format, long linesRead = 0)
    {
        var records = new DelimitedReader(reader, format, linesRead);
        while (records.Read() is { } row)
        {
            yield return row;
        }
    }

    /// <summary>Splits one line (or any text holding one record) into fields.</summary>
    /// <param name="text">The record's text, without its line break.</param>
    /// <param name="format">Separator and quoting.</param>
    /// <param name="unterminated">True when a quoted field was still open at the end of <paramref name="text"/>.</param>
    /// <returns>The fields; one empty field for empty text. Text holding several records yields the first.</returns>
    public static string[] Split(string text, DelimitedFormat format, out bool unterminated)
    {
        ArgumentNullException.ThrowIfNull(text);
        unterminated = false;
        if (!format.Quoted || text.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            // The common case, and exactly what quoting would give: no quote, no grouping.
            return text.Split(format.Separator);
        }

        using var reader = new StringReader(text);
        var row = new DelimitedReader(reader, format, linesRead: 1).Read();
        unterminated = row?.Problem is not null;
        return row?.Fields ?? [string.Empty];
    }

    /// <summary>The next non-blank record, or null at the end of the input.</summary>
    public DataRow? Read()
    {
        if (!_started)
        {
            _started = true;
            if (Peek() == '\uFEFF')
            {
                _position++;
            }
        }

        while (true)
        {
            var c = Peek();
            if (c == Eof)
            {
                return null;
            }

            if (c is '\r' or '\n')
            {
                // A blank line is not a record.
                Next();
                EndOfLine(c);
                continue;
            }

            return ReadRecord();
        }
    }

    private DataRow ReadRecord()
    {
        var line = LinesRead + 1;
        _fields.Clear();
        _field.Clear();
        _text.Clear();
        string? problem = null;
        var separator = _format.Separator;
        var atFieldStart = true;
        var quoted = false;
        var quotedFrom = 0L;
        while (true)
        {
            var c = Next();
            if (c == Eof)
            {
                if (quoted)
                {
                    problem = $"quoted field opened on line {quotedFrom} is not closed before the end of the file";
                }

                LinesRead++;
                break;
            }

            if (quoted)
            {
                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        _field.Append('"');
                        _text.Append("\"\"");
                    }
                    else
                    {
                        quoted = false;
                        _text.Append('"');
                    }

                    continue;
                }

                if (c is '\r' or '\n')
                {
                    // A line break inside quotes is data, kept as written (CRLF stays CRLF).
                    _field.Append((char)c);
                    _text.Append((char)c);
                    if (c == '\r' && Peek() == '\n')
                    {
                        Next();
                        _field.Append('\n');
                        _text.Append('\n');
                    }

                    LinesRead++;
                    continue;
                }

                _field.Append((char)c);
                _text.Append((char)c);
                continue;
            }

            if (c is '\r' or '\n')
            {
                EndOfLine(c);
                break;
            }

            _text.Append((char)c);
            if (c == separator)
            {
                _fields.Add(_field.ToString());
                _field.Clear();
                atFieldStart = true;
                continue;
            }

            if (c == '"' && atFieldStart && _format.Quoted)
            {
                quoted = true;
                quotedFrom = LinesRead + 1;
                atFieldStart = false;
                continue;
            }

            atFieldStart = false;
            _field.Append((char)c);
        }

        _fields.Add(_field.ToString());
        return new DataRow(line, _text.ToString(), [.. _fields]) { Problem = problem };
    }

    private void EndOfLine(int c)
    {
        if (c == '\r' && Peek() == '\n')
        {
            Next();
        }

        LinesRead++;
    }

    private int Peek()
    {
        if (_position == _length && !Fill())
        {
            return Eof;
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c != Eof)
        {
            _position++;
        }

        return c;
    }

    private bool Fill()
    {
        _length = _reader.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        return _length > 0;
    }
}
