using System.Buffers;

namespace Causa.Faers.Reading;

/// <summary>
/// Streams a text file line by line as byte spans, without decoding: LF or CRLF endings, a last line without a
/// line ending, and a UTF-8 byte-order mark at the start are all handled. Never holds more than one buffer
/// (grown only to fit a single longer line, up to <see cref="MaxLineLength"/>).
/// </summary>
/// <remarks>Not thread-safe; a returned line is valid only until the next call.</remarks>
internal sealed class LineReader : IDisposable
{
    /// <summary>A line longer than this means the file is not FAERS text (the longest FAERS field is 4,000 characters).</summary>
    public const int MaxLineLength = 16 << 20;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _atFileStart = true;

    public LineReader(Stream stream, int bufferSize)
    {
        _stream = stream;
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

    /// <summary>Returns the next line without its line ending, or false at the end of the stream.</summary>
    /// <exception cref="LineTooLongException">A line is longer than <see cref="MaxLineLength"/>.</exception>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        var searchFrom = 0;
        while (true)
        {
            var pending = _buffer.AsSpan(_start, _end - _start);
            var newline = pending[searchFrom..].IndexOf((byte)'\n');
            if (newline >= 0)
            {
                newline += searchFrom;
                line = TrimCarriageReturn(pending[..newline]);
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
                _start = _end;
                LineNumber++;
                EndedWithoutNewline = true;
                return true;
            }

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

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line)
        => line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

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
            if (_buffer.Length >= MaxLineLength)
            {
                throw new LineTooLongException(LineNumber + 1);
            }

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
