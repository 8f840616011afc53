using System.Diagnostics.CodeAnalysis;
using Causa.Core.Files;
using Causa.Core.Storage;

namespace Causa.Core.Resolution;

/// <summary>
/// The exact drug-name tables of the store folder's name index (<see cref="DrugNameIndexFile"/>), read in place: every
/// ingredient, brand and synonym name sorted by its UTF-8 bytes, each with what it is and the ingredients it stands for.
/// A lookup is a binary search; nothing is hashed, decoded or verified when the table is opened but what the lookup reads
/// (<see cref="MappedFileLease"/>), so a resolver over it costs the same at any vocabulary size. A damaged block or
/// reference a lookup reads is never used: from then on the lookups answer from the same names built in memory. The whole-table indexes (spellings, misspellings, completion) are built in memory on first
/// use, from the merged vocabulary, exactly as without the table.
/// </summary>
/// <remarks>
/// <para>Sections: names (UTF-8 offsets and bytes, sorted); per name three 32-bit integers (flags: 1 ingredient, 2 brand,
/// 4 synonym; the first and the number of its ingredient references); the ingredient references (indexes into the member
/// strings); the member strings (offsets and bytes).</para>
/// <para>Immutable; thread-safe.</para>
/// </remarks>
internal sealed class DrugNameTable : IDrugNames
{
    private const uint NameOffsets = 10;
    private const uint NameBytes = 11;
    private const uint NameInfo = 12;
    private const uint SetItems = 13;
    private const uint MemberOffsets = 14;
    private const uint MemberBytes = 15;
    private const int IngredientFlag = 1;
    private const int BrandFlag = 2;
    private const int SynonymFlag = 4;
    private const string Kind = "name index";

    private readonly MappedFileLease _file;
    private readonly Utf8StringTable _names;
    private readonly int _itemCount;
    private readonly Utf8StringTable _members;
    private readonly Lazy<FrozenDrugNames> _frozen;

    // Set once a read found the table damaged (a block checksum or a reference): later lookups use Frozen.
    private volatile bool _damaged;

    private DrugNameTable(MappedFileLease file, Utf8StringTable names, Utf8StringTable members, Func<FrozenDrugNames> frozen)
    {
        _file = file;
        _names = names;
        _itemCount = file.File.Count<int>(SetItems);
        _members = members;
        _frozen = new(frozen, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <inheritdoc/>
    public FrozenDrugNames Frozen => _frozen.Value;

    /// <summary>Number of names (ingredients, brands and synonyms).</summary>
    public int Count => _names.Count;

    /// <inheritdoc/>
    public bool IsIngredient(string name) => TryFlags(name, out var flags, out _) ? (flags & IngredientFlag) != 0 : Frozen.IsIngredient(name);

    /// <inheritdoc/>
    public bool TryGetBrand(string name, [MaybeNullWhen(false)] out string[] ingredients)
    {
        if (!TryFlags(name, out var flags, out var index))
        {
            return Frozen.TryGetBrand(name, out ingredients);
        }

        if ((flags & BrandFlag) == 0)
        {
            ingredients = null;
            return false;
        }

        try
        {
            ingredients = Members(index);
            return true;
        }
        catch (InvalidStoreException e) when (e.FileName is not null)
        {
            _damaged = true;
            return Frozen.TryGetBrand(name, out ingredients);
        }
    }

    /// <inheritdoc/>
    public bool IsSynonym(string name) => TryFlags(name, out var flags, out _) ? (flags & SynonymFlag) != 0 : Frozen.IsSynonym(name);

    /// <summary>Writes the tables of <paramref name="names"/>; false (nothing written) when a name cannot be held exactly.</summary>
    public static bool Write(SectionFileWriter writer, FrozenDrugNames names)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(names);
        var sorted = Utf8StringTable.SortForLookup(names.Ingredients.Concat(names.Brands.Keys).Distinct(StringComparer.Ordinal));
        var members = names.Brands.Values.SelectMany(static v => v).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (sorted is null || !Utf8StringTable.RoundTrips(members))
        {
            return false;
        }

        var memberIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < members.Length; i++)
        {
            memberIndex[members[i]] = i;
        }

        var info = new int[3 * sorted.Length];
        var items = new List<int>();
        for (var i = 0; i < sorted.Length; i++)
        {
            var name = sorted[i];
            var flags = (names.Ingredients.Contains(name) ? IngredientFlag : 0) | (names.Synonyms.Contains(name) ? SynonymFlag : 0);
            if (names.Brands.TryGetValue(name, out var set))
            {
                flags |= BrandFlag;
                info[(3 * i) + 1] = items.Count;
                info[(3 * i) + 2] = set.Length;
                items.AddRange(set.Select(m => memberIndex[m]));
            }

            info[3 * i] = flags;
        }

        writer.Strings(NameOffsets, NameBytes, sorted);
        writer.Array(NameInfo, info);
        writer.Array(SetItems, items.ToArray());
        writer.Strings(MemberOffsets, MemberBytes, members);
        return true;
    }

