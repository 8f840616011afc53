using Causa.Core.Ingest;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// Merges an existing store and new quarters into a new <see cref="StoreData"/>, in stages with one job each: case
/// assembly (<see cref="QuarterCaseAssembler"/>), spilling (each source's candidates as a sorted <see cref="CaseRun"/> in
/// the store folder), deduplication by a k-way merge of the runs (the rule of <see cref="CaseDeduplication"/>: latest
/// <c>fda_dt</c>, then highest primary id, then latest quarter; every case on any DELETE list removed), canonical content
/// (<see cref="CanonicalContent"/>), name resolution (<see cref="EntryNameResolution"/>) and index building
/// (<see cref="StoreIndexBuilder"/>).
/// </summary>
/// <remarks>
/// <para>Memory: between quarters only the dictionaries (drug entries, terms, countries), the DELETE lists and the
/// quarter records stay in memory; each quarter's candidates go to disk as soon as they are assembled, and so does the
/// existing store's content. What depends on the whole history is then the merged result itself (<see cref="StoreData"/>),
/// built from the kept versions only.</para>
/// <para>The result depends only on the set of report versions and DELETE lists seen, not on the order they arrive in,
/// so ingest is order-independent and re-ingesting a quarter changes nothing. Runs are deleted when the merge has read
/// them and on <see cref="Dispose"/>. Not thread-safe.</para>
/// </remarks>
internal sealed class StoreMerger : IDisposable
{
    private readonly string _directory;
    private readonly StagedCases _staged = new();

    // The cleaned learned forms the stored files keep (LearnedPairKeys), by entry: a rewrite resolves with them rather
    // than cleaning every stored name again.
    private readonly Dictionary<DrugEntry, string> _keptLearnedKeys = [];
    private readonly List<CaseRun> _runs = [];
    private readonly StagedRecord _record = new();
    private int _runNumber;

    /// <summary>The learned name pairs of the store the last <see cref="Build"/> or <see cref="BuildSegment"/> produced
    /// content for (null before either): what <see cref="CaseStore.LearnedNamePairs"/> gives once it is written.</summary>
    public IReadOnlyList<LearnedNamePair>? LearnedPairs { get; private set; }

    /// <summary>A merger spilling its runs to <paramref name="directory"/> (the store folder, held under its writer lock).</summary>
    public StoreMerger(string directory)
    {
        _directory = directory;
    }

    /// <summary>
    /// Stages every case of an existing store, file by file: dictionaries in memory, cases as runs placed before the runs
    /// of any quarter already staged, so that on equal keys the stored version still wins, as when the store is staged
    /// first. A quarter already staged keeps its new record; among the store's files the latest record of a quarter wins.
    /// </summary>
    /// <remarks>Each file's cases are already one version per case in case-id order, so they are copied straight from the
    /// mapped file to a run, without sorting or an intermediate copy. A case a later file superseded is staged too: it
    /// loses to the newer version by the same rule that superseded it.</remarks>
    public void AddExisting(CaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var segments = store.Segments;
        for (var s = segments.Count - 1; s >= 0; s--)
        {
            foreach (var record in segments[s].Quarters)
            {
                _staged.Quarters.TryAdd(record.Quarter, record);
            }
        }

        for (var s = 0; s < segments.Count; s++)
        {
            AddExisting(segments[s], s);
        }
    }

