using System.Runtime.InteropServices;
using Causa.Core.Model;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The staging area of an ingest: every candidate case version seen (from the existing store and from new quarters),
/// their drug, event and indication rows as interned ids, the DELETE lists and the quarter records.
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

    /// <summary>Every candidate version, in staging order.</summary>
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

    /// <summary>Stages every case of an existing store.</summary>
    public void AddExisting(StoreData data)
    {
        foreach (var caseId in data.DeletedCaseIds)
        {
            Deleted.Add(caseId);
        }

        foreach (var record in data.Quarters)
        {
            Quarters[record.Quarter] = record;
        }

        var entryMap = new int[data.Entries.Length];
        for (var i = 0; i < entryMap.Length; i++)
        {
            entryMap[i] = EntryId(data.Entries[i]);
        }

        var termMap = new int[data.Terms.Length];
        for (var i = 0; i < termMap.Length; i++)
        {
            termMap[i] = TermId(data.Terms[i]);
        }

        foreach (var spelling in data.RetainedSpellings)
        {
            TermId(spelling);
        }

        var countryMap = new int[data.Countries.Length];
        for (var i = 0; i < countryMap.Length; i++)
        {
            countryMap[i] = CountryId(data.Countries[i]);
        }

        var therapy = 0;
        for (var c = 0; c < data.CaseCount; c++)
        {
            var candidate = new StagedCase
            {
                CaseId = data.CaseIds[c],
                PrimaryId = data.PrimaryIds[c],
                CaseVersion = data.CaseVersions[c],
                FdaDate = data.FdaDates[c],
                EventDate = data.EventDates[c],
                InitialFdaDate = data.InitialFdaDates[c],
                OccurrenceCountry = countryMap[data.OccurrenceCountryIds[c]],
                Fields = data.ReportFields[c],
                Quarter = data.QuarterOrdinals[c],
                Country = countryMap[data.CountryIds[c]],
                Sex = data.Sexes[c],
                AgeGroup = data.AgeGroups[c],
                AgeYears = data.AgeYears[c],
                Reporter = data.Reporters[c],
                Outcomes = data.Outcomes[c],
                DrugStart = DrugEntry.Count,
                EventStart = EventTerm.Count,
                IndicationStart = IndicationEntry.Count,
            };
            for (var k = data.DrugOffsets[c]; k < data.DrugOffsets[c + 1]; k++)
            {
                DrugEntry.Add(entryMap[data.DrugEntryIds[k]]);
                DrugRole.Add(data.DrugRoles[k]);

                // Therapy starts are kept sparsely, by ascending drug row: one forward walk reads them back.
                var start = 0;
                if (therapy < data.TherapyDrugRows.Length && data.TherapyDrugRows[therapy] == k)
                {
                    start = data.TherapyStarts[therapy++];
                }

                DrugTherapyStart.Add(start);
            }

            for (var k = data.EventOffsets[c]; k < data.EventOffsets[c + 1]; k++)
            {
                EventTerm.Add(termMap[data.EventTermIds[k]]);
            }

            for (var k = data.IndicationOffsets[c]; k < data.IndicationOffsets[c + 1]; k++)
            {
                IndicationEntry.Add(entryMap[data.IndicationEntryIds[k]]);
                IndicationTerm.Add(termMap[data.IndicationTermIds[k]]);
            }

            candidate.DrugCount = DrugEntry.Count - candidate.DrugStart;
            candidate.EventCount = EventTerm.Count - candidate.EventStart;
            candidate.IndicationCount = IndicationEntry.Count - candidate.IndicationStart;
            Candidates.Add(candidate);
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
