using System.Buffers.Binary;

namespace Causa.Faers.Reading;

/// <summary>
/// Tells a truncated zip from an otherwise corrupt one, and an entry compressed with a method Causa cannot inflate
/// from one whose compressed data is damaged, after System.IO.Compression refused it (it reports both as an
/// "unsupported compression method").
/// </summary>
internal static class ZipArchiveProbe
{
    // End-of-central-directory record: signature, fixed part 22 bytes, then a comment of up to 65,535 bytes.
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const uint CentralHeaderSignature = 0x02014b50;
    private const int EndRecordLength = 22;
    private const int CentralHeaderLength = 46;
    private const int MaxCommentLength = ushort.MaxValue;

    // Only the directory is read to find a method; a larger one is not a FAERS zip (FDA's list about 20 entries).
    private const int MaxDirectoryBytes = 4 << 20;

    // Compression methods System.IO.Compression inflates.
    private const ushort Stored = 0;
    private const ushort Deflate = 8;
    private const ushort Deflate64 = 9;

    /// <summary>Builds the error for a zip (or one of its entries) that failed to open or inflate.</summary>
    /// <param name="zipPath">The zip file.</param>
    /// <param name="entryName">The entry being read, or null when the archive itself failed to open.</param>
    /// <param name="exception">What System.IO.Compression or the file system threw.</param>
    public static FaersReadError Classify(string zipPath, string? entryName, Exception exception)
    {
        var file = entryName is null ? zipPath : zipPath + "!" + entryName;
        if (exception is UnauthorizedAccessException or (IOException and not EndOfStreamException))
        {
            return new FaersReadError(FaersReadErrorKind.Io, file, null, "cannot read the zip: " + exception.Message);
        }

        long length;
        bool hasEnd;
        ushort? method;
        try
        {
            (length, hasEnd, _) = FindEndRecord(zipPath);
            method = entryName is null || !hasEnd ? null : CompressionMethodOf(zipPath, entryName);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FaersReadError(FaersReadErrorKind.Io, file, null, "cannot read the zip: " + ex.Message);
        }

        if (!hasEnd || exception is EndOfStreamException)
        {
            return new FaersReadError(FaersReadErrorKind.TruncatedArchive, file, null,
                $"the zip ends early ({length:N0} bytes; its end-of-archive record is missing or data is cut off): " +
                "the file is probably truncated, download it again");
        }

        if (entryName is null)
        {
            return new FaersReadError(FaersReadErrorKind.CorruptArchive, file, null,
                "the zip is damaged (" + FieldText.Excerpt(exception.Message.TrimEnd('.')) + "); download it again");
        }

        if (method is { } m && m is not (Stored or Deflate or Deflate64))
        {
            return new FaersReadError(FaersReadErrorKind.UnsupportedArchive, file, null,
                $"the entry is compressed with method {m} ({MethodName(m)}), which Causa cannot inflate: only stored and deflate entries, as FDA publishes them; re-pack the zip with standard compression");
        }

        return new FaersReadError(FaersReadErrorKind.CorruptArchive, file, null,
            "the zip is damaged: the entry's compressed data does not inflate; download it again");
    }

    private static string MethodName(ushort method) => method switch
    {
        1 => "shrink",
        6 => "implode",
        12 => "bzip2",
        14 => "LZMA",
        93 => "Zstandard",
        95 => "xz",
        98 => "PPMd",
        99 => "AES encryption",
        _ => "unknown",
    };

    /// <summary>The compression method the central directory records for <paramref name="entryName"/>, or null when it cannot be read.</summary>
    internal static ushort? CompressionMethodOf(string zipPath, string entryName)
    {
        var (_, hasEnd, end) = FindEndRecord(zipPath);
        if (!hasEnd || end.DirectorySize > MaxDirectoryBytes || end.DirectoryOffset == uint.MaxValue)
        {
            return null;
        }

        using var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        if (end.DirectoryOffset + end.DirectorySize > stream.Length)
        {
            return null;
        }

        var directory = new byte[end.DirectorySize];
        stream.Seek(end.DirectoryOffset, SeekOrigin.Begin);
        stream.ReadExactly(directory);
        var name = System.Text.Encoding.UTF8.GetBytes(entryName);
        var at = 0;
        while (at + CentralHeaderLength <= directory.Length && BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(at)) == CentralHeaderSignature)
        {
            var method = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 10));
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 28));
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 30));
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(directory.AsSpan(at + 32));
            if (at + CentralHeaderLength + nameLength > directory.Length)
            {
                return null;
            }

            if (directory.AsSpan(at + CentralHeaderLength, nameLength).SequenceEqual(name))
            {
                return method;
            }

            at += CentralHeaderLength + nameLength + extraLength + commentLength;
        }

        return null;
    }

    private static (long Length, bool HasEndRecord, (uint DirectoryOffset, uint DirectorySize) End) FindEndRecord(string zipPath)
    {
        using var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var length = stream.Length;
        var tail = (int)Math.Min(length, EndRecordLength + MaxCommentLength);
        if (tail < EndRecordLength)
        {
            return (length, false, default);
        }

        var buffer = new byte[tail];
        stream.Seek(length - tail, SeekOrigin.Begin);
        stream.ReadExactly(buffer);
        for (var i = tail - EndRecordLength; i >= 0; i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i)) != EndOfCentralDirectorySignature)
            {
                continue;
            }

            // A genuine end record's comment runs exactly to the end of the file.
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(i + 20));
            if (i + EndRecordLength + commentLength == tail)
            {
                var size = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i + 12));
                var offset = BinaryPrimitives.ReadUInt32LittleEndian(buffer.AsSpan(i + 16));
                return (length, true, (offset, size));
            }
        }

        return (length, false, default);
    }
}
