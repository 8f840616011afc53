using System.Runtime.InteropServices;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Core.Names;

namespace Causa.Core.Storage;

/// <summary>
/// Merges an existing store and new quarters into a new <see cref="StoreData"/>: one case per case id
/// (latest <c>fda_dt</c>, then highest primary id, then latest quarter), every case on any DELETE list removed,
/// names re-resolved from all drug entries, ids renumbered in canonical order and indexes rebuilt.
/// </summary>
/// <remarks>The result depends only on the set of report versions and DELETE lists seen, not on the order they
/// arrive in, so ingest is order-independent and re-ingesting a quarter changes nothing. Not thread-safe.</remarks>
internal sealed class StoreMerger
{
    private readonly Dictionary<DrugEntry, int> _entryIds = [];
    private readonly List<DrugEntry> _entries = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<string> _termDisplay = [];
    private readonly Dictionary<string, int> _rawTermIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _countryIds = new(StringComparer.Ordinal) { [string.Empty] = 0 };
    private readonly List<string> _countries = [string.Empty];

    private readonly List<Candidate> _candidates = [];
    private readonly List<int> _drugEntry = [];
    private readonly List<byte> _drugRole = [];
    private readonly List<int> _eventTerm = [];
    private readonly List<int> _indicationEntry = [];
    private readonly List<int> _indicationTerm = [];

    private readonly HashSet<long> _deleted = [];
    private readonly SortedDictionary<Quarter, QuarterRecord> _quarters = [];

