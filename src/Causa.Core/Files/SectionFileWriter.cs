using System.Buffers.Binary;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace Causa.Core.Files;

/// <summary>
/// Writes a sectioned binary file (<see cref="SectionFileLayout"/>) atomically, through <see cref="AtomicFile"/>: a crash
/// or kill at any point leaves the previous file intact. Used for every binary file Causa writes, each kind with its own signature.
/// </summary>
internal sealed class SectionFileWriter
{
    private readonly Stream _stream;
    private readonly byte[] _signature;
    private readonly ushort _majorVersion;
    private readonly List<(uint Id, int ElementSize, long Offset, long Length, uint Crc)> _directory = [];

    // The block checksums of the sections written so far, in directory order; null when the file has none.
    private readonly List<uint>? _blockChecksums;
    private readonly int _blockShift;

    private SectionFileWriter(Stream stream, ReadOnlySpan<byte> signature, ushort majorVersion, bool blockChecksums, bool legacyBlockTable)
    {
        _blockShift = legacyBlockTable ? SectionFileLayout.BlockShift : SectionFileLayout.FineBlockShift;
        _stream = stream;
        _signature = signature.ToArray();
        _majorVersion = majorVersion;
        _blockChecksums = blockChecksums ? [] : null;
        _stream.Position = SectionFileLayout.HeaderSize;
    }

    /// <summary>Writes the file at <paramref name="path"/> through <paramref name="write"/>, replacing any previous one atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="signature">The 8-byte signature of the kind of file.</param>
    /// <param name="majorVersion">The kind's format version.</param>
    /// <param name="write">Writes the sections.</param>
    /// <param name="blockChecksums">True to add the block checksums (<see cref="SectionFileLayout.FineBlockChecksumsId"/>),
    /// so a reader can verify the blocks it reads rather than whole sections: for large files read a little at a time.</param>
    /// <param name="legacyBlockTable">True to write them as files of minor version 1 hold them (1 KiB blocks,
    /// <see cref="SectionFileLayout.BlockChecksumsId"/>): for tests that read such files.</param>
    public static void WriteAtomically(string path, ReadOnlySpan<byte> signature, ushort majorVersion, Action<SectionFileWriter> write, bool blockChecksums = false, bool legacyBlockTable = false)
    {
        var signatureBytes = signature.ToArray();
        AtomicFile.Write(path, stream =>
        {
            var writer = new SectionFileWriter(stream, signatureBytes, majorVersion, blockChecksums, legacyBlockTable);
            write(writer);
            writer.Finish();
        });
    }

    /// <summary>The whole file as bytes, written through <paramref name="write"/> (for small files encoded in memory);
    /// <paramref name="blockChecksums"/> and <paramref name="legacyBlockTable"/> as for <see cref="WriteAtomically"/>.</summary>
    public static byte[] ToBytes(ReadOnlySpan<byte> signature, ushort majorVersion, Action<SectionFileWriter> write, bool blockChecksums = false, bool legacyBlockTable = false)
    {
        using var stream = new MemoryStream();
        var writer = new SectionFileWriter(stream, signature, majorVersion, blockChecksums, legacyBlockTable);
        write(writer);
        writer.Finish();
        return stream.ToArray();
    }

