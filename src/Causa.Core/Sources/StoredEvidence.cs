using System.Buffers.Binary;
using System.Collections;
using System.Text;
using Causa.Core.Files;
using Causa.Core.Storage;
using L = Causa.Core.Sources.EvidenceIndexLayout;

namespace Causa.Core.Sources;

/// <summary>
/// The sources of an evidence-source file of format version 3, read in place: each source's description is decoded when
/// the file is opened, and everything else (strings, label and indication entries, count-table cells) when first asked
/// for, found through the indexes written with the file (<see cref="EvidenceIndexLayout"/>). A process that asks about one
/// drug and one condition decodes their entries, not every table.
/// </summary>
/// <remarks>
/// <para>The file is memory-mapped (<see cref="MappedSectionFile"/>) or held in memory, and verified as it is read: a
/// file with block checksums a block at a time, the blocks holding what is read; one without, a section at a time on its
/// first read; one held in memory, whole before this is built. The indexes' positions are checked against the section
/// sizes here or where they are read. So a damaged file is never read silently: a damaged block or position read throws
/// <see cref="InvalidStoreException"/> naming the file (<see cref="InvalidStoreException.FileName"/>), which the
/// application reports as the evidence-source error it gives when the file cannot be loaded.</para>
/// <para>A string or entry decodes once; the same instance is returned on every later access. Thread-safe. The mapping is
/// released when the sources are collected (<see cref="MappedFileLease"/>): every read here ends with
/// <see cref="GC.KeepAlive"/> of the lease, and no span of the file leaves this class.</para>
/// </remarks>
internal sealed class StoredEvidence : IReadOnlyList<ImportedSource>
{
    private readonly MappedFileLease _lease;
    private readonly int _payloadLength;
    private readonly int _conditionTextLength;
    private readonly string?[]?[] _strings;
    private readonly ImportedSource[] _sources;

    private StoredEvidence(MappedFileLease lease)
    {
        _lease = lease;
        var file = lease.File;
        _payloadLength = file.Count<byte>(L.Payload);
        _conditionTextLength = file.Count<byte>(L.ConditionKeyText);
        Header = Ints(file, L.Sources);
        StringOffsets = Ints(file, L.StringOffsets);
        LabelOffsets = Ints(file, L.LabelOffsets);
        LabelKeys = Ints(file, L.LabelKeys);
        LabelRows = Ints(file, L.LabelRows);
        IndicationKeys = Ints(file, L.IndicationKeys);
        IndicationRows = Ints(file, L.IndicationRows);
        TermTotalOrder = Ints(file, L.TermTotalOrder);
        CellOrder = Ints(file, L.CellOrder);
        TermRefs = Ints(file, L.Terms);
        ConditionKeys = Ints(file, L.ConditionKeys);
        ConditionRows = Ints(file, L.ConditionRows);
        var count = Header.Count >= L.HeaderFields ? Header[1] : -1;
        Check(count >= 0 && Header.Count == L.HeaderFields + ((long)count * L.SourceFields) && _payloadLength >= 4 && ReadInt(0) == count, "the index does not match the payload's sources");
        Check(ConditionKeys.Count % L.ConditionKeyFields == 0 && ConditionRows.Count % 2 == 0 && TermRefs.Count % 2 == 0, "an index section has a partial row");
        _strings = new string?[]?[count];
        _sources = new ImportedSource[count];
        for (var si = 0; si < count; si++)
        {
            CheckSource(si);
            _sources[si] = ReadSource(si);
        }
    }

    /// <summary>True when the condition index was built with this build's rules (<see cref="EvidenceIndexLayout.RulesVersion"/>).</summary>
    public bool HasConditionIndex => Header[0] == L.RulesVersion;

    /// <inheritdoc/>
    public int Count => _sources.Length;

    internal IntSection Header { get; }

    internal IntSection StringOffsets { get; }

    internal IntSection LabelOffsets { get; }

    internal IntSection LabelKeys { get; }

