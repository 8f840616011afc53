using System.Collections;
using L = Causa.Core.Sources.EvidenceIndexLayout;

namespace Causa.Core.Sources;

/// <summary>
/// One source's indication entries in an evidence-source file of format version 3 (<see cref="StoredEvidence"/>): five
/// 32-bit values each (ingredient, mapped term or -1, condition, category, resources), found by ingredient through the
/// file's ingredient index, each decoded on first use and the same instance returned after. Thread-safe.
/// </summary>
internal sealed class IndexedIndicationEntries : IStoredIndications
{
    private const int EntrySize = 20;
    private readonly StoredEvidence _file;
    private readonly int _source;
    private readonly int _offset;
    private readonly DecodedOnce<IndicationEntry> _decoded;

    public IndexedIndicationEntries(StoredEvidence file, int source)
    {
        _file = file;
        _source = source;
        _offset = file.Field(source, L.FIndicationOffset);
        Count = file.Field(source, L.FIndicationCount);
        _decoded = new(Count, Decode);
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public IEnumerable<string> Ingredients => _file.KeysOf(_source, _file.IndicationKeys, L.FIndicationKeyFirst, L.FIndicationKeyCount);

    /// <inheritdoc/>
    public IndicationEntry this[int index] => _decoded[index];

    /// <inheritdoc/>
    public IReadOnlyList<int> IndicesOf(string ingredient) =>
        _file.RowsOf(_source, _file.IndicationKeys, _file.IndicationRows, L.FIndicationKeyFirst, L.FIndicationKeyCount, Count, ingredient);

    /// <inheritdoc/>
    public IEnumerator<IndicationEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IndicationEntry Decode(int index)
    {
        var p = _offset + (index * EntrySize);
        var termId = _file.ReadInt(p + 4);
        return new IndicationEntry(
            _file.String(_source, _file.ReadInt(p)),
            termId < 0 ? null : _file.String(_source, termId),
            _file.String(_source, _file.ReadInt(p + 8)),
            (IndicationCategory)_file.ReadInt(p + 12),
            _file.ReadInt(p + 16));
    }
}