    /// <summary>Stages every case of an existing store.</summary>
    public void AddExisting(StoreData data)
    {
        foreach (var caseId in data.DeletedCaseIds)
        {
            _deleted.Add(caseId);
        }

        foreach (var record in data.Quarters)
        {
            _quarters[record.Quarter] = record;
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

        var countryMap = new int[data.Countries.Length];
        for (var i = 0; i < countryMap.Length; i++)
        {
            countryMap[i] = CountryId(data.Countries[i]);
        }

        for (var c = 0; c < data.CaseCount; c++)
        {
            var candidate = new Candidate
            {
                CaseId = data.CaseIds[c],
                PrimaryId = data.PrimaryIds[c],
                CaseVersion = data.CaseVersions[c],
                FdaDate = data.FdaDates[c],
                EventDate = data.EventDates[c],
                Quarter = data.QuarterOrdinals[c],
                Country = countryMap[data.CountryIds[c]],
                Sex = data.Sexes[c],
                AgeGroup = data.AgeGroups[c],
                AgeYears = data.AgeYears[c],
                Reporter = data.Reporters[c],
                Outcomes = data.Outcomes[c],
                DrugStart = _drugEntry.Count,
                EventStart = _eventTerm.Count,
                IndicationStart = _indicationEntry.Count,
            };
            for (var k = data.DrugOffsets[c]; k < data.DrugOffsets[c + 1]; k++)
            {
                _drugEntry.Add(entryMap[data.DrugEntryIds[k]]);
                _drugRole.Add(data.DrugRoles[k]);
            }

            for (var k = data.EventOffsets[c]; k < data.EventOffsets[c + 1]; k++)
            {
                _eventTerm.Add(termMap[data.EventTermIds[k]]);
            }

            for (var k = data.IndicationOffsets[c]; k < data.IndicationOffsets[c + 1]; k++)
            {
                _indicationEntry.Add(entryMap[data.IndicationEntryIds[k]]);
                _indicationTerm.Add(termMap[data.IndicationTermIds[k]]);
            }

            candidate.DrugCount = _drugEntry.Count - candidate.DrugStart;
            candidate.EventCount = _eventTerm.Count - candidate.EventStart;
            candidate.IndicationCount = _indicationEntry.Count - candidate.IndicationStart;
            _candidates.Add(candidate);
        }
    }

    /// <summary>Stages every report of a quarter as a candidate case version.</summary>
    public BatchLinkSummary AddBatch(QuarterBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var caseId in batch.DeletedCaseIds)
        {
            _deleted.Add(caseId);
        }

        var reportIndex = new Dictionary<long, int>(batch.Reports.Count);
        var reports = new List<ReportRow>(batch.Reports.Count);
        long duplicates = 0;
        foreach (var report in batch.Reports)
        {
            if (reportIndex.TryAdd(report.PrimaryId, reports.Count))
            {
                reports.Add(report);
            }
            else
            {
                duplicates++;
            }
        }

        var n = reports.Count;
        var outcomes = new byte[n];
        long outcomeOrphans = 0;
        foreach (var row in batch.Outcomes)
        {
            if (reportIndex.TryGetValue(row.PrimaryId, out var r))
            {
                outcomes[r] |= (byte)row.Outcome;
            }
            else
            {
                outcomeOrphans++;
            }
        }

        // Drugs: two passes (count, then fill) build the per-report slices without sorting the rows.
        var drugOf = new int[batch.Drugs.Count];
        var drugCounts = new int[n + 1];
        long drugOrphans = 0;
        var drugSeqEntry = new Dictionary<(long PrimaryId, long DrugSeq), int>(batch.Drugs.Count);
        for (var i = 0; i < batch.Drugs.Count; i++)
        {
            var row = batch.Drugs[i];
            if (reportIndex.TryGetValue(row.PrimaryId, out var r))
            {
                drugOf[i] = r;
                drugCounts[r + 1]++;
            }
            else
            {
                drugOf[i] = -1;
                drugOrphans++;
            }
        }

        var reactionOf = new int[batch.Reactions.Count];
        var reactionCounts = new int[n + 1];
        long reactionOrphans = 0;
        for (var i = 0; i < batch.Reactions.Count; i++)
        {
            if (reportIndex.TryGetValue(batch.Reactions[i].PrimaryId, out var r))
            {
                reactionOf[i] = r;
                reactionCounts[r + 1]++;
            }
            else
            {
                reactionOf[i] = -1;
                reactionOrphans++;
            }
        }

        var drugBase = _drugEntry.Count;
        var eventBase = _eventTerm.Count;
        PrefixSum(drugCounts);
        PrefixSum(reactionCounts);
        var drugFill = (int[])drugCounts.Clone();
        var reactionFill = (int[])reactionCounts.Clone();
        var totalDrugs = drugCounts[n];
        var totalReactions = reactionCounts[n];
        AddDefault(_drugEntry, totalDrugs);
        AddDefault(_drugRole, totalDrugs);
        AddDefault(_eventTerm, totalReactions);
        var drugEntrySpan = CollectionsMarshal.AsSpan(_drugEntry);
        var drugRoleSpan = CollectionsMarshal.AsSpan(_drugRole);
        for (var i = 0; i < batch.Drugs.Count; i++)
        {
            var r = drugOf[i];
            if (r < 0)
            {
                continue;
            }

            var row = batch.Drugs[i];
            var entry = EntryId(new DrugEntry(row.DrugName, string.IsNullOrEmpty(row.ProdAi) ? null : row.ProdAi));
            var slot = drugBase + drugFill[r]++;
            drugEntrySpan[slot] = entry;
            drugRoleSpan[slot] = (byte)row.Role;
            drugSeqEntry.TryAdd((row.PrimaryId, row.DrugSeq), entry);
        }

        var eventSpan = CollectionsMarshal.AsSpan(_eventTerm);
        for (var i = 0; i < batch.Reactions.Count; i++)
        {
            var r = reactionOf[i];
            if (r >= 0)
            {
                eventSpan[eventBase + reactionFill[r]++] = TermId(batch.Reactions[i].PreferredTerm);
            }
        }

        // Indications reference a drug by (report, drug_seq); they are kept as (entry, term) pairs.
        var indicationLists = new List<(int Entry, int Term)>?[n];
        long indicationOrphans = 0;
        long indicationLinked = 0;
        foreach (var row in batch.Indications)
        {
            if (reportIndex.TryGetValue(row.PrimaryId, out var r) && drugSeqEntry.TryGetValue((row.PrimaryId, row.DrugSeq), out var entry))
            {
                (indicationLists[r] ??= []).Add((entry, TermId(row.PreferredTerm)));
                indicationLinked++;
            }
            else
            {
                indicationOrphans++;
            }
        }

        var quarterOrdinal = batch.Quarter.Ordinal;
        for (var r = 0; r < n; r++)
        {
            var report = reports[r];
            var candidate = new Candidate
            {
                CaseId = report.CaseId,
                PrimaryId = report.PrimaryId,
                CaseVersion = report.CaseVersion,
                FdaDate = report.FdaDate.Value,
                EventDate = report.EventDate.Value,
                Quarter = quarterOrdinal,
                Country = CountryId(report.OccurrenceCountry ?? report.ReporterCountry ?? string.Empty),
                Sex = (byte)report.Sex,
                AgeGroup = (byte)AgeGroups.FromYears(report.AgeYears),
                AgeYears = report.AgeYears,
                Reporter = (byte)report.Reporter,
                Outcomes = outcomes[r],
                DrugStart = drugBase + drugCounts[r],
                DrugCount = drugCounts[r + 1] - drugCounts[r],
                EventStart = eventBase + reactionCounts[r],
                EventCount = reactionCounts[r + 1] - reactionCounts[r],
                IndicationStart = _indicationEntry.Count,
            };
            if (indicationLists[r] is { } list)
            {
                foreach (var (entry, term) in list)
                {
                    _indicationEntry.Add(entry);
                    _indicationTerm.Add(term);
                }
            }

            candidate.IndicationCount = _indicationEntry.Count - candidate.IndicationStart;
            _candidates.Add(candidate);
        }

        long rejected = 0;
        foreach (var account in batch.Reconciliation)
        {
            rejected += account.RowsRejected;
        }

        _quarters[batch.Quarter] = new QuarterRecord(
            batch.Quarter,
            Path.GetFileName(batch.Source.TrimEnd('/', '\\')),
            batch.Reports.Count,
            batch.Drugs.Count,
            batch.Reactions.Count,
            rejected,
            batch.DeletedCaseIds.Count);

        return new BatchLinkSummary(
            batch.Quarter,
            n,
            duplicates,
            batch.Drugs.Count - drugOrphans,
            drugOrphans,
            batch.Reactions.Count - reactionOrphans,
            reactionOrphans,
            outcomeOrphans,
            indicationLinked,
            indicationOrphans);
    }