    /// <summary>Writes an array of unmanaged values as one section.</summary>
    public void Array<T>(uint id, T[] values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        Align();
        var offset = _stream.Position;
        _stream.Write(bytes);
        _directory.Add((id, Unsafe.SizeOf<T>(), offset, bytes.Length, Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, bytes)));
        if (_blockChecksums is not null)
        {
            var blocks = new BlockChecksums(_blockShift);
            blocks.Append(bytes);
            blocks.CompleteInto(_blockChecksums);
        }
    }

    /// <summary>
    /// Writes <paramref name="ids"/>.Length sections of <paramref name="length"/> values each, one after the other, filled
    /// a block at a time: <paramref name="fill"/>(start, count, columns) puts values start … start + count − 1 of
    /// section k into columns[k][0 … count − 1]. The file is the one <see cref="Array{T}"/> would write for the whole
    /// columns, without holding them: only one block of each.
    /// </summary>
    /// <param name="ids">Section ids, in file order.</param>
    /// <param name="length">Values in each section (≥ 0).</param>
    /// <param name="blockLength">Values per block (≥ 1).</param>
    /// <param name="fill">Fills one block of every column.</param>
    /// <remarks>Needs a seekable stream (every stream this writer is given is one).</remarks>
    public void Columns<T>(ReadOnlySpan<uint> ids, int length, int blockLength, Action<int, int, T[][]> fill)
        where T : unmanaged
    {
        ArgumentNullException.ThrowIfNull(fill);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockLength, 1);
        var size = (long)length * Unsafe.SizeOf<T>();
        var offsets = new long[ids.Length];
        Align();
        var position = _stream.Position;
        for (var k = 0; k < ids.Length; k++)
        {
            offsets[k] = position;
            position += size;
            position += (SectionFileLayout.Alignment - (position % SectionFileLayout.Alignment)) % SectionFileLayout.Alignment;
        }

        var block = Math.Min(blockLength, Math.Max(length, 1));
        var columns = new T[ids.Length][];
        var crcs = new Crc32[ids.Length];
        var blockCrcs = new BlockChecksums[ids.Length];
        for (var k = 0; k < ids.Length; k++)
        {
            columns[k] = new T[block];
            crcs[k] = new Crc32(Crc32ParameterSet.Crc32C);
            blockCrcs[k] = new BlockChecksums(_blockShift);
        }

        for (var start = 0; start < length; start += block)
        {
            var count = Math.Min(block, length - start);
            fill(start, count, columns);
            for (var k = 0; k < ids.Length; k++)
            {
                var bytes = MemoryMarshal.AsBytes(columns[k].AsSpan(0, count));
                _stream.Position = offsets[k] + ((long)start * Unsafe.SizeOf<T>());
                _stream.Write(bytes);
                crcs[k].Append(bytes);
                if (_blockChecksums is not null)
                {
                    blockCrcs[k].Append(bytes);
                }
            }
        }

        for (var k = 0; k < ids.Length; k++)
        {
            _directory.Add((ids[k], Unsafe.SizeOf<T>(), offsets[k], size, crcs[k].GetCurrentHashAsUInt32()));
            if (_blockChecksums is not null)
            {
                blockCrcs[k].CompleteInto(_blockChecksums);
            }
        }

        // Past the last section; Align() pads from here with zeros like after any other section.
        _stream.Position = offsets.Length == 0 ? _stream.Position : offsets[^1] + size;
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
        var padding = (int)((SectionFileLayout.Alignment - (_stream.Position % SectionFileLayout.Alignment)) % SectionFileLayout.Alignment);
        if (padding > 0)
        {
            Span<byte> zeros = stackalloc byte[SectionFileLayout.Alignment];
            zeros.Clear();
            _stream.Write(zeros[..padding]);
        }
    }

    private void Finish()
    {
        if (_blockChecksums is not null)
        {
            // Last, and not in the table itself: the reader verifies the table whole, through its directory checksum.
            var table = MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_blockChecksums));
            Align();
            var offset = _stream.Position;
            _stream.Write(table);
            var tableId = _blockShift == SectionFileLayout.BlockShift ? SectionFileLayout.BlockChecksumsId : SectionFileLayout.FineBlockChecksumsId;
            _directory.Add((tableId, sizeof(uint), offset, table.Length, Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, table)));
        }

        // The directory goes after the sections, so the writer never needs to know the section count in advance.
        Align();
        var directoryOffset = _stream.Position;
        var directory = new byte[_directory.Count * SectionFileLayout.DirectoryEntrySize];
        for (var i = 0; i < _directory.Count; i++)
        {
            var entry = directory.AsSpan(i * SectionFileLayout.DirectoryEntrySize, SectionFileLayout.DirectoryEntrySize);
            var (id, elementSize, offset, length, crc) = _directory[i];
            BinaryPrimitives.WriteUInt32LittleEndian(entry, id);
            BinaryPrimitives.WriteInt32LittleEndian(entry[4..], elementSize);
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
            BinaryPrimitives.WriteInt64LittleEndian(entry[16..], length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[24..], crc);
        }

        Span<byte> header = stackalloc byte[SectionFileLayout.HeaderSize];
        header.Clear();
        _signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], _majorVersion);
        BinaryPrimitives.WriteUInt16LittleEndian(header[10..], _blockChecksums is null ? SectionFileLayout.MinorVersion
            : _blockShift == SectionFileLayout.BlockShift ? SectionFileLayout.BlockChecksumsMinorVersion : SectionFileLayout.FineBlockChecksumsMinorVersion);
        _stream.Write(directory);
        var fileLength = _stream.Position;
        BinaryPrimitives.WriteInt32LittleEndian(header[12..], _directory.Count);
        BinaryPrimitives.WriteInt64LittleEndian(header[16..], fileLength);
        BinaryPrimitives.WriteInt64LittleEndian(header[32..], directoryOffset);
        BinaryPrimitives.WriteUInt32LittleEndian(header[24..], Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, directory));
        BinaryPrimitives.WriteUInt32LittleEndian(header[28..], Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, header[..28]));
        BinaryPrimitives.WriteUInt32LittleEndian(header[40..], Crc32.HashToUInt32(Crc32ParameterSet.Crc32C, header[32..40]));

        _stream.Position = 0;
        _stream.Write(header);
        _stream.Position = fileLength;
    }
}
