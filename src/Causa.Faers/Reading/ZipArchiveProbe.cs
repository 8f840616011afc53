using System.Buffers.Binary;

namespace Causa.Faers.Reading;

/// <summary>Tells a truncated zip from an otherwise corrupt one, after System.IO.Compression refused it.</summary>
internal static class ZipArchiveProbe
{
    // End-of-central-directory record: signature, fixed part 22 bytes, then a comment of up to 65,535 bytes.
    private const uint EndOfCentralDirectorySignature = 0x06054b50;
    private const int EndRecordLength = 22;
    private const int MaxCommentLength = ushort.MaxValue;

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
        try
        {
            (length, hasEnd) = FindEndRecord(zipPath);
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

        return new FaersReadError(FaersReadErrorKind.CorruptArchive, file, null,
            "the zip is damaged (" + exception.Message.TrimEnd('.') + "); download it again");
    }

    private static (long Length, bool HasEndRecord) FindEndRecord(string zipPath)
    {
        using var stream = new FileStream(zipPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.None);
        var length = stream.Length;
        var tail = (int)Math.Min(length, EndRecordLength + MaxCommentLength);
        if (tail < EndRecordLength)
        {
            return (length, false);
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
                return (length, true);
            }
        }

        return (length, false);
    }
}