    /// <summary>Selects the kept version of every case and produces the canonical store content.</summary>
    /// <param name="resolverFactory">Builds the drug-name resolver from the name pairs learned from all kept cases.</param>
    public StoreData Build(Func<IReadOnlyList<LearnedNamePair>, IDrugNameResolver> resolverFactory)
    {
        ArgumentNullException.ThrowIfNull(resolverFactory);
        var winners = SelectWinners();
        var data = new StoreData
        {
            DeletedCaseIds = [.. _deleted.Order()],
            Quarters = [.. _quarters.Values],
        };

        // Canonical dictionaries: only what kept cases reference, in key order.
        var entryUsed = new bool[_entries.Count];
        var termUsed = new bool[_termDisplay.Count];
        var countryUsed = new bool[_countries.Count];
        countryUsed[0] = true;
        foreach (var w in winners)
        {
            var c = _candidates[w];
            countryUsed[c.Country] = true;
            for (var k = 0; k < c.DrugCount; k++)
            {
                entryUsed[_drugEntry[c.DrugStart + k]] = true;
            }

            for (var k = 0; k < c.EventCount; k++)
            {
                termUsed[_eventTerm[c.EventStart + k]] = true;
            }

            for (var k = 0; k < c.IndicationCount; k++)
            {
                entryUsed[_indicationEntry[c.IndicationStart + k]] = true;
                termUsed[_indicationTerm[c.IndicationStart + k]] = true;
            }
        }

        var (entries, entryMap) = Canonical(_entries, entryUsed, static (a, b) => a.CompareTo(b));
        var termKeys = new List<string>(_termDisplay.Count);
        foreach (var display in _termDisplay)
        {
            termKeys.Add(TermKey.Of(display));
        }

        var (_, termMap) = Canonical(termKeys, termUsed, string.CompareOrdinal);
        var terms = new string[termMap.Count(static m => m >= 0)];
        for (var i = 0; i < termMap.Length; i++)
        {
            if (termMap[i] >= 0)
            {
                terms[termMap[i]] = _termDisplay[i];
            }
        }

        var (countries, countryMap) = Canonical(_countries, countryUsed, string.CompareOrdinal);
        data.Entries = [.. entries];
        data.Terms = terms;
        data.Countries = [.. countries];

        EmitCases(data, winners, entryMap, termMap, countryMap);
        ResolveNames(data, resolverFactory);
        BuildIndexes(data);
        return data;
    }