    internal IntSection LabelRows { get; }

    internal IntSection IndicationKeys { get; }

    internal IntSection IndicationRows { get; }

    internal IntSection TermTotalOrder { get; }

    internal IntSection CellOrder { get; }

    internal IntSection TermRefs { get; }

    internal IntSection ConditionKeys { get; }

    internal IntSection ConditionRows { get; }

    /// <inheritdoc/>
    public ImportedSource this[int index] => _sources[index];

    /// <summary>Reads a version-3 file opened by <see cref="MappedSectionFile"/> (structure verified; content verified
    /// on open or as it is read).</summary>
    /// <param name="lease">The file, shared by the sources read from it on demand.</param>
    /// <exception cref="InvalidStoreException">An index does not fit the payload, or what was read is damaged.</exception>
    /// <exception cref="EndOfStreamException">A description ends past the payload.</exception>
    public static StoredEvidence Open(MappedFileLease lease) => new(lease);

    /// <inheritdoc/>
    public IEnumerator<ImportedSource> GetEnumerator() => ((IEnumerable<ImportedSource>)_sources).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>A field of source <paramref name="source"/>'s row of <see cref="EvidenceIndexLayout.Sources"/>.</summary>
    public int Field(int source, int field) => Header[L.HeaderFields + (source * L.SourceFields) + field];

    /// <summary>String <paramref name="id"/> of source <paramref name="source"/>'s table, decoded once.</summary>
    public string String(int source, int id)
    {
        var count = Field(source, L.FStringCount);
        Check(id >= 0 && id < count, $"string index {id} out of range");
        var cache = _strings[source] ?? Interlocked.CompareExchange(ref _strings[source], new string?[count], null) ?? _strings[source]!;
        return cache[id] ?? Interlocked.CompareExchange(ref cache[id], DecodeString(L.Payload, _payloadLength, StringOffsets[Field(source, L.FStringFirst) + id]), null) ?? cache[id]!;
    }

    /// <summary>The ingredients (sorted, distinct) whose indication entries name the key: kind
    /// <see cref="EvidenceIndexLayout.TermKey"/> or <see cref="EvidenceIndexLayout.ConditionKey"/>, key trimmed and upper-cased.</summary>
    public IEnumerable<string> IngredientsForCondition(int kind, string key)
    {
        var found = OrderedRows.IndexOf(ConditionKeys.Count / L.ConditionKeyFields, i =>
        {
            var row = i * L.ConditionKeyFields;
            var c = ConditionKeys[row].CompareTo(kind);
            return c != 0 ? c : string.CompareOrdinal(DecodeString(L.ConditionKeyText, _conditionTextLength, ConditionKeys[row + 1]), key);
        });
        if (found < 0)
        {
            return [];
        }

        var at = found * L.ConditionKeyFields;
        var first = ConditionKeys[at + 2];
        var n = ConditionKeys[at + 3];
        Check(first >= 0 && n >= 0 && (long)first + n <= ConditionRows.Count / 2, "a condition key's rows lie outside the index");
        var ingredients = new string[n];
        for (var k = 0; k < n; k++)
        {
            ingredients[k] = SourceString(ConditionRows[2 * (first + k)], ConditionRows[(2 * (first + k)) + 1]);
        }

        return ingredients;
    }

    /// <summary>The terms every source knows, in the order <see cref="Evidence.EvidenceSources.Terms"/> gives them.</summary>
    public IReadOnlyList<string> Terms()
    {
        var terms = new string[TermRefs.Count / 2];
        for (var k = 0; k < terms.Length; k++)
        {
            terms[k] = SourceString(TermRefs[2 * k], TermRefs[(2 * k) + 1]);
        }

        return terms;
    }