    private void AddExisting(StoreSegment store, int position)
    {
        foreach (var caseId in store.DeletedCaseIds)
        {
            _staged.Deleted.Add(caseId);
        }

        var entryMap = new int[store.DrugEntryCount];
        var keptKeys = store.EntryLearnedKeys();
        for (var i = 0; i < entryMap.Length; i++)
        {
            var entry = store.GetEntry(i);
            entryMap[i] = _staged.EntryId(entry);
            if (keptKeys is not null && entry.ProdAi is not null)
            {
                _keptLearnedKeys.TryAdd(entry, keptKeys[i]);
            }
        }

        var termMap = new int[store.Terms.Count];
        for (var i = 0; i < termMap.Length; i++)
        {
            termMap[i] = _staged.TermId(store.Terms[i]);
        }

        foreach (var spelling in store.RetainedSpellings())
        {
            _staged.TermId(spelling);
        }

        var countryMap = new int[store.Countries.Count];
        for (var i = 0; i < countryMap.Length; i++)
        {
            countryMap[i] = _staged.CountryId(store.Countries[i]);
        }

        var caseIds = store.Section<long>(SectionId.CaseIds);
        var primaryIds = store.Section<long>(SectionId.PrimaryIds);
        var caseVersions = store.Section<int>(SectionId.CaseVersions);
        var fdaDates = store.Section<int>(SectionId.FdaDates);
        var eventDates = store.Section<int>(SectionId.EventDates);
        var initialFdaDates = store.Section<int>(SectionId.InitialFdaDates);
        var occurrenceCountries = store.Section<int>(SectionId.OccurrenceCountryIds);
        var fields = store.Section<byte>(SectionId.ReportFields);
        var quarters = store.Section<int>(SectionId.QuarterOrdinals);
        var countries = store.Section<int>(SectionId.CountryIds);
        var sexes = store.Section<byte>(SectionId.Sexes);
        var ageGroups = store.Section<byte>(SectionId.AgeGroups);
        var ageYears = store.Section<float>(SectionId.AgeYears);
        var reporters = store.Section<byte>(SectionId.Reporters);
        var outcomes = store.Section<byte>(SectionId.Outcomes);
        var drugOffsets = store.Section<int>(SectionId.DrugOffsets);
        var drugEntries = store.Section<int>(SectionId.DrugEntryIds);
        var drugRoles = store.Section<byte>(SectionId.DrugRoles);
        var therapyRows = store.Section<int>(SectionId.TherapyDrugRows);
        var therapyStarts = store.Section<int>(SectionId.TherapyStarts);
        var eventOffsets = store.Section<int>(SectionId.EventOffsets);
        var eventTerms = store.Section<int>(SectionId.EventTermIds);
        var indicationOffsets = store.Section<int>(SectionId.IndicationOffsets);
        var indicationEntries = store.Section<int>(SectionId.IndicationEntryIds);
        var indicationTerms = store.Section<int>(SectionId.IndicationTermIds);

        var run = CaseRun.Create(_directory, _runNumber++);
        _runs.Insert(position, run);
        var r = _record;
        var therapy = 0;
        for (var c = 0; c < caseIds.Length; c++)
        {
            r.CaseId = caseIds[c];
            r.PrimaryId = primaryIds[c];
            r.CaseVersion = caseVersions[c];
            r.FdaDate = fdaDates[c];
            r.EventDate = eventDates[c];
            r.InitialFdaDate = initialFdaDates[c];
            r.OccurrenceCountry = countryMap[occurrenceCountries[c]];
            r.Fields = fields[c];
            r.Quarter = quarters[c];
            r.Country = countryMap[countries[c]];
            r.Sex = sexes[c];
            r.AgeGroup = ageGroups[c];
            r.AgeYears = ageYears[c];
            r.Reporter = reporters[c];
            r.Outcomes = outcomes[c];
            r.ClearRows();
            for (var k = drugOffsets[c]; k < drugOffsets[c + 1]; k++)
            {
                // Therapy starts are kept sparsely, by ascending drug row: one forward walk reads them back.
                var start = 0;
                if (therapy < therapyRows.Length && therapyRows[therapy] == k)
                {
                    start = therapyStarts[therapy++];
                }

                r.AddDrug(entryMap[drugEntries[k]], drugRoles[k], start);
            }

            for (var k = eventOffsets[c]; k < eventOffsets[c + 1]; k++)
            {
                r.AddEvent(termMap[eventTerms[k]]);
            }

            for (var k = indicationOffsets[c]; k < indicationOffsets[c + 1]; k++)
            {
                r.AddIndication(entryMap[indicationEntries[k]], termMap[indicationTerms[k]]);
            }

            run.Append(r);
        }

        run.Complete();
    }

    /// <summary>Stages every report of a quarter as a candidate case version and spills the candidates as a run.</summary>
    public BatchLinkSummary AddBatch(QuarterBatch batch)
    {
        var summary = QuarterCaseAssembler.Add(_staged, batch);
        SpillCandidates();

        return summary;
    }

