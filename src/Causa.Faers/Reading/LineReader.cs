using System.Buffers;

namespace Causa.Faers.Reading;

/// <summary>
/// Streams a text file line by line as byte spans, without decoding: LF, CRLF or CR-only (old Mac) endings, a last
/// line without a line ending, and a UTF-8 byte-order mark at the start are all handled. Never holds more than one
/// buffer (grown only to fit a single longer line, up to the maximum line length).
/// </summary>
/// <remarks>
/// The line-ending convention is decided once, from the first line ending in the file: a CR not followed by LF
/// there means CR-only, and from then on CR ends a line; otherwise LF ends a line and a CR before it is dropped.
/// Not thread-safe; a returned line is valid only until the next call.
/// </remarks>
internal sealed class LineReader : IDisposable
{
    private readonly Stream _stream;
    private readonly int _maxLineLength;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atFileStart = true;
    private bool _conventionKnown;
    private byte _lineEnd = (byte)'\n';

    /// <param name="stream">The text, read forward once.</param>
    /// <param name="bufferSize">Initial buffer, in bytes.</param>
    /// <param name="maxLineLength">A line longer than this (bytes, without its ending) throws <see cref="TableReadException"/>.</param>
    public LineReader(Stream stream, int bufferSize, int maxLineLength = 64 << 10)
    {
        _stream = stream;
        _maxLineLength = maxLineLength;
        _buffer = ArrayPool<byte>.Shared.Rent(Math.Clamp(bufferSize, 4096, 64 << 20));
    }

    /// <summary>Physical lines returned so far (the 1-based number of the last line returned).</summary>
    public long LineNumber { get; private set; }

    /// <summary>Bytes read from the stream so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Bytes of the stream up to the end of the last line returned (including its line ending).</summary>
    public long Position => BytesRead - (_end - _start);

    /// <summary>True once a last line without a line ending was returned.</summary>
    public bool EndedWithoutNewline { get; private set; }

    /// <summary>True when the file's lines end in a bare CR (decided at its first line ending).</summary>
    public bool CarriageReturnOnly => _lineEnd == (byte)'\r';

    /// <summary>Returns the next line without its line ending, or false at the end of the stream.</summary>
    /// <exception cref="TableReadException">A line is longer than the maximum line length (kind <see cref="FaersReadErrorKind.LimitExceeded"/>).</exception>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searchFrom = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            if (!_conventionKnown && DecideConvention(pending))
            {
                // Decided only now: look for line endings from the start again.
                searchFrom = 0;
            }

            var newline = pending[searchFrom..].IndexOf(_lineEnd);
            if (newline >= 0)
            {
                newline += searchFrom;
                line = TrimCarriageReturn(pending[..newline]);
                CheckLength(line.Length);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (pending.IsEmpty)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(pending);
                CheckLength(line.Length);
                _start = _end;
                LineNumber++;
                EndedWithoutNewline = true;
                return true;
            }

            // Checked before reading more, so an endless line costs at most one buffer beyond the limit.
            CheckLength(pending.Length - 1);
            searchFrom = pending.Length;
            Fill();
        }
    }

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line)
        => _lineEnd == (byte)'\n' && line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    /// <summary>
    /// Decides the line ending from the text read so far: LF when it holds an LF; CR-only when it holds none but a CR
    /// followed by another byte (or at the end of the file); otherwise undecided (false) until more is read.
    /// </summary>
    /// <remarks>A CR-only file has no LF at all, while a stray CR in an LF file's first line still leaves it LF.</remarks>
    private bool DecideConvention(ReadOnlySpan<byte> pending)
    {
        if (pending.Contains((byte)'\n'))
        {
            _conventionKnown = true;
        }
        else
        {
            var cr = pending.IndexOf((byte)'\r');
            if (cr >= 0 && (cr < pending.Length - 1 || _eof))
            {
                _lineEnd = (byte)'\r';
                _conventionKnown = true;
            }
            else if (_eof)
            {
                _conventionKnown = true;
            }
        }

        return _conventionKnown;
    }

    private void CheckLength(int length)
    {
        if (length > _maxLineLength)
        {
            throw new TableReadException(FaersReadErrorKind.LimitExceeded, LineNumber + 1,
                string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"line {LineNumber + 1:N0} is longer than {_maxLineLength:N0} bytes, the limit for one row (real FAERS rows are under 1 kB)"));
        }
    }

    private void Fill()
    {
        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, _end).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
            return;
        }

        BytesRead += read;
        _end += read;
        if (_atFileStart)
        {
            // Only the very first read can hold the mark; should it arrive split (a read under 3 bytes), the header
            // parser trims the decoded U+FEFF instead.
            _atFileStart = false;
            if (_end >= 3 && _buffer[0] == 0xEF && _buffer[1] == 0xBB && _buffer[2] == 0xBF)
            {
                _start = 3;
            }
        }
    }
}