    private List<int> SelectWinners()
    {
        var order = new int[_candidates.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var candidates = CollectionsMarshal.AsSpan(_candidates);
        var keys = new Candidate[candidates.Length];
        candidates.CopyTo(keys);
        Array.Sort(order, (x, y) =>
        {
            ref readonly var a = ref keys[x];
            ref readonly var b = ref keys[y];
            var cmp = a.CaseId.CompareTo(b.CaseId);
            if (cmp != 0)
            {
                return cmp;
            }

            // Latest first: fda_dt, then primary id, then the quarter it came from.
            cmp = b.FdaDate.CompareTo(a.FdaDate);
            if (cmp != 0)
            {
                return cmp;
            }

            cmp = b.PrimaryId.CompareTo(a.PrimaryId);
            return cmp != 0 ? cmp : b.Quarter.CompareTo(a.Quarter);
        });

        var winners = new List<int>();
        long previous = long.MinValue;
        var first = true;
        foreach (var i in order)
        {
            var caseId = keys[i].CaseId;
            if (!first && caseId == previous)
            {
                continue;
            }

            first = false;
            previous = caseId;
            if (!_deleted.Contains(caseId))
            {
                winners.Add(i);
            }
        }

        return winners;
    }

    private void EmitCases(StoreData data, List<int> winners, int[] entryMap, int[] termMap, int[] countryMap)
    {
        var n = winners.Count;
        data.CaseIds = new long[n];
        data.PrimaryIds = new long[n];
        data.CaseVersions = new int[n];
        data.FdaDates = new int[n];
        data.EventDates = new int[n];
        data.QuarterOrdinals = new int[n];
        data.CountryIds = new int[n];
        data.Sexes = new byte[n];
        data.AgeGroups = new byte[n];
        data.AgeYears = new float[n];
        data.Reporters = new byte[n];
        data.Outcomes = new byte[n];
        data.DrugOffsets = new int[n + 1];
        data.EventOffsets = new int[n + 1];
        data.IndicationOffsets = new int[n + 1];

        var drugEntries = new List<int>();
        var drugRoles = new List<byte>();
        var events = new List<int>();
        var indicationEntries = new List<int>();
        var indicationTerms = new List<int>();
        var drugScratch = new List<(int Entry, byte Role)>();
        var eventScratch = new List<int>();
        var indicationScratch = new List<(int Entry, int Term)>();

        for (var i = 0; i < n; i++)
        {
            var c = _candidates[winners[i]];
            data.CaseIds[i] = c.CaseId;
            data.PrimaryIds[i] = c.PrimaryId;
            data.CaseVersions[i] = c.CaseVersion;
            data.FdaDates[i] = c.FdaDate;
            data.EventDates[i] = c.EventDate;
            data.QuarterOrdinals[i] = c.Quarter;
            data.CountryIds[i] = countryMap[c.Country];
            data.Sexes[i] = c.Sex;
            data.AgeGroups[i] = c.AgeGroup;
            data.AgeYears[i] = c.AgeYears;
            data.Reporters[i] = c.Reporter;
            data.Outcomes[i] = c.Outcomes;

            // Per-case lists are sorted and de-duplicated so the content is canonical.
            drugScratch.Clear();
            for (var k = 0; k < c.DrugCount; k++)
            {
                drugScratch.Add((entryMap[_drugEntry[c.DrugStart + k]], _drugRole[c.DrugStart + k]));
            }

            drugScratch.Sort();
            for (var k = 0; k < drugScratch.Count; k++)
            {
                if (k == 0 || drugScratch[k] != drugScratch[k - 1])
                {
                    drugEntries.Add(drugScratch[k].Entry);
                    drugRoles.Add(drugScratch[k].Role);
                }
            }

            eventScratch.Clear();
            for (var k = 0; k < c.EventCount; k++)
            {
                eventScratch.Add(termMap[_eventTerm[c.EventStart + k]]);
            }

            eventScratch.Sort();
            for (var k = 0; k < eventScratch.Count; k++)
            {
                if (k == 0 || eventScratch[k] != eventScratch[k - 1])
                {
                    events.Add(eventScratch[k]);
                }
            }

            indicationScratch.Clear();
            for (var k = 0; k < c.IndicationCount; k++)
            {
                indicationScratch.Add((entryMap[_indicationEntry[c.IndicationStart + k]], termMap[_indicationTerm[c.IndicationStart + k]]));
            }

            indicationScratch.Sort();
            for (var k = 0; k < indicationScratch.Count; k++)
            {
                if (k == 0 || indicationScratch[k] != indicationScratch[k - 1])
                {
                    indicationEntries.Add(indicationScratch[k].Entry);
                    indicationTerms.Add(indicationScratch[k].Term);
                }
            }

            data.DrugOffsets[i + 1] = drugEntries.Count;
            data.EventOffsets[i + 1] = events.Count;
            data.IndicationOffsets[i + 1] = indicationEntries.Count;
        }

        data.DrugEntryIds = [.. drugEntries];
        data.DrugRoles = [.. drugRoles];
        data.EventTermIds = [.. events];
        data.IndicationEntryIds = [.. indicationEntries];
        data.IndicationTermIds = [.. indicationTerms];
    }

    private static void ResolveNames(StoreData data, Func<IReadOnlyList<LearnedNamePair>, IDrugNameResolver> resolverFactory)
    {
        var rowCounts = new long[data.Entries.Length];
        foreach (var entry in data.DrugEntryIds)
        {
            rowCounts[entry]++;
        }

        var learned = new List<LearnedNamePair>();
        for (var i = 0; i < data.Entries.Length; i++)
        {
            var entry = data.Entries[i];
            if (entry.ProdAi is not null && rowCounts[i] > 0)
            {
                learned.Add(new LearnedNamePair(entry.DrugName, entry.ProdAi, rowCounts[i]));
            }
        }

        var resolver = resolverFactory(learned);
        var resolutions = new DrugResolution[data.Entries.Length];
        Parallel.For(0, resolutions.Length, i => resolutions[i] = resolver.Resolve(data.Entries[i].DrugName, data.Entries[i].ProdAi));

        var ingredientSet = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var resolution in resolutions)
        {
            ingredientSet.UnionWith(resolution.Ingredients);
        }

        data.Ingredients = [.. ingredientSet];
        var ingredientIds = new Dictionary<string, int>(data.Ingredients.Length, StringComparer.Ordinal);
        for (var i = 0; i < data.Ingredients.Length; i++)
        {
            ingredientIds[data.Ingredients[i]] = i;
        }

        data.EntryIngredientOffsets = new int[resolutions.Length + 1];
        data.EntryResolutionKinds = new byte[resolutions.Length];
        var ids = new List<int>();
        for (var i = 0; i < resolutions.Length; i++)
        {
            data.EntryResolutionKinds[i] = (byte)resolutions[i].Kind;
            foreach (var name in resolutions[i].Ingredients.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                ids.Add(ingredientIds[name]);
            }

            data.EntryIngredientOffsets[i + 1] = ids.Count;
        }

        data.EntryIngredientIds = [.. ids];
    }

