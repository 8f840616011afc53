using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.IO.Hashing;

namespace Causa.Faers.Download;

/// <summary>
/// Checks that a downloaded file is a usable FAERS/AERS quarter: a zip whose central directory can be read
/// and lists a DEMO table (<c>DEMO24Q4.txt</c>, <c>demo04q1.TXT</c>...), optionally with every entry's CRC-32 checked.
/// </summary>
/// <remarks>Stateless and thread-safe. Never throws for bad content; I/O errors on the file itself are reported as problems too.</remarks>
public static class FaersZipVerifier
{
    /// <summary>Verifies the zip at <paramref name="path"/>.</summary>
    /// <param name="path">File to check.</param>
    /// <param name="verifyCrc">Also decompress every entry and compare its CRC-32 (reads the whole archive).</param>
    /// <param name="cancellationToken">Stops a long CRC pass.</param>
    /// <returns>A valid check, or the first problem found.</returns>
    public static ZipCheck Verify(string path, bool verifyCrc = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var archive = ZipFile.OpenRead(path);
            var entries = archive.Entries;
            if (!entries.Any(e => IsDemoTable(e.Name)))
            {
                return new ZipCheck(false, $"{Path.GetFileName(path)} holds no DEMO table ({entries.Count} entries)", entries.Count);
            }

            if (verifyCrc)
            {
                var buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
                try
                {
                    foreach (var entry in entries)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        var problem = CheckEntryCrc(entry, buffer);
                        if (problem is not null)
                        {
                            return new ZipCheck(false, problem, entries.Count);
                        }
                    }
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }
            }

            return new ZipCheck(true, null, entries.Count);
        }
        catch (InvalidDataException ex)
        {
            return new ZipCheck(false, $"{Path.GetFileName(path)} is not a readable zip: {ex.Message}", 0);
        }
        catch (IOException ex)
        {
            return new ZipCheck(false, $"{Path.GetFileName(path)} could not be read: {ex.Message}", 0);
        }
        catch (UnauthorizedAccessException ex)
        {
            return new ZipCheck(false, $"{Path.GetFileName(path)} could not be read: {ex.Message}", 0);
        }
    }

    /// <summary>True for a DEMO table file name in either layout, e.g. <c>DEMO24Q4.txt</c> or <c>DEMO04Q1.TXT</c>.</summary>
    public static bool IsDemoTable(string entryName)
    {
        ArgumentNullException.ThrowIfNull(entryName);
        return entryName.StartsWith("DEMO", StringComparison.OrdinalIgnoreCase)
            && entryName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);
    }

    private static string? CheckEntryCrc(ZipArchiveEntry entry, byte[] buffer)
    {
        if (entry.FullName.EndsWith('/'))
        {
            return null;
        }

        var crc = new Crc32();
        long length = 0;
        using (var stream = entry.Open())
        {
            int read;
            while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
            {
                crc.Append(buffer.AsSpan(0, read));
                length += read;
            }
        }

        if (length != entry.Length)
        {
            return string.Create(CultureInfo.InvariantCulture, $"entry {entry.FullName} decompressed to {length} bytes, the directory says {entry.Length}");
        }

        return crc.GetCurrentHashAsUInt32() == entry.Crc32
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"entry {entry.FullName} fails its CRC-32 check (computed {crc:x8}, directory {entry.Crc32:x8})");
    }
}