    /// <summary>The rows of one ingredient in a key section (<see cref="LabelKeys"/> or <see cref="IndicationKeys"/>), each
    /// checked to be below <paramref name="entries"/>; empty when the source has no entry for it.</summary>
    public IReadOnlyList<int> RowsOf(int source, IntSection keys, IntSection rows, int firstField, int countField, int entries, string ingredient)
    {
        var start = Field(source, firstField);
        var found = OrderedRows.IndexOf(Field(source, countField), i => string.CompareOrdinal(String(source, keys[(start + i) * L.KeyFields]), ingredient));
        if (found < 0)
        {
            return [];
        }

        var at = (start + found) * L.KeyFields;
        var first = keys[at + 1];
        var n = keys[at + 2];
        Check(first >= 0 && n >= 0 && (long)first + n <= rows.Count, "an ingredient's rows lie outside the index");
        var indices = new int[n];
        for (var k = 0; k < n; k++)
        {
            indices[k] = rows[first + k];
            Check(indices[k] >= 0 && indices[k] < entries, "an ingredient's row names no entry");
        }

        return indices;
    }

    /// <summary>Every ingredient of a key section's rows for one source.</summary>
    public IEnumerable<string> KeysOf(int source, IntSection keys, int firstField, int countField)
    {
        var first = Field(source, firstField);
        var n = Field(source, countField);
        for (var k = 0; k < n; k++)
        {
            yield return String(source, keys[(first + k) * L.KeyFields]);
        }
    }

    /// <summary>The 32-bit value at payload offset <paramref name="offset"/>.</summary>
    public int ReadInt(int offset)
    {
        Check(offset >= 0 && offset <= _payloadLength - 4, "a position lies outside the payload");
        var value = BinaryPrimitives.ReadInt32LittleEndian(Payload(offset, 4));
        GC.KeepAlive(_lease);
        return value;
    }

    /// <summary>The 64-bit value at payload offset <paramref name="offset"/>.</summary>
    public long ReadLong(int offset)
    {
        Check(offset >= 0 && offset <= _payloadLength - 8, "a position lies outside the payload");
        var value = BinaryPrimitives.ReadInt64LittleEndian(Payload(offset, 8));
        GC.KeepAlive(_lease);
        return value;
    }

    /// <summary>The double at payload offset <paramref name="offset"/>.</summary>
    public double ReadDouble(int offset) => BitConverter.Int64BitsToDouble(ReadLong(offset));

    /// <summary>The byte at payload offset <paramref name="offset"/>.</summary>
    public byte ReadByte(int offset)
    {
        Check(offset >= 0 && offset < _payloadLength, "a position lies outside the payload");
        var value = Payload(offset, 1)[0];
        GC.KeepAlive(_lease);
        return value;
    }

    /// <summary>Value <paramref name="index"/> of 32-bit section <paramref name="id"/>, verified (the caller checked the index).</summary>
    internal int ReadIndex(uint id, int index)
    {
        int value;
        try
        {
            value = _lease.File.View<int>(id)[index];
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Damaged(e);
        }

        GC.KeepAlive(_lease);
        return value;
    }

