using System.Buffers.Binary;

namespace Causa.Storage.Files;

/// <summary>
/// What tells one store file from the next: its length, last write time and the content fingerprint in its header. An
/// ingest renames a new file into place, so at least the write time changes; the fingerprint guards against coarse clocks.
/// </summary>
internal readonly record struct StoreFileIdentity(long Length, DateTime LastWriteUtc, ulong Fingerprint)
{
    /// <summary>The identity of the file at <paramref name="path"/>; null when it is missing or unreadable.</summary>
    public static StoreFileIdentity? Of(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> header = stackalloc byte[32];
            var read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            var fingerprint = read == header.Length
                ? ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(header[24..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(header[28..])
                : 0;
            return new StoreFileIdentity(stream.Length, File.GetLastWriteTimeUtc(path), fingerprint);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