    /// <summary>Reads the tables of an opened index in place; null when it holds none.</summary>
    /// <param name="file">The index file (its sections verified as they are read).</param>
    /// <param name="frozen">Builds the same names in memory, for the whole-table indexes (called on first use).</param>
    /// <exception cref="InvalidStoreException">The tables' sizes do not match; a damaged reference is found where it is read.</exception>
    public static DrugNameTable? Read(MappedFileLease file, Func<FrozenDrugNames> frozen)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(frozen);
        if (file.File.Count<int>(NameOffsets) == 0)
        {
            return null;
        }

        var names = Utf8StringTable.Read(file, NameOffsets, NameBytes, Kind);
        var members = Utf8StringTable.Read(file, MemberOffsets, MemberBytes, Kind);
        if (file.File.Count<int>(NameInfo) != 3 * (long)names.Count)
        {
            throw Damaged(file);
        }

        return new DrugNameTable(file, names, members, frozen);
    }

    /// <summary>Reads every name's references and every string's offsets, as a whole-file check does (<c>causa verify</c>).</summary>
    /// <exception cref="InvalidStoreException">A reference points outside the tables.</exception>
    public void CheckAll()
    {
        _names.CheckAll();
        _members.CheckAll();
        for (var i = 0; i < _names.Count; i++)
        {
            _ = Members(i);
        }
    }

    private static InvalidStoreException Damaged(MappedFileLease file) => file.Damaged($"the {Kind} file has a damaged drug-name table");

    // The name's flags and row, read from the table; false once a read found the table damaged: the lookup is then
    // answered from the same names in memory (Frozen, from the index's merged vocabulary), as without the table.
    private bool TryFlags(string name, out int flags, out int index)
    {
        if (!_damaged)
        {
            try
            {
                index = _names.IndexOf(name);
                flags = index < 0 ? 0 : _file.Value<int>(NameInfo, 3 * index);
                return true;
            }
            catch (InvalidStoreException e) when (e.FileName is not null)
            {
                _damaged = true;
            }
        }

        (flags, index) = (0, -1);
        return false;
    }

    // The ingredients of name index's brand set, each reference checked to lie within the tables.
    private string[] Members(int index)
    {
        var start = _file.Value<int>(NameInfo, (3 * index) + 1);
        var count = _file.Value<int>(NameInfo, (3 * index) + 2);
        if (start < 0 || count < 0 || start > _itemCount - count)
        {
            throw Damaged(_file);
        }

        var members = new string[count];
        for (var k = 0; k < count; k++)
        {
            var item = _file.Value<int>(SetItems, start + k);
            if ((uint)item >= (uint)_members.Count)
            {
                throw Damaged(_file);
            }

            members[k] = _members[item];
        }

        return members;
    }
}
