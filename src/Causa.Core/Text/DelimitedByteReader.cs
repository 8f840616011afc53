using System.Buffers;
using System.Text;

namespace Causa.Core.Text;

/// <summary>
/// <see cref="DelimitedReader"/>'s rules over UTF-8 bytes, for tables too large to read a character at a time (an MGPS
/// table of a million pairs): records, fields and line numbers are exactly those <see cref="DelimitedReader"/> gives for
/// the same text, but each field is a span of UTF-8 bytes, valid until the next <see cref="Read"/>.
/// </summary>
/// <remarks>
/// <para>Separators, quotes and line breaks are ASCII, and no byte of a multi-byte UTF-8 sequence is ASCII, so splitting
/// the bytes splits the text the same way. A UTF-8 byte-order mark at the start is dropped; a UTF-16 or UTF-32 one makes
/// <c>Open</c> transcode the stream to UTF-8 first (as a <see cref="StreamReader"/> that detects byte-order marks
/// would read it). Invalid UTF-8 inside a field becomes U+FFFD when the field is read as text.</para>
/// <para>Work is linear in the input; memory is the longest record (the buffer grows to hold it) plus a 1 MiB buffer.
/// Not thread-safe.</para>
/// </remarks>
internal sealed class DelimitedByteReader : IDisposable
{
    private const byte Quote = (byte)'"';
    private const byte Cr = (byte)'\r';
    private const byte Lf = (byte)'\n';
    private static readonly SearchValues<byte> QuoteOrBreak = SearchValues.Create("\"\r\n"u8);
    private readonly Stream _stream;
    private readonly byte _separator;
    private readonly bool _quoted;
    private readonly SearchValues<byte> _stops;
    private byte[] _buffer;
    private long _bufferOffset;
    private int _position;
    private int _length;
    private bool _endOfInput;
    private bool _started;
    private byte[] _fieldBytes = new byte[1024];
    private int[] _fieldEnds = new int[16];
    private int _fieldCount;
    private int _fieldLength;
    private int _recordStart;
    private int _recordEnd;

    /// <summary>A reader of <paramref name="stream"/> from its current position; the stream holds UTF-8.</summary>
    /// <param name="stream">The bytes; disposed with this reader.</param>
    /// <param name="format">Separator (ASCII) and quoting.</param>
    /// <param name="linesRead">Lines before the stream's position in the file it comes from (a part of a file read on
    /// its own), so record line numbers match the file; when above 0, no byte-order mark is looked for.</param>
    /// <param name="bufferSize">Bytes read at a time (the buffer grows for a longer record); small sizes exist for tests
    /// of records cut at every byte.</param>
    public DelimitedByteReader(Stream stream, DelimitedFormat format, long linesRead = 0, int bufferSize = 1 << 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(bufferSize, 4);
        _buffer = new byte[bufferSize];
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(format.Separator, '\u007f', nameof(format));
        ArgumentOutOfRangeException.ThrowIfNegative(linesRead);
        LinesRead = linesRead;
        _started = linesRead > 0;
        _stream = stream;
        _separator = (byte)format.Separator;
        _quoted = format.Quoted;
        _stops = SearchValues.Create(_quoted ? [_separator, Quote, Cr, Lf] : [_separator, Cr, Lf]);
    }

    /// <summary>Physical lines consumed so far (a record's line breaks included).</summary>
    public long LinesRead { get; private set; }

    /// <summary>Bytes of the stream consumed so far: the current record and its line break, and all before.</summary>
    public long BytesConsumed => _bufferOffset + _position;

    /// <summary>True when the input was UTF-16 or UTF-32 and is read transcoded (so byte offsets are not the file's).</summary>
    public bool Transcoded { get; private init; }

    /// <summary>1-based physical line on which the current record starts.</summary>
    public long Line { get; private set; }

    /// <summary>Fields of the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>Why the current record is malformed (an unclosed quoted field), or null when it is well formed.</summary>
    public string? Problem { get; private set; }

    /// <summary>The current record as written (quotes kept), without its final line break.</summary>
    public string RecordText => Encoding.UTF8.GetString(_buffer, _recordStart, _recordEnd - _recordStart);