    /// <summary>Selects the kept version of every case and produces the canonical store content; the runs are deleted.</summary>
    /// <param name="resolverFactory">Builds the drug-name resolver from the name pairs learned from all kept cases.</param>
    /// <param name="cancellationToken">Checked between stages.</param>
    public StoreData Build(IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(resolverFactory);
        using var kept = KeepLatest(cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var data = CanonicalContent.Build(_staged, kept);
        kept.Dispose();
        cancellationToken.ThrowIfCancellationRequested();
        LearnedPairs = EntryNameResolution.Resolve(data, resolverFactory, keptLearnedKeys: _keptLearnedKeys);
        StoreIndexBuilder.Build(data);
        return data;
    }

    /// <summary>
    /// The content of a segment to add to <paramref name="existing"/> instead of rewriting it: the kept version of every
    /// case of the staged quarters that is newer (by the rule) than the store's kept version of it, less the cases on any
    /// DELETE list, with the store's cases it supersedes or deletes (<see cref="StoreData.KilledCases"/>), and only the new
    /// quarters' DELETE lists and records. Null when the quarters change nothing (every version already stored or older,
    /// no new DELETE entry, the same quarter records). The runs are deleted.
    /// </summary>
    /// <remarks>Cost: the new quarters, plus a binary search per new case in each file of the store and the store's learned
    /// name pairs (one pass over its drug rows); nothing of the store is rewritten.</remarks>
    public StoreData? BuildSegment(CaseStore existing, IDrugNameResolverFactory resolverFactory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(resolverFactory);
        var storedDeleted = new HashSet<long>();
        foreach (var segment in existing.Segments)
        {
            foreach (var id in segment.DeletedCaseIds)
            {
                storedDeleted.Add(id);
            }
        }

        var killed = new List<long>();
        var stored = existing.KeptVersions();
        using var kept = KeepLatest(cancellationToken, record =>
        {
            if (storedDeleted.Contains(record.CaseId))
            {
                return false;
            }

            // The kept candidates come in case-id order: the cursor walks each stored file once.
            if (stored.Find(record.CaseId) is not { } found)
            {
                return true;
            }

            // On equal keys the stored version wins, as it does when the store is staged first.
            if (CaseVersion.CompareByRule(record.Key, existing.Segments[found.Segment].VersionKey(found.Local)) >= 0)
            {
                return false;
            }

            killed.Add(SegmentLiveness.Key(found.Segment, found.Local));
            return true;
        });

        var newDeletes = new List<long>();
        foreach (var id in _staged.Deleted)
        {
            if (storedDeleted.Add(id))
            {
                newDeletes.Add(id);
                if (existing.FindKeptVersion(id) is { } deleted)
                {
                    killed.Add(SegmentLiveness.Key(deleted.Segment, deleted.Local));
                }
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        if (kept.Count == 0 && killed.Count == 0 && newDeletes.Count == 0 && SameQuarters(existing))
        {
            return null;
        }

        var data = CanonicalContent.Build(_staged, kept);
        kept.Dispose();
        newDeletes.Sort();
        data.DeletedCaseIds = [.. newDeletes];
        killed.Sort();
        data.KilledCases = [.. killed];
        data.KilledCounts = KilledCaseCounts.Of(existing.Segments, killed);
        cancellationToken.ThrowIfCancellationRequested();
        LearnedPairs = EntryNameResolution.Resolve(data, resolverFactory, existing.LearnedNamePairsWithout(data.KilledCounts));
        StoreIndexBuilder.Build(data);
        return data;
    }

    /// <summary>True when every staged quarter record is already the store's record of that quarter.</summary>
    private bool SameQuarters(CaseStore existing)
    {
        foreach (var record in _staged.Quarters.Values)
        {
            if (!existing.Quarters.Contains(record))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Deletes every run left.</summary>
    public void Dispose()
    {
        foreach (var run in _runs)
        {
            run.Dispose();
        }

        _runs.Clear();
    }

    private CaseRun NewRun()
    {
        var run = CaseRun.Create(_directory, _runNumber++);
        _runs.Add(run);
        return run;
    }

    /// <summary>Writes the staged candidates as a run in <see cref="StagedRecord.CompareKeys"/> order, then drops them.</summary>
    private void SpillCandidates()
    {
        var candidates = _staged.Candidates;
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // Equal keys keep staging order, as the deduplication rule's index tie-break does.
        Array.Sort(order, (x, y) =>
        {
            var cmp = CaseVersion.CompareByRule(candidates[x].Key, candidates[y].Key);
            return cmp != 0 ? cmp : x.CompareTo(y);
        });

        var run = NewRun();
        var r = _record;
        foreach (var i in order)
        {
            var c = candidates[i];
            r.CaseId = c.CaseId;
            r.PrimaryId = c.PrimaryId;
            r.CaseVersion = c.CaseVersion;
            r.FdaDate = c.FdaDate;
            r.EventDate = c.EventDate;
            r.InitialFdaDate = c.InitialFdaDate;
            r.OccurrenceCountry = c.OccurrenceCountry;
            r.Fields = c.Fields;
            r.Quarter = c.Quarter;
            r.Country = c.Country;
            r.Sex = c.Sex;
            r.AgeGroup = c.AgeGroup;
            r.AgeYears = c.AgeYears;
            r.Reporter = c.Reporter;
            r.Outcomes = c.Outcomes;
            r.ClearRows();
            for (var k = c.DrugStart; k < c.DrugStart + c.DrugCount; k++)
            {
                r.AddDrug(_staged.DrugEntry[k], _staged.DrugRole[k], _staged.DrugTherapyStart[k]);
            }

            for (var k = c.EventStart; k < c.EventStart + c.EventCount; k++)
            {
                r.AddEvent(_staged.EventTerm[k]);
            }

            for (var k = c.IndicationStart; k < c.IndicationStart + c.IndicationCount; k++)
            {
                r.AddIndication(_staged.IndicationEntry[k], _staged.IndicationTerm[k]);
            }

            run.Append(r);
        }

        run.Complete();
        _staged.ClearCandidates();
    }

    /// <summary>
    /// Merges the runs into one run of the kept versions, in case-id order: of each case's versions the first in merge
    /// order (the latest by the rule; on equal keys the one staged first), unless the case is on a DELETE list. Marks what
    /// the kept versions reference; each run is deleted once read.
    /// </summary>
    private KeptCases KeepLatest(CancellationToken cancellationToken, Func<StagedRecord, bool>? accept = null)
    {
        var kept = new KeptCases(CaseRun.Create(_directory, _runNumber++), _staged.Entries.Count, _staged.TermDisplay.Count, _staged.Countries.Count);
        try
        {
            var readers = new CaseRunReader[_runs.Count];
            var heads = new PriorityQueue<int, int>(Comparer<int>.Create((x, y) =>
            {
                var cmp = StagedRecord.CompareKeys(readers[x].Current, readers[y].Current);
                return cmp != 0 ? cmp : x.CompareTo(y);
            }));
            try
            {
                for (var i = 0; i < readers.Length; i++)
                {
                    readers[i] = _runs[i].OpenReader();
                    if (readers[i].MoveNext())
                    {
                        heads.Enqueue(i, i);
                    }
                }

                var previous = 0L;
                var any = false;
                var merged = 0L;
                while (heads.TryDequeue(out var i, out _))
                {
                    var record = readers[i].Current;
                    if (!any || record.CaseId != previous)
                    {
                        any = true;
                        previous = record.CaseId;
                        if (!_staged.Deleted.Contains(record.CaseId) && (accept is null || accept(record)))
                        {
                            kept.Add(record);
                        }
                    }

                    if ((++merged & 0xFFFF) == 0)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                    }

                    if (readers[i].MoveNext())
                    {
                        heads.Enqueue(i, i);
                    }
                }
            }
            finally
            {
                foreach (var reader in readers)
                {
                    reader?.Dispose();
                }
            }

            Dispose();
            kept.Complete();
            return kept;
        }
        catch
        {
            kept.Dispose();
            throw;
        }
    }
}