    /// <summary>Builds the inverted indexes (ingredient → cases for suspect roles and for any role; term → cases).</summary>
    internal static void BuildIndexes(StoreData data)
    {
        var ingredients = data.Ingredients.Length;
        var suspectCounts = new int[ingredients + 1];
        var anyCounts = new int[ingredients + 1];
        var lastSuspect = new int[ingredients];
        var lastAny = new int[ingredients];

        // Pass 1 counts each (ingredient, case) once; pass 2 fills. Cases are visited in order, so lists come out sorted.
        for (var pass = 0; pass < 2; pass++)
        {
            Array.Fill(lastSuspect, -1);
            Array.Fill(lastAny, -1);
            int[]? suspectFill = null, anyFill = null;
            if (pass == 1)
            {
                PrefixSum(suspectCounts);
                PrefixSum(anyCounts);
                data.SuspectOffsets = suspectCounts;
                data.AnyRoleOffsets = anyCounts;
                data.SuspectCases = new int[suspectCounts[ingredients]];
                data.AnyRoleCases = new int[anyCounts[ingredients]];
                suspectFill = (int[])suspectCounts.Clone();
                anyFill = (int[])anyCounts.Clone();
            }

            for (var c = 0; c < data.CaseCount; c++)
            {
                for (var k = data.DrugOffsets[c]; k < data.DrugOffsets[c + 1]; k++)
                {
                    var entry = data.DrugEntryIds[k];
                    var role = (DrugRole)data.DrugRoles[k];
                    var suspect = role is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect;
                    for (var j = data.EntryIngredientOffsets[entry]; j < data.EntryIngredientOffsets[entry + 1]; j++)
                    {
                        var ingredient = data.EntryIngredientIds[j];
                        if (lastAny[ingredient] != c)
                        {
                            lastAny[ingredient] = c;
                            if (pass == 0)
                            {
                                anyCounts[ingredient + 1]++;
                            }
                            else
                            {
                                data.AnyRoleCases[anyFill![ingredient]++] = c;
                            }
                        }

                        if (suspect && lastSuspect[ingredient] != c)
                        {
                            lastSuspect[ingredient] = c;
                            if (pass == 0)
                            {
                                suspectCounts[ingredient + 1]++;
                            }
                            else
                            {
                                data.SuspectCases[suspectFill![ingredient]++] = c;
                            }
                        }
                    }
                }
            }
        }

        (data.TermOffsets, data.TermCases) = CaseIndex(data.Terms.Length, data.CaseCount, data.EventOffsets, data.EventTermIds);
        (data.IndicationIndexOffsets, data.IndicationIndexCases) = CaseIndex(data.Terms.Length, data.CaseCount, data.IndicationOffsets, data.IndicationTermIds);
    }

