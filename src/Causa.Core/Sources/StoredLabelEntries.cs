using System.Buffers.Binary;
using System.Collections;

namespace Causa.Core.Sources;

/// <summary>
/// A source's label entries as <see cref="EvidenceSourceFile"/> reads them from a file of format version 2: every entry checked and located when the file
/// is read, each decoded into a <see cref="LabelEntry"/> only when it is first used.
/// </summary>
/// <remarks>
/// <para>Why: a label source has a hundred thousand entries or more (SIDER 4.1: 140k), and decoding all of them (an entry,
/// two arrays of figures and a list of words each) was most of the cost of loading the sources in a process that asks
/// about one drug. <see cref="Evidence.EvidenceSources"/> reads an ingredient's entries through <see cref="IndicesOf"/>.</para>
/// <para>The payload was checksummed before it was located, and every count, size and string index of every entry was
/// checked then, so decoding an entry later cannot fail. An entry decodes to the same values as an eager read, once: the
/// same <see cref="LabelEntry"/> is returned on every later access. Thread-safe.</para>
/// </remarks>
internal sealed class StoredLabelEntries : IStoredLabels
{
    private readonly byte[] _body;
    private readonly string[] _table;
    private readonly int[] _offsets;
    private readonly int[] _ingredientIds;
    private readonly int[] _termIds;
    private readonly DecodedOnce<LabelEntry> _decoded;
    private readonly Lazy<Dictionary<string, int[]>> _byIngredient;

    private StoredLabelEntries(byte[] body, string[] table, int[] offsets, int[] ingredientIds, int[] termIds)
    {
        _body = body;
        _table = table;
        _offsets = offsets;
        _ingredientIds = ingredientIds;
        _termIds = termIds;
        _decoded = new(offsets.Length, Decode);
        _byIngredient = new(IndexIngredients, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc/>
    public int Count => _offsets.Length;

    /// <summary>Every ingredient with at least one entry, in no particular order.</summary>
    public IEnumerable<string> Ingredients => _byIngredient.Value.Keys;

    /// <inheritdoc/>
    public LabelEntry this[int index] => _decoded[index];

    /// <summary>The ingredient of entry <paramref name="index"/>, without decoding the entry.</summary>
    public string IngredientAt(int index) => _table[_ingredientIds[index]];

    /// <summary>The term of entry <paramref name="index"/>, without decoding the entry.</summary>
    public string TermAt(int index) => _table[_termIds[index]];

    /// <summary>The positions of an ingredient's entries, ascending (the file's order).</summary>
    /// <param name="ingredient">Canonical ingredient (exact).</param>
    /// <returns>The positions; empty when the source has no entry for it.</returns>
    public IReadOnlyList<int> IndicesOf(string ingredient) =>
        _byIngredient.Value.TryGetValue(ingredient, out var indices) ? indices : [];

    /// <inheritdoc/>
    public IEnumerator<LabelEntry> GetEnumerator()
    {
        for (var i = 0; i < _offsets.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Locates and checks <paramref name="count"/> label entries written from <paramref name="position"/> on, as
    /// <see cref="EvidenceSourceFile"/> writes them: ingredient and term string indexes, the drug and placebo figures
    /// (a count, then that many doubles), the description string indexes (a count, then the indexes), the label share
    /// (a double), the label count (an int) and the boxed flag (a byte); little-endian throughout.
    /// </summary>
    /// <param name="body">The whole (checksummed) payload.</param>
    /// <param name="position">Where the first entry starts; on return, just after the last one.</param>
    /// <param name="count">The number of entries.</param>
    /// <param name="table">The source's string table.</param>
    /// <exception cref="EndOfStreamException">The payload ends inside an entry.</exception>
    /// <exception cref="ArgumentException">A count is impossible or a string index is out of range.</exception>
    public static StoredLabelEntries Read(byte[] body, ref int position, int count, string[] table)
    {
        var offsets = new int[count];
        var ingredients = new int[count];
        var terms = new int[count];
        var p = position;
        for (var k = 0; k < count; k++)
        {
            offsets[k] = p;
            ingredients[k] = StringId(body, ref p, table);
            terms[k] = StringId(body, ref p, table);
            Skip(body, ref p, checked(Length(body, ref p) * 8));
            Skip(body, ref p, checked(Length(body, ref p) * 8));
            var descriptions = Length(body, ref p);
            for (var d = 0; d < descriptions; d++)
            {
                _ = StringId(body, ref p, table);
            }

            Skip(body, ref p, 8 + 4 + 1);
        }

        position = p;
        return new StoredLabelEntries(body, table, offsets, ingredients, terms);
    }

    private LabelEntry Decode(int index)
    {
        var p = _offsets[index];
        var ingredient = _table[Int(ref p)];
        var term = _table[Int(ref p)];
        var drug = Doubles(ref p);
        var placebo = Doubles(ref p);
        var descriptions = new string[Int(ref p)];
        for (var d = 0; d < descriptions.Length; d++)
        {
            descriptions[d] = _table[Int(ref p)];
        }

        var share = BinaryPrimitives.ReadDoubleLittleEndian(_body.AsSpan(p));
        p += 8;
        var labels = Int(ref p);
        var boxed = _body[p] != 0;
        return new LabelEntry(ingredient, term, drug, placebo, descriptions, share < 0 ? null : share, labels < 0 ? null : labels, boxed);
    }

    private int Int(ref int p)
    {
        var value = BinaryPrimitives.ReadInt32LittleEndian(_body.AsSpan(p));
        p += 4;
        return value;
    }

    private double[] Doubles(ref int p)
    {
        var values = new double[Int(ref p)];
        for (var k = 0; k < values.Length; k++)
        {
            values[k] = BinaryPrimitives.ReadDoubleLittleEndian(_body.AsSpan(p));
            p += 8;
        }

        return values;
    }

    private Dictionary<string, int[]> IndexIngredients()
    {
        var lists = new Dictionary<int, List<int>>();
        for (var k = 0; k < _ingredientIds.Length; k++)
        {
            if (!lists.TryGetValue(_ingredientIds[k], out var list))
            {
                list = [];
                lists[_ingredientIds[k]] = list;
            }

            list.Add(k);
        }

        // Two string-table slots never hold the same text (the writer interns them), but merge them if they ever did.
        var index = new Dictionary<string, int[]>(lists.Count, StringComparer.Ordinal);
        foreach (var (id, list) in lists)
        {
            index[_table[id]] = index.TryGetValue(_table[id], out var earlier) ? [.. earlier.Concat(list).Order()] : [.. list];
        }

        return index;
    }

    private static int StringId(byte[] body, ref int p, string[] table)
    {
        var id = ReadInt(body, ref p);
        return id >= 0 && id < table.Length ? id : throw new ArgumentException($"string index {id} out of range");
    }

    // A count as the eager reader checked it: never more than the bytes left, so a corrupt count is refused, not allocated.
    private static int Length(byte[] body, ref int p)
    {
        var n = ReadInt(body, ref p);
        return n < 0 || n > body.Length - p ? throw new ArgumentException($"count {n} is impossible here") : n;
    }

    private static int ReadInt(byte[] body, ref int p)
    {
        Skip(body, ref p, 4);
        return BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(p - 4));
    }

    private static void Skip(byte[] body, ref int p, int bytes)
    {
        if (bytes > body.Length - p)
        {
            throw new EndOfStreamException();
        }

        p += bytes;
    }
}
