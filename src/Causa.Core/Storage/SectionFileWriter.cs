using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Causa.Core.Storage;

/// <summary>
/// Writes a sectioned binary file (the layout of <see cref="StoreFileFormat"/>) atomically: to a temporary file in the
/// same folder, flushed to disk, then renamed over the old file. A crash or kill at any point leaves the previous file
/// intact. Used for the case store and for saved signal scans, each with its own signature.
/// </summary>
internal sealed class SectionFileWriter
{
    private readonly FileStream _stream;
    private readonly byte[] _signature;
    private readonly ushort _majorVersion;
    private readonly List<(uint Id, int ElementSize, long Offset, long Length, uint Crc)> _directory = [];

    private SectionFileWriter(FileStream stream, ReadOnlySpan<byte> signature, ushort majorVersion)
    {
        _stream = stream;
        _signature = signature.ToArray();
        _majorVersion = majorVersion;
        _stream.Position = StoreFileFormat.HeaderSize;
    }

    /// <summary>Writes the file at <paramref name="path"/> through <paramref name="write"/>, replacing any previous one atomically.</summary>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> signature, ushort majorVersion, Action<SectionFileWriter> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                var writer = new SectionFileWriter(stream, signature, majorVersion);
                write(writer);
                writer.Finish();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>Writes an array of unmanaged values as one section.</summary>
    public void Array<T>(uint id, T[] values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        Align();
        var offset = _stream.Position;
        _stream.Write(bytes);
        _directory.Add((id, Unsafe.SizeOf<T>(), offset, bytes.Length, Crc32C.Compute(bytes)));
    }

    /// <summary>Writes strings as two sections: UTF-8 byte offsets (count + 1) and the bytes.</summary>
    public void Strings(uint offsetsId, uint bytesId, IReadOnlyList<string> values)
    {
        var offsets = new int[values.Count + 1];
        var total = 0L;
        for (var i = 0; i < values.Count; i++)
        {
            total += Encoding.UTF8.GetByteCount(values[i]);
            if (total > int.MaxValue)
            {
                throw new InvalidOperationException("String table exceeds 2 GiB.");
            }

            offsets[i + 1] = (int)total;
        }

        var bytes = new byte[total];
        for (var i = 0; i < values.Count; i++)
        {
            Encoding.UTF8.GetBytes(values[i], bytes.AsSpan(offsets[i]));
        }

        Array(offsetsId, offsets);
        Array(bytesId, bytes);
    }

    private void Align()
    {
        var padding = (int)((StoreFileFormat.Alignment - (_stream.Position % StoreFileFormat.Alignment)) % StoreFileFormat.Alignment);
        if (padding > 0)
        {
            Span<byte> zeros = stackalloc byte[StoreFileFormat.Alignment];
            zeros.Clear();
            _stream.Write(zeros[..padding]);
        }
    }

    private void Finish()
    {
        // The directory goes after the sections, so the writer never needs to know the section count in advance.
        Align();
        var directoryOffset = _stream.Position;
        var directory = new byte[_directory.Count * StoreFileFormat.DirectoryEntrySize];
        for (var i = 0; i < _directory.Count; i++)
        {
            var entry = directory.AsSpan(i * StoreFileFormat.DirectoryEntrySize, StoreFileFormat.DirectoryEntrySize);
            var (id, elementSize, offset, length, crc) = _directory[i];
            BinaryPrimitives.WriteUInt32LittleEndian(entry, id);
            BinaryPrimitives.WriteInt32LittleEndian(entry[4..], elementSize);
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
            BinaryPrimitives.WriteInt64LittleEndian(entry[16..], length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[24..], crc);
        }

        Span<byte> header = stackalloc byte[StoreFileFormat.HeaderSize];
        header.Clear();
        _signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], _majorVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], StoreFileFormat.MinorVersion);
        _stream.Write(directory);
        var fileLength = _stream.Position;
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], _directory.Count);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], fileLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], directoryOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Crc32C.Compute(directory));
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], Crc32C.Compute(header[..28]));
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], Crc32C.Compute(header[32..40]));

        _stream.Position = 0;
        _stream.Write(header);
        _stream.Position = fileLength;
    }
}
