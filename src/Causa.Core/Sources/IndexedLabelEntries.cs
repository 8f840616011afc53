using System.Collections;
using L = Causa.Core.Sources.EvidenceIndexLayout;

namespace Causa.Core.Sources;

/// <summary>
/// One source's label entries in an evidence-source file of format version 3 (<see cref="StoredEvidence"/>): located
/// through the file's entry offsets, found by ingredient through its ingredient index, each decoded on first use.
/// </summary>
/// <remarks>An entry decodes to the same values as <see cref="StoredLabelEntries"/> or an eager read give, once: the same
/// <see cref="LabelEntry"/> is returned on every later access. Thread-safe.</remarks>
internal sealed class IndexedLabelEntries : IStoredLabels
{
    private readonly StoredEvidence _file;
    private readonly int _source;
    private readonly int _first;
    private readonly DecodedOnce<LabelEntry> _decoded;

    public IndexedLabelEntries(StoredEvidence file, int source)
    {
        _file = file;
        _source = source;
        _first = file.Field(source, L.FLabelFirst);
        Count = file.Field(source, L.FLabelCount);
        _decoded = new(Count, Decode);
    }

    /// <inheritdoc/>
    public int Count { get; }

    /// <inheritdoc/>
    public IEnumerable<string> Ingredients => _file.KeysOf(_source, _file.LabelKeys, L.FLabelKeyFirst, L.FLabelKeyCount);

    /// <inheritdoc/>
    public LabelEntry this[int index] => _decoded[index];

    /// <inheritdoc/>
    public string IngredientAt(int index) => _file.String(_source, _file.ReadInt(OffsetOf(index)));

    /// <inheritdoc/>
    public string TermAt(int index) => _file.String(_source, _file.ReadInt(OffsetOf(index) + 4));

    /// <inheritdoc/>
    public IReadOnlyList<int> IndicesOf(string ingredient) =>
        _file.RowsOf(_source, _file.LabelKeys, _file.LabelRows, L.FLabelKeyFirst, L.FLabelKeyCount, Count, ingredient);

    /// <inheritdoc/>
    public IEnumerator<LabelEntry> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int OffsetOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return _file.LabelOffsets[_first + index];
    }

    // The layout StoredLabelEntries.Read documents: ingredient, term, drug and placebo figures, descriptions, share, labels, boxed.
    private LabelEntry Decode(int index)
    {
        var p = OffsetOf(index);
        var ingredient = _file.String(_source, _file.ReadInt(p));
        var term = _file.String(_source, _file.ReadInt(p + 4));
        p += 8;
        var drug = Doubles(ref p);
        var placebo = Doubles(ref p);
        var descriptions = new string[Length(ref p, 4)];
        for (var d = 0; d < descriptions.Length; d++)
        {
            descriptions[d] = _file.String(_source, _file.ReadInt(p));
            p += 4;
        }

        var share = _file.ReadDouble(p);
        var labels = _file.ReadInt(p + 8);
        var boxed = _file.ReadByte(p + 12) != 0;
        return new LabelEntry(ingredient, term, drug, placebo, descriptions, share < 0 ? null : share, labels < 0 ? null : labels, boxed);
    }

    private double[] Doubles(ref int p)
    {
        var values = new double[Length(ref p, 8)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = _file.ReadDouble(p);
            p += 8;
        }

        return values;
    }

    // A count is never more than the values that fit in the rest of the payload, so a damaged one is refused, not allocated.
    private int Length(ref int p, int width)
    {
        var n = _file.ReadInt(p);
        p += 4;
        StoredEvidence.Check(n >= 0 && n <= int.MaxValue / width, $"count {n} is impossible here");
        _ = n == 0 ? 0 : _file.ReadByte(p + (n * width) - 1);
        return n;
    }
}