    /// <summary>Throws <see cref="InvalidStoreException"/> (a damaged file) unless <paramref name="ok"/>.</summary>
    public static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "evidence-source index damaged: " + what) { FileName = EvidenceSourceFile.FileName };
        }
    }

    // A checksum that did not match where the file is read: the message the file's load gives for one.
    private static InvalidStoreException Damaged(InvalidStoreException e) =>
        new(e.Kind, EvidenceSourceFile.DescribeDamage(e)) { FileName = EvidenceSourceFile.FileName };

    // Payload bytes [offset, offset + length), verified; the caller checked the range and keeps the lease alive while it
    // reads them.
    private ReadOnlySpan<byte> Payload(int offset, int length) => Section(L.Payload, offset, length);

    private ReadOnlySpan<byte> Section(uint id, int offset, int length)
    {
        try
        {
            return _lease.File.View<byte>(id).Slice(offset, offset + length);
        }
        catch (InvalidStoreException e) when (e.FileName is null)
        {
            throw Damaged(e);
        }
    }

    private string SourceString(int source, int id)
    {
        Check(source >= 0 && source < _sources.Length, $"source {source} out of range");
        return String(source, id);
    }

    // A length-prefixed UTF-8 string (as BinaryWriter writes one) at offset in a byte section of the given length.
    private string DecodeString(uint section, int length, int offset)
    {
        Check(offset >= 0 && offset < length, "a string lies outside its section");
        var p = offset;
        int size = 0, shift = 0;
        byte b;
        do
        {
            Check(p < length && shift < 35, "a string's length is damaged");
            b = Section(section, p++, 1)[0];
            size |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        Check(size >= 0 && size <= length - p, "a string runs past its section");
        var value = Encoding.UTF8.GetString(Section(section, p, size));
        GC.KeepAlive(_lease);
        return value;
    }

    private void CheckSource(int si)
    {
        long Fits(int field) => Field(si, field);
        bool Within(int offsetField, int countField, int width) => Fits(offsetField) >= 0 && Fits(countField) >= 0 && Fits(offsetField) + (Fits(countField) * width) <= _payloadLength;
        bool Rows(int firstField, int countField, int count) => Fits(firstField) >= 0 && Fits(countField) >= 0 && Fits(firstField) + Fits(countField) <= count;
        Check(Fits(L.FStart) >= 0 && Fits(L.FStart) < _payloadLength, "a source starts outside the payload");
        Check(Rows(L.FStringFirst, L.FStringCount, StringOffsets.Count), "a string table lies outside the index");
        Check(Rows(L.FLabelFirst, L.FLabelCount, LabelOffsets.Count), "label entries lie outside the index");
        Check(Rows(L.FLabelKeyFirst, L.FLabelKeyCount, LabelKeys.Count / L.KeyFields), "label keys lie outside the index");
        Check(Rows(L.FIndicationKeyFirst, L.FIndicationKeyCount, IndicationKeys.Count / L.KeyFields), "indication keys lie outside the index");
        Check(Within(L.FIndicationOffset, L.FIndicationCount, 20), "indications lie outside the payload");
        Check(Fits(L.FCounts) >= 0 && Fits(L.FCounts) < _payloadLength, "a count table lies outside the payload");
        Check(Within(L.FDrugOffset, L.FDrugCount, 16) && Within(L.FTermTotalOffset, L.FTermTotalCount, 12) && Within(L.FPairOffset, L.FPairCount, 20), "a count table lies outside the payload");
        Check(Rows(L.FTermTotalOrderFirst, L.FTermTotalCount, TermTotalOrder.Count) && Rows(L.FCellOrderFirst, L.FCellOrderCount, CellOrder.Count), "a count table's order lies outside the index");
    }

    private ImportedSource ReadSource(int si)
    {
        // The description ends before the source's string table (its count, then the strings), or at the latest where the
        // next source starts: only those bytes are read (and verified).
        var start = Field(si, L.FStart);
        var end = si + 1 < _sources.Length ? Field(si + 1, L.FStart) : _payloadLength;
        if (Field(si, L.FStringCount) > 0)
        {
            end = Math.Min(end, StringOffsets[Field(si, L.FStringFirst)]);
        }

        Check(end > start && end <= _payloadLength, "a source's description lies outside the payload");
        var description = Payload(start, end - start).ToArray();
        GC.KeepAlive(_lease);
        using var stream = new MemoryStream(description, writable: false);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var info = EvidenceSourceFile.ReadSourceInfo(r);
        var countsAt = Field(si, L.FCounts);
        var counts = ReadByte(countsAt) != 0
            ? new CountTable(ReadLong(countsAt + 1), ReadByte(countsAt + 9) != 0, new StoredCountTable(this, si))
            : null;
        return new ImportedSource(info, new IndexedLabelEntries(this, si), new IndexedIndicationEntries(this, si), counts);
    }

    private IntSection Ints(MappedSectionFile file, uint id) => new(this, id, file.Count<int>(id));
}
