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
/// <para>Every section's checksum was verified before this is built (the whole file is read and checked, as for version
/// 2), and the indexes' positions are checked against the section sizes here or where they are read, so a damaged file is
/// never read silently: a position out of range throws <see cref="InvalidStoreException"/>.</para>
/// <para>A string or entry decodes once; the same instance is returned on every later access. Thread-safe.</para>
/// </remarks>
internal sealed class StoredEvidence : IReadOnlyList<ImportedSource>
{
    private readonly byte[] _bytes;
    private readonly int _payload;
    private readonly int _payloadLength;
    private readonly int _conditionText;
    private readonly int _conditionTextLength;
    private readonly string?[]?[] _strings;
    private readonly ImportedSource[] _sources;

    private StoredEvidence(byte[] bytes, MappedSectionFile file)
    {
        _bytes = bytes;
        (_payload, _payloadLength) = Range(file, L.Payload, 1);
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
        (_conditionText, _conditionTextLength) = Range(file, L.ConditionKeyText, 1);
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

    /// <summary>Reads a verified version-3 file.</summary>
    /// <param name="bytes">The whole file (kept: the sources read from it on demand).</param>
    /// <param name="file">The file verified over <paramref name="bytes"/> (every section checksum).</param>
    /// <exception cref="InvalidStoreException">An index does not fit the payload.</exception>
    /// <exception cref="EndOfStreamException">A description ends past the payload.</exception>
    public static StoredEvidence Open(byte[] bytes, MappedSectionFile file) => new(bytes, file);

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
        return cache[id] ?? Interlocked.CompareExchange(ref cache[id], DecodeString(_payload, _payloadLength, StringOffsets[Field(source, L.FStringFirst) + id]), null) ?? cache[id]!;
    }

    /// <summary>The ingredients (sorted, distinct) whose indication entries name the key: kind
    /// <see cref="EvidenceIndexLayout.TermKey"/> or <see cref="EvidenceIndexLayout.ConditionKey"/>, key trimmed and upper-cased.</summary>
    public IEnumerable<string> IngredientsForCondition(int kind, string key)
    {
        var found = OrderedRows.IndexOf(ConditionKeys.Count / L.ConditionKeyFields, i =>
        {
            var row = i * L.ConditionKeyFields;
            var c = ConditionKeys[row].CompareTo(kind);
            return c != 0 ? c : string.CompareOrdinal(DecodeString(_conditionText, _conditionTextLength, ConditionKeys[row + 1]), key);
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
        return BinaryPrimitives.ReadInt32LittleEndian(_bytes.AsSpan(_payload + offset));
    }

    /// <summary>The 64-bit value at payload offset <paramref name="offset"/>.</summary>
    public long ReadLong(int offset)
    {
        Check(offset >= 0 && offset <= _payloadLength - 8, "a position lies outside the payload");
        return BinaryPrimitives.ReadInt64LittleEndian(_bytes.AsSpan(_payload + offset));
    }

    /// <summary>The double at payload offset <paramref name="offset"/>.</summary>
    public double ReadDouble(int offset) => BitConverter.Int64BitsToDouble(ReadLong(offset));

    /// <summary>The byte at payload offset <paramref name="offset"/>.</summary>
    public byte ReadByte(int offset)
    {
        Check(offset >= 0 && offset < _payloadLength, "a position lies outside the payload");
        return _bytes[_payload + offset];
    }

    /// <summary>Throws <see cref="InvalidStoreException"/> (a damaged file) unless <paramref name="ok"/>.</summary>
    public static void Check(bool ok, string what)
    {
        if (!ok)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "evidence-source index damaged: " + what);
        }
    }

    private string SourceString(int source, int id)
    {
        Check(source >= 0 && source < _sources.Length, $"source {source} out of range");
        return String(source, id);
    }

    private string DecodeString(int start, int length, int offset)
    {
        Check(offset >= 0 && offset < length, "a string lies outside its section");
        var p = start + offset;
        var end = start + length;
        int size = 0, shift = 0;
        byte b;
        do
        {
            Check(p < end && shift < 35, "a string's length is damaged");
            b = _bytes[p++];
            size |= (b & 0x7F) << shift;
            shift += 7;
        }
        while ((b & 0x80) != 0);
        Check(size >= 0 && size <= end - p, "a string runs past its section");
        return Encoding.UTF8.GetString(_bytes, p, size);
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
        using var stream = new MemoryStream(_bytes, _payload, _payloadLength, writable: false);
        stream.Position = Field(si, L.FStart);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var info = EvidenceSourceFile.ReadSourceInfo(r);
        var countsAt = Field(si, L.FCounts);
        var counts = ReadByte(countsAt) != 0
            ? new CountTable(ReadLong(countsAt + 1), ReadByte(countsAt + 9) != 0, new StoredCountTable(this, si))
            : null;
        return new ImportedSource(info, new IndexedLabelEntries(this, si), new IndexedIndicationEntries(this, si), counts);
    }

    private static (int Offset, int Length) Range(MappedSectionFile file, uint id, int elementSize)
    {
        var (offset, length) = file.Range(id);
        Check(offset <= int.MaxValue && length <= int.MaxValue && length % elementSize == 0, $"section {id} is too large");
        return ((int)offset, (int)length);
    }

    private IntSection Ints(MappedSectionFile file, uint id)
    {
        var (offset, length) = Range(file, id, 4);
        return new IntSection(_bytes, offset, length / 4);
    }
}