    /// <summary>Inverts per-case term lists into term → sorted distinct case indices.</summary>
    private static (int[] Offsets, int[] Cases) CaseIndex(int terms, int cases, int[] rowOffsets, int[] rowTerms)
    {
        var counts = new int[terms + 1];
        var last = new int[terms];
        Array.Fill(last, -1);
        for (var c = 0; c < cases; c++)
        {
            for (var k = rowOffsets[c]; k < rowOffsets[c + 1]; k++)
            {
                var term = rowTerms[k];
                if (last[term] != c)
                {
                    last[term] = c;
                    counts[term + 1]++;
                }
            }
        }

        PrefixSum(counts);
        var fill = (int[])counts.Clone();
        var result = new int[counts[terms]];
        Array.Fill(last, -1);
        for (var c = 0; c < cases; c++)
        {
            for (var k = rowOffsets[c]; k < rowOffsets[c + 1]; k++)
            {
                var term = rowTerms[k];
                if (last[term] != c)
                {
                    last[term] = c;
                    result[fill[term]++] = c;
                }
            }
        }

        return (counts, result);
    }

    private static (List<T> Sorted, int[] Map) Canonical<T>(List<T> items, bool[] used, Comparison<T> comparison)
    {
        var indices = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            if (used[i])
            {
                indices.Add(i);
            }
        }

        indices.Sort((x, y) => comparison(items[x], items[y]));
        var map = new int[items.Count];
        Array.Fill(map, -1);
        var sorted = new List<T>(indices.Count);
        foreach (var i in indices)
        {
            map[i] = sorted.Count;
            sorted.Add(items[i]);
        }

        return (sorted, map);
    }

    private static void PrefixSum(int[] counts)
    {
        for (var i = 1; i < counts.Length; i++)
        {
            counts[i] += counts[i - 1];
        }
    }

    private static void AddDefault<T>(List<T> list, int count)
    {
        CollectionsMarshal.SetCount(list, list.Count + count);
    }

    private int EntryId(DrugEntry entry)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_entryIds, entry, out var exists);
        if (!exists)
        {
            id = _entries.Count;
            _entries.Add(entry);
        }

        return id;
    }

    private int TermId(string term)
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
            id = _termDisplay.Count;
            _termDisplay.Add(term.Trim());
        }
        else
        {
            _termDisplay[id] = TermKey.PreferDisplay(_termDisplay[id], term.Trim());
        }

        return id;
    }

    private int CountryId(string country)
    {
        var key = country.Trim().ToUpperInvariant();
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_countryIds, key, out var exists);
        if (!exists)
        {
            id = _countries.Count;
            _countries.Add(key);
        }

        return id;
    }

    private struct Candidate
    {
        public long CaseId;
        public long PrimaryId;
        public int CaseVersion;
        public int FdaDate;
        public int EventDate;
        public int Quarter;
        public int Country;
        public byte Sex;
        public byte AgeGroup;
        public byte Reporter;
        public byte Outcomes;
        public float AgeYears;
        public int DrugStart;
        public int DrugCount;
        public int EventStart;
        public int EventCount;
        public int IndicationStart;
        public int IndicationCount;
    }
}
