using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The complete content of a case store as plain arrays: what is written to disk and what the
/// merge produces. Cases are sorted by case id; per-case lists use compressed sparse rows
/// (an offsets array of length cases + 1 into a flat values array).
/// </summary>
/// <remarks>Dictionaries (drug entries, terms, countries, ingredients) are sorted by their key, so the
/// same set of cases always gives byte-identical arrays whatever order the quarters were ingested in.</remarks>
internal sealed class StoreData
{
    public long[] CaseIds = [];
    public long[] PrimaryIds = [];
    public int[] CaseVersions = [];
    public int[] FdaDates = [];
    public int[] EventDates = [];
    public int[] QuarterOrdinals = [];
    public int[] CountryIds = [];
    public byte[] Sexes = [];
    public byte[] AgeGroups = [];
    public float[] AgeYears = [];
    public byte[] Reporters = [];
    public byte[] Outcomes = [];

    /// <summary>Date FDA first received each case (yyyymmdd, 0 unknown; see <see cref="Core.Model.ReportFields.InitialFdaDate"/>).</summary>
    public int[] InitialFdaDates = [];

    /// <summary>Occurrence country of each case (id into <see cref="Countries"/>; 0 when missing or not in the layout).</summary>
    public int[] OccurrenceCountryIds = [];

    /// <summary>Which optional facts each case's source layout gives (<see cref="Core.Model.ReportFields"/> bytes).</summary>
    public byte[] ReportFields = [];

    public int[] DrugOffsets = [0];
    public int[] DrugEntryIds = [];
    public byte[] DrugRoles = [];

    // Therapy start per drug row, sparse (most rows have none): ascending global drug-row indexes and their dates.
    public int[] TherapyDrugRows = [];
    public int[] TherapyStarts = [];

    public int[] EventOffsets = [0];
    public int[] EventTermIds = [];

    public int[] IndicationOffsets = [0];
    public int[] IndicationEntryIds = [];
    public int[] IndicationTermIds = [];

    /// <summary>Distinct reported drug entries, sorted.</summary>
    public DrugEntry[] Entries = [];

    /// <summary>MedDRA term display forms, sorted by their upper-case key.</summary>
    public string[] Terms = [];

    /// <summary>
    /// Display forms of terms seen in some ingest but referenced by no kept case, sorted by their upper-case key. Kept so
    /// the display form of a term (<see cref="TermKey.PreferDisplay"/>) is chosen among every spelling ever ingested, not
    /// only among those that survived earlier merges: otherwise a spelling lost with a superseded case would make the
    /// store depend on the order quarters arrive in.
    /// </summary>
    public string[] RetainedSpellings = [];

    /// <summary>Country strings as reported (upper case), sorted; id 0 is always the empty string (unknown).</summary>
    public string[] Countries = [string.Empty];

    /// <summary>Canonical ingredient names, sorted.</summary>
    public string[] Ingredients = [];

    public int[] EntryIngredientOffsets = [0];
    public int[] EntryIngredientIds = [];
    public byte[] EntryResolutionKinds = [];

    /// <summary>Per drug entry, what its learned name pair teaches once cleaned (<see cref="Causa.Core.Vocabulary.LearnedPairKeys"/>;
    /// empty for an entry without <c>prod_ai</c>), so that an update adding to this file need not clean its names again;
    /// empty when not made (the sections are then not written).</summary>
    public string[] EntryLearnedKeys = [];

    /// <summary>Union of all DELETE lists seen, sorted ascending, distinct.</summary>
    public long[] DeletedCaseIds = [];

    /// <summary>In a segment (see <see cref="StoreManifest"/>): the cases of earlier files it superseded or deleted, as
    /// <see cref="SegmentLiveness.Key"/> values, ascending; empty in a base file, where the section is not written.</summary>
    public long[] KilledCases = [];

    /// <summary>With <see cref="KilledCases"/>: what those cases counted in their files' indexes (records of
    /// <see cref="KilledCaseCounts"/>); empty in a base file.</summary>
    public int[] KilledCounts = [];

    /// <summary>Quarters ingested, sorted by quarter.</summary>
    public QuarterRecord[] Quarters = [];

    // Inverted indexes: for each ingredient / term, the sorted case indices that mention it.
    public int[] SuspectOffsets = [0];
    public int[] SuspectCases = [];
    public int[] AnyRoleOffsets = [0];
    public int[] AnyRoleCases = [];
    public int[] TermOffsets = [0];
    public int[] TermCases = [];
    public int[] IndicationIndexOffsets = [0];
    public int[] IndicationIndexCases = [];

    public int CaseCount => CaseIds.Length;
}