    /// <summary>Opens a file for reading, transcoding UTF-16 and UTF-32 (recognised by their byte-order marks) to UTF-8.</summary>
    /// <param name="path">The file.</param>
    /// <param name="format">Separator (ASCII) and quoting.</param>
    public static DelimitedByteReader Open(string path, DelimitedFormat format) =>
        Open(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan), format);

    /// <summary>Reads a seekable stream from its start, transcoding UTF-16 and UTF-32 (recognised by their byte-order
    /// marks) to UTF-8.</summary>
    /// <param name="seekable">The bytes; disposed with the reader.</param>
    /// <param name="format">Separator (ASCII) and quoting.</param>
    public static DelimitedByteReader Open(Stream seekable, DelimitedFormat format)
    {
        ArgumentNullException.ThrowIfNull(seekable);
        try
        {
            Span<byte> head = stackalloc byte[4];
            var read = seekable.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            seekable.Position = 0;
            var encoding = WideEncoding(head[..read]);
            return encoding is null
                ? new DelimitedByteReader(seekable, format)
                : new DelimitedByteReader(Encoding.CreateTranscodingStream(seekable, encoding, Encoding.UTF8, leaveOpen: false), format) { Transcoded = true };
        }
        catch
        {
            seekable.Dispose();
            throw;
        }
    }

    /// <summary>Physical lines in <paramref name="utf8"/> as this reader counts them: a CRLF, a lone LF or a lone CR
    /// each ends one.</summary>
    public static long CountLines(ReadOnlySpan<byte> utf8) =>
        (long)utf8.Count(Lf) + utf8.Count(Cr) - utf8.Count("\r\n"u8);

    /// <summary>The UTF-8 bytes of field <paramref name="index"/> (quotes removed, doubled quotes undone).</summary>
    public ReadOnlySpan<byte> Field(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, _fieldCount);
        var start = index == 0 ? 0 : _fieldEnds[index - 1];
        return _fieldBytes.AsSpan(start, _fieldEnds[index] - start);
    }

    /// <summary>Field <paramref name="index"/> as text.</summary>
    public string FieldText(int index) => Encoding.UTF8.GetString(Field(index));

    /// <summary>Moves to the next non-blank record.</summary>
    /// <returns>False at the end of the input.</returns>
    public bool Read()
    {
        if (!_started)
        {
            _started = true;
            Ensure(3);
            if (_buffer.AsSpan(_position, _length - _position).StartsWith("\uFEFF"u8))
            {
                _position += 3;
            }
        }

        while (true)
        {
            if (!Ensure(2) && _position == _length)
            {
                return false;
            }

            var c = _buffer[_position];
            if (c is Cr or Lf)
            {
                // A blank line is not a record. Ensure(2) above means a CR's LF, if any, is in the buffer.
                _position++;
                if (c == Cr && _position < _length && _buffer[_position] == Lf)
                {
                    _position++;
                }

                LinesRead++;
                continue;
            }

            while (!TryRecord())
            {
                Fill();
            }

            return true;
        }
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private static Encoding? WideEncoding(ReadOnlySpan<byte> head) => head switch
    {
        [0xFF, 0xFE, 0x00, 0x00, ..] => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
        [0x00, 0x00, 0xFE, 0xFF, ..] => new UTF32Encoding(bigEndian: true, byteOrderMark: true),
        [0xFF, 0xFE, ..] => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        [0xFE, 0xFF, ..] => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => null,
    };

    /// <summary>Parses the record at <see cref="_position"/>; false (nothing consumed) when the buffer ends before it does
    /// and more input may follow.</summary>
    private bool TryRecord()
    {
        var data = _buffer.AsSpan(0, _length);
        var i = _position;
        var lines = 0L;
        var atFieldStart = true;
        var quoted = false;
        var quotedFrom = 0L;
        var recordEnd = -1;
        string? problem = null;
        _fieldCount = 0;
        _fieldLength = 0;
        while (true)
        {
            if (quoted)
            {
                var k = data[i..].IndexOfAny(QuoteOrBreak);
                if (k < 0)
                {
                    if (!_endOfInput)
                    {
                        return false;
                    }

                    Append(data[i..]);
                    i = data.Length;
                    recordEnd = i;
                    problem = $"quoted field opened on line {quotedFrom} is not closed before the end of the file";
                    lines++;
                    break;
                }

                Append(data.Slice(i, k));
                i += k;
                var q = data[i++];
                if ((q == Quote || q == Cr) && i == data.Length && !_endOfInput)
                {
                    return false;
                }

                if (q == Quote)
                {
                    if (i < data.Length && data[i] == Quote)
                    {
                        Append(Quote);
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }

                    continue;
                }

                // A line break inside quotes is data, kept as written (CRLF stays CRLF).
                Append(q);
                if (q == Cr && i < data.Length && data[i] == Lf)
                {
                    Append(Lf);
                    i++;
                }

                lines++;
                continue;
            }

            var stop = data[i..].IndexOfAny(_stops);
            if (stop < 0)
            {
                if (!_endOfInput)
                {
                    return false;
                }

                Append(data[i..]);
                i = data.Length;
                recordEnd = i;
                lines++;
                break;
            }

            if (stop > 0)
            {
                Append(data.Slice(i, stop));
                atFieldStart = false;
                i += stop;
            }

            var c = data[i++];
            if (c is Cr or Lf)
            {
                if (c == Cr && i == data.Length && !_endOfInput)
                {
                    return false;
                }

                recordEnd = i - 1;
                if (c == Cr && i < data.Length && data[i] == Lf)
                {
                    i++;
                }

                lines++;
                break;
            }

            if (c == _separator)
            {
                EndField();
                atFieldStart = true;
                continue;
            }

            // A quote: it opens a quoted field at the start of a field, else it is text.
            if (atFieldStart)
            {
                quoted = true;
                quotedFrom = LinesRead + lines + 1;
            }
            else
            {
                Append(c);
            }

            atFieldStart = false;
        }

        EndField();
        Line = LinesRead + 1;
        LinesRead += lines;
        Problem = problem;
        _recordStart = _position;
        _recordEnd = recordEnd;
        _position = i;
        return true;
    }

    private void Append(byte value)
    {
        if (_fieldLength == _fieldBytes.Length)
        {
            Array.Resize(ref _fieldBytes, _fieldBytes.Length * 2);
        }

        _fieldBytes[_fieldLength++] = value;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (_fieldLength + bytes.Length > _fieldBytes.Length)
        {
            Array.Resize(ref _fieldBytes, Math.Max(_fieldBytes.Length * 2, _fieldLength + bytes.Length));
        }

        bytes.CopyTo(_fieldBytes.AsSpan(_fieldLength));
        _fieldLength += bytes.Length;
    }

    private void EndField()
    {
        if (_fieldCount == _fieldEnds.Length)
        {
            Array.Resize(ref _fieldEnds, _fieldEnds.Length * 2);
        }

        _fieldEnds[_fieldCount++] = _fieldLength;
    }

    /// <summary>Reads until at least <paramref name="count"/> bytes are buffered past the position, or the input ends.</summary>
    /// <returns>True when that many are buffered.</returns>
    private bool Ensure(int count)
    {
        while (_length - _position < count)
        {
            if (_endOfInput)
            {
                return false;
            }

            Fill();
        }

        return true;
    }

    /// <summary>Keeps the unread bytes, growing the buffer when they fill it, and reads more after them.</summary>
    private void Fill()
    {
        var unread = _length - _position;
        _bufferOffset += _position;
        if (_position > 0)
        {
            _buffer.AsSpan(_position, unread).CopyTo(_buffer);
        }

        if (unread > _buffer.Length / 2)
        {
            // A record longer than half the buffer: grow, so a long record is not re-parsed a few bytes at a time.
            Array.Resize(ref _buffer, _buffer.Length * 2);
        }

        _position = 0;
        _length = unread;
        var read = _stream.Read(_buffer, _length, _buffer.Length - _length);
        if (read == 0)
        {
            _endOfInput = true;
        }

        _length += read;
    }
}
