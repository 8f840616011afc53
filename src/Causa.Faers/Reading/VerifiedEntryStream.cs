using System.Globalization;

namespace Causa.Faers.Reading;

/// <summary>
/// Wraps a zip entry's inflating stream and checks, while it is read, that the entry inflates to exactly the size
/// and CRC-32 its zip directory declares: more bytes than declared fail as soon as they appear; a short entry or a
/// CRC mismatch fail at the end of the entry, before the read can succeed.
/// </summary>
/// <remarks>
/// System.IO.Compression checks neither: it stops at the declared size (a size patched down silently cuts the
/// table) and returns damaged stored bytes as they are. Not thread-safe; read-only, forward-only.
/// </remarks>
internal sealed class VerifiedEntryStream(Stream inner, string entryName, long declaredLength, uint declaredCrc) : Stream
{
    private readonly System.IO.Hashing.Crc32 _crc = new();
    private long _inflated;
    private bool _verified;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _inflated;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        if (read == 0)
        {
            if (!_verified && buffer.Length > 0)
            {
                Verify();
            }

            return 0;
        }

        _inflated += read;
        if (_inflated > declaredLength)
        {
            throw Damaged(string.Create(CultureInfo.InvariantCulture,
                $"inflates to more than the {declaredLength:N0} bytes the zip declares for it"));
        }

        _crc.Append(buffer[..read]);
        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Verify()
    {
        _verified = true;
        if (_inflated != declaredLength)
        {
            throw Damaged(string.Create(CultureInfo.InvariantCulture,
                $"inflates to {_inflated:N0} bytes, but the zip declares {declaredLength:N0}"));
        }

        var crc = _crc.GetCurrentHashAsUInt32();
        if (crc != declaredCrc)
        {
            throw Damaged(string.Create(CultureInfo.InvariantCulture,
                $"fails its CRC-32 check (the inflated data gives {crc:x8}, the zip declares {declaredCrc:x8})"));
        }
    }

    private TableReadException Damaged(string what)
        => new(FaersReadErrorKind.CorruptArchive, null, $"the zip is damaged: entry {entryName} {what}; download it again");
}
