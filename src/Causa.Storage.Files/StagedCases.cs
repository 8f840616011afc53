using System.Runtime.InteropServices;
using Causa.Core.Model;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The staging area of an ingest: the dictionaries of every drug entry, term and country seen (from the existing store
/// and from new quarters), the DELETE lists and the quarter records, plus the candidate case versions of the quarter being
/// assembled, with their drug, event and indication rows as interned ids, until they are spilled to a <see cref="CaseRun"/>.
/// </summary>
/// <remarks>Ids here are staging ids in order of first sight; <see cref="CanonicalContent"/> renumbers them. Not thread-safe.</remarks>
internal sealed class StagedCases
{
    private readonly Dictionary<DrugEntry, int> _entryIds = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _rawTermIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryIds = new(StringComparer.Ordinal) { [string.Empty] = 0 };

    /// <summary>Drug entries by staging id.</summary>
    public List<DrugEntry> Entries { get; } = [];

    /// <summary>Display form of each staged term, by staging id.</summary>
    public List<string> TermDisplay { get; } = [];

    /// <summary>Countries by staging id; id 0 is the empty string (unknown).</summary>
    public List<string> Countries { get; } = [string.Empty];

    /// <summary>The candidate versions of the quarter being assembled, in staging order.</summary>
    public List<StagedCase> Candidates { get; } = [];

    /// <summary>Drug rows of all candidates (slices given by <see cref="StagedCase.DrugStart"/>/<see cref="StagedCase.DrugCount"/>).</summary>
    public List<int> DrugEntry { get; } = [];

    /// <summary>Roles of <see cref="DrugEntry"/>, parallel to it.</summary>
    public List<byte> DrugRole { get; } = [];

    /// <summary>Therapy start (<see cref="Core.Model.PartialDate.Value"/>, 0 when none) of each drug row, parallel to <see cref="DrugEntry"/>.</summary>
    public List<int> DrugTherapyStart { get; } = [];

    /// <summary>Event rows of all candidates.</summary>
    public List<int> EventTerm { get; } = [];

    /// <summary>Indication rows of all candidates: the drug entry...</summary>
    public List<int> IndicationEntry { get; } = [];

    /// <summary>...and the term, parallel to <see cref="IndicationEntry"/>.</summary>
    public List<int> IndicationTerm { get; } = [];

    /// <summary>Union of the DELETE lists seen.</summary>
    public HashSet<long> Deleted { get; } = [];

    /// <summary>Quarter records, one per quarter (a re-ingested quarter replaces its record).</summary>
    public SortedDictionary<Quarter, QuarterRecord> Quarters { get; } = [];

    /// <summary>
    /// Drops the staged candidates and their rows, keeping the dictionaries, the DELETE lists and the quarter records:
    /// called once the candidates are spilled to a <see cref="CaseRun"/>, so only one quarter's rows are ever held.
    /// </summary>
    public void ClearCandidates()
    {
        Clear(Candidates);
        Clear(DrugEntry);
        Clear(DrugRole);
        Clear(DrugTherapyStart);
        Clear(EventTerm);
        Clear(IndicationEntry);
        Clear(IndicationTerm);

        static void Clear<T>(List<T> list)
        {
            list.Clear();
            list.Capacity = 0;
        }
    }

    /// <summary>The staging id of a drug entry, added on first sight.</summary>
    public int EntryId(DrugEntry entry)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_entryIds, entry, out var exists);
        if (!exists)
        {
            id = Entries.Count;
            Entries.Add(entry);
        }

        return id;
    }

    /// <summary>The staging id of a term, merged case-insensitively with its other spellings.</summary>
    public int TermId(string term)
    {
        // Readers intern strings, so most rows hit this cache and skip the upper-casing.
        ref var cached = ref CollectionsMarshal.GetValueRefOrAddDefault(_rawTermIds, term, out var seen);
        if (!seen)
        {
            cached = NormalisedTermId(term);
        }

        return cached;
    }

    private int NormalisedTermId(string term)
    {
        var key = TermKey.Of(term);
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_termIds, key, out var exists);
        if (!exists)
        {
            id = TermDisplay.Count;
            TermDisplay.Add(term.Trim());
        }
        else
        {
            TermDisplay[id] = TermKey.PreferDisplay(TermDisplay[id], term.Trim());
        }

        return id;
    }

    /// <summary>The staging id of a country, upper-cased.</summary>
    public int CountryId(string country)
    {
        var key = country.Trim().ToUpperInvariant();
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_countryIds, key, out var exists);
        if (!exists)
        {
            id = Countries.Count;
            Countries.Add(key);
        }

        return id;
    }
}
