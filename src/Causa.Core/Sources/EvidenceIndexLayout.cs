namespace Causa.Core.Sources;

/// <summary>
/// The sections of an <see cref="EvidenceSourceFile"/> of format version 3 beside the payload (section 1, the same bytes as
/// version 2 wrote): indexes written once when the sources are saved, so that a process asking about one drug and one
/// condition reads only their entries (<see cref="StoredEvidence"/>) instead of decoding and indexing every table.
/// Every section is an array of little-endian 32-bit integers except <see cref="ConditionKeyText"/>; every offset is a
/// byte position inside the payload; every "string" is a string id of the source's table.
/// </summary>
/// <remarks>
/// <para><see cref="Sources"/>: <see cref="RulesVersion"/>, the source count, then <see cref="SourceFields"/> values per
/// source (the <c>F…</c> constants).</para>
/// <para>Key sections are rows of <see cref="KeyFields"/> values: the ingredient's string, then the first position and the
/// count of its rows in the matching rows section, sorted by the ingredient (ordinal); rows are entry numbers within the
/// source, ascending (file order).</para>
/// <para><see cref="ConditionKeys"/> rows: kind (<see cref="TermKey"/> or <see cref="ConditionKey"/>), the key's offset in
/// <see cref="ConditionKeyText"/> (a length-prefixed UTF-8 string, as <see cref="BinaryWriter"/> writes one), the first
/// position and the count of its rows in <see cref="ConditionRows"/>; sorted by kind, then key (ordinal). A term key is an
/// indication's mapped term, a condition key the source's wording as <see cref="IndicationImporter.CleanCondition"/>
/// cleans it; both trimmed and upper-cased (invariant). Rows are (source, ingredient string) pairs, each ingredient once
/// per key, sorted by ingredient (ordinal).</para>
/// <para><see cref="Terms"/>: (source, string) pairs, the terms every source knows in the order
/// <see cref="Evidence.EvidenceSources.Terms"/> returns them.</para>
/// </remarks>
internal static class EvidenceIndexLayout
{
    /// <summary>Version of the rules the indexes were built with (the condition cleaning and the key forms); an index of
    /// another version is not used for conditions (the entries are walked instead).</summary>
    public const int RulesVersion = 1;

    public const uint Payload = 1;
    public const uint Sources = 2;
    public const uint StringOffsets = 3;
    public const uint LabelOffsets = 4;
    public const uint LabelKeys = 5;
    public const uint LabelRows = 6;
    public const uint IndicationKeys = 7;
    public const uint IndicationRows = 8;
    public const uint TermTotalOrder = 9;
    public const uint CellOrder = 10;
    public const uint Terms = 11;
    public const uint ConditionKeys = 12;
    public const uint ConditionKeyText = 13;
    public const uint ConditionRows = 14;

    public const int HeaderFields = 2;
    public const int SourceFields = 21;
    public const int KeyFields = 3;
    public const int ConditionKeyFields = 4;
    public const int TermKey = 0;
    public const int ConditionKey = 1;

    /// <summary>Where the source's description starts.</summary>
    public const int FStart = 0;

    /// <summary>String count, and the first of the source's offsets in <see cref="StringOffsets"/>.</summary>
    public const int FStringCount = 1;
    public const int FStringFirst = 2;

    /// <summary>Label entry count, and the first of the source's offsets in <see cref="LabelOffsets"/>.</summary>
    public const int FLabelCount = 3;
    public const int FLabelFirst = 4;

    /// <summary>The source's rows of <see cref="LabelKeys"/>: first and count.</summary>
    public const int FLabelKeyFirst = 5;
    public const int FLabelKeyCount = 6;

    /// <summary>Indication count and the offset of the first (each is five 32-bit values).</summary>
    public const int FIndicationCount = 7;
    public const int FIndicationOffset = 8;

    /// <summary>The source's rows of <see cref="IndicationKeys"/>: first and count.</summary>
    public const int FIndicationKeyFirst = 9;
    public const int FIndicationKeyCount = 10;

    /// <summary>Offset of the count table's flag (a byte, then total and completeness when set).</summary>
    public const int FCounts = 11;

    /// <summary>Drug columns: count and offset of the first (three values each: drug, ingredient, a 64-bit total).</summary>
    public const int FDrugCount = 12;
    public const int FDrugOffset = 13;

    /// <summary>Event-row totals: count, offset of the first (a string and a 64-bit total each), and the first of the
    /// source's rows in <see cref="TermTotalOrder"/> (row numbers sorted by upper-cased term).</summary>
    public const int FTermTotalCount = 14;
    public const int FTermTotalOffset = 15;
    public const int FTermTotalOrderFirst = 16;

    /// <summary>Cells: count, offset of the first (drug, ingredient, term, a 64-bit count), and the source's rows of
    /// <see cref="CellOrder"/> (first; count, as duplicates are left out): cell numbers sorted by drug (ordinal) then
    /// upper-cased term, the last of equal keys kept, as the in-memory table keeps it.</summary>
    public const int FPairCount = 17;
    public const int FPairOffset = 18;
    public const int FCellOrderFirst = 19;
    public const int FCellOrderCount = 20;
}
