using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;

namespace Causa.Core.Storage;

/// <summary>
/// Writes <see cref="StoreData"/> atomically: to a temporary file in the same folder, flushed to disk,
/// then renamed over the old file. A crash or kill at any point leaves the previous store intact.
/// </summary>
internal sealed class StoreFileWriter : IDisposable
{
    private readonly FileStream _stream;
    private readonly List<(SectionId Id, int ElementSize, long Offset, long Length, uint Crc)> _directory = [];

    private StoreFileWriter(FileStream stream)
    {
        _stream = stream;
        _stream.Position = StoreFileFormat.HeaderSize;
    }

    /// <summary>Writes the store file at <paramref name="path"/>, replacing any previous one atomically.</summary>
    public static void WriteAtomically(string path, StoreData data)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
            {
                using var writer = new StoreFileWriter(stream);
                writer.WriteAll(data);
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

    private void WriteAll(StoreData d)
    {
        Array(SectionId.CaseIds, d.CaseIds);
        Array(SectionId.PrimaryIds, d.PrimaryIds);
        Array(SectionId.CaseVersions, d.CaseVersions);
        Array(SectionId.FdaDates, d.FdaDates);
        Array(SectionId.EventDates, d.EventDates);
        Array(SectionId.QuarterOrdinals, d.QuarterOrdinals);
        Array(SectionId.CountryIds, d.CountryIds);
        Array(SectionId.Sexes, d.Sexes);
        Array(SectionId.AgeGroups, d.AgeGroups);
        Array(SectionId.AgeYears, d.AgeYears);
        Array(SectionId.Reporters, d.Reporters);
        Array(SectionId.Outcomes, d.Outcomes);
        Array(SectionId.DrugOffsets, d.DrugOffsets);
        Array(SectionId.DrugEntryIds, d.DrugEntryIds);
        Array(SectionId.DrugRoles, d.DrugRoles);
        Array(SectionId.EventOffsets, d.EventOffsets);
        Array(SectionId.EventTermIds, d.EventTermIds);
        Array(SectionId.IndicationOffsets, d.IndicationOffsets);
        Array(SectionId.IndicationEntryIds, d.IndicationEntryIds);
        Array(SectionId.IndicationTermIds, d.IndicationTermIds);

        var names = new string[d.Entries.Length];
        var prodAis = new string[d.Entries.Length];
        var present = new byte[d.Entries.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = d.Entries[i].DrugName;
            prodAis[i] = d.Entries[i].ProdAi ?? string.Empty;
            present[i] = d.Entries[i].ProdAi is null ? (byte)0 : (byte)1;
        }

        Strings(SectionId.EntryNameOffsets, SectionId.EntryNameBytes, names);
        Strings(SectionId.EntryProdAiOffsets, SectionId.EntryProdAiBytes, prodAis);
        Array(SectionId.EntryProdAiPresent, present);
        Strings(SectionId.TermOffsets, SectionId.TermBytes, d.Terms);
        Strings(SectionId.CountryOffsets, SectionId.CountryBytes, d.Countries);
        Strings(SectionId.IngredientOffsets, SectionId.IngredientBytes, d.Ingredients);
        Array(SectionId.EntryIngredientOffsets, d.EntryIngredientOffsets);
        Array(SectionId.EntryIngredientIds, d.EntryIngredientIds);
        Array(SectionId.EntryResolutionKinds, d.EntryResolutionKinds);
        Array(SectionId.DeletedCaseIds, d.DeletedCaseIds);

        var quarterTable = new long[d.Quarters.Length * 6];
        var sources = new string[d.Quarters.Length];
        for (var i = 0; i < d.Quarters.Length; i++)
        {
            var q = d.Quarters[i];
            quarterTable[(i * 6) + 0] = q.Quarter.Ordinal;
            quarterTable[(i * 6) + 1] = q.Reports;
            quarterTable[(i * 6) + 2] = q.DrugRows;
            quarterTable[(i * 6) + 3] = q.ReactionRows;
            quarterTable[(i * 6) + 4] = q.RowsRejected;
            quarterTable[(i * 6) + 5] = q.DeletedCaseIds;
            sources[i] = q.Source;
        }

        Array(SectionId.QuarterTable, quarterTable);
        Strings(SectionId.QuarterSourceOffsets, SectionId.QuarterSourceBytes, sources);
        Array(SectionId.SuspectIndexOffsets, d.SuspectOffsets);
        Array(SectionId.SuspectIndexCases, d.SuspectCases);
        Array(SectionId.AnyRoleIndexOffsets, d.AnyRoleOffsets);
        Array(SectionId.AnyRoleIndexCases, d.AnyRoleCases);
        Array(SectionId.TermIndexOffsets, d.TermOffsets);
        Array(SectionId.TermIndexCases, d.TermCases);
        Array(SectionId.IndicationIndexOffsets, d.IndicationIndexOffsets);
        Array(SectionId.IndicationIndexCases, d.IndicationIndexCases);
    }

    private void Array<T>(SectionId id, T[] values)
        where T : unmanaged
    {
        var bytes = MemoryMarshal.AsBytes(values.AsSpan());
        Align();
        var offset = _stream.Position;
        _stream.Write(bytes);
        _directory.Add((id, Marshal.SizeOf<T>(), offset, bytes.Length, Crc32C.Compute(bytes)));
    }

    private void Strings(SectionId offsetsId, SectionId bytesId, IReadOnlyList<string> values)
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
            BinaryPrimitives.WriteUInt32LittleEndian(entry, (uint)id);
            BinaryPrimitives.WriteInt32LittleEndian(entry[4..], elementSize);
            BinaryPrimitives.WriteInt64LittleEndian(entry[8..], offset);
            BinaryPrimitives.WriteInt64LittleEndian(entry[16..], length);
            BinaryPrimitives.WriteUInt32LittleEndian(entry[24..], crc);
        }

        Span<byte> header = stackalloc byte[StoreFileFormat.HeaderSize];
        header.Clear();
        StoreFileFormat.Signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[8..], StoreFileFormat.MajorVersion);
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

    public void Dispose()
    {
        // The stream belongs to the caller.
    }
}
