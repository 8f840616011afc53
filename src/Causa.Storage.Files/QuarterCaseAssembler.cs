using System.Runtime.InteropServices;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// Case assembly: turns one quarter's rows into staged case versions. Each report becomes a candidate; its DRUG,
/// REAC, OUTC and INDI rows are linked to it by <c>primaryid</c> (indications through the drug's <c>drug_seq</c>), and
/// rows whose report is missing are counted as orphans.
/// </summary>
internal static class QuarterCaseAssembler
{
    /// <summary>Stages every report of a quarter as a candidate case version.</summary>
    public static BatchLinkSummary Add(StagedCases staged, QuarterBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        foreach (var caseId in batch.DeletedCaseIds)
        {
            staged.Deleted.Add(caseId);
        }

        // Reports are referred to by their row in the batch (the first of each primary id), not copied.
        var reportIndex = new Dictionary<long, int>(batch.Reports.Count);
        var reports = new List<int>(batch.Reports.Count);
        long duplicates = 0;
        for (var i = 0; i < batch.Reports.Count; i++)
        {
            if (reportIndex.TryAdd(batch.Reports[i].PrimaryId, reports.Count))
            {
                reports.Add(i);
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

        // Therapy starts by (report, drug_seq): THER references a drug the way INDI does.
        var therapyStart = new Dictionary<(long PrimaryId, long DrugSeq), int>(batch.Therapies.Count);
        foreach (var row in batch.Therapies)
        {
            if (row.Start.HasValue)
            {
                ref var start = ref CollectionsMarshal.GetValueRefOrAddDefault(therapyStart, (row.PrimaryId, row.DrugSeq), out _);
                start = TherapyStartRule.Prefer(start, row.Start.Value);
            }
        }

        var drugBase = staged.DrugEntry.Count;
        var eventBase = staged.EventTerm.Count;
        PrefixSum(drugCounts);
        PrefixSum(reactionCounts);
        var drugFill = (int[])drugCounts.Clone();
        var reactionFill = (int[])reactionCounts.Clone();
        var totalDrugs = drugCounts[n];
        var totalReactions = reactionCounts[n];
        AddDefault(staged.DrugEntry, totalDrugs);
        AddDefault(staged.DrugRole, totalDrugs);
        AddDefault(staged.DrugTherapyStart, totalDrugs);
        AddDefault(staged.EventTerm, totalReactions);
        var drugEntrySpan = CollectionsMarshal.AsSpan(staged.DrugEntry);
        var drugRoleSpan = CollectionsMarshal.AsSpan(staged.DrugRole);
        var drugStartSpan = CollectionsMarshal.AsSpan(staged.DrugTherapyStart);
        for (var i = 0; i < batch.Drugs.Count; i++)
        {
            var r = drugOf[i];
            if (r < 0)
            {
                continue;
            }

            var row = batch.Drugs[i];
            var entry = staged.EntryId(new DrugEntry(row.DrugName, string.IsNullOrEmpty(row.ProdAi) ? null : row.ProdAi));
            var slot = drugBase + drugFill[r]++;
            drugEntrySpan[slot] = entry;
            drugRoleSpan[slot] = (byte)row.Role;
            drugStartSpan[slot] = therapyStart.GetValueOrDefault((row.PrimaryId, row.DrugSeq));
            drugSeqEntry.TryAdd((row.PrimaryId, row.DrugSeq), entry);
        }

        var eventSpan = CollectionsMarshal.AsSpan(staged.EventTerm);
        for (var i = 0; i < batch.Reactions.Count; i++)
        {
            var r = reactionOf[i];
            if (r >= 0)
            {
                eventSpan[eventBase + reactionFill[r]++] = staged.TermId(batch.Reactions[i].PreferredTerm);
            }
        }

        // Indications reference a drug by (report, drug_seq); they are kept as (entry, term) pairs, placed per report by
        // the same two passes as drugs (rows of one report keep their file order).
        var indicationOf = new int[batch.Indications.Count];
        var indicationEntryOf = new int[batch.Indications.Count];
        var indicationCounts = new int[n + 1];
        long indicationOrphans = 0;
        for (var i = 0; i < batch.Indications.Count; i++)
        {
            var row = batch.Indications[i];
            if (reportIndex.TryGetValue(row.PrimaryId, out var r) && drugSeqEntry.TryGetValue((row.PrimaryId, row.DrugSeq), out var entry))
            {
                indicationOf[i] = r;
                indicationEntryOf[i] = entry;
                indicationCounts[r + 1]++;
            }
            else
            {
                indicationOf[i] = -1;
                indicationOrphans++;
            }
        }

        var indicationBase = staged.IndicationEntry.Count;
        PrefixSum(indicationCounts);
        var indicationFill = (int[])indicationCounts.Clone();
        var indicationLinked = indicationCounts[n];
        AddDefault(staged.IndicationEntry, indicationLinked);
        AddDefault(staged.IndicationTerm, indicationLinked);
        var indicationEntrySpan = CollectionsMarshal.AsSpan(staged.IndicationEntry);
        var indicationTermSpan = CollectionsMarshal.AsSpan(staged.IndicationTerm);
        for (var i = 0; i < batch.Indications.Count; i++)
        {
            var r = indicationOf[i];
            if (r >= 0)
            {
                var slot = indicationBase + indicationFill[r]++;
                indicationEntrySpan[slot] = indicationEntryOf[i];
                indicationTermSpan[slot] = staged.TermId(batch.Indications[i].PreferredTerm);
            }
        }

        var quarterOrdinal = batch.Quarter.Ordinal;
        var hasTherapyTable = false;
        foreach (var account in batch.Reconciliation)
        {
            hasTherapyTable |= account.Table == FaersTable.Ther && account.File is not null;
        }

        var layoutFields = hasTherapyTable ? ReportFields.TherapyDates : ReportFields.None;
        staged.Candidates.Capacity = staged.Candidates.Count + n;
        for (var r = 0; r < n; r++)
        {
            var report = batch.Reports[reports[r]];
            var candidate = new StagedCase
            {
                CaseId = report.CaseId,
                PrimaryId = report.PrimaryId,
                CaseVersion = report.CaseVersion,
                FdaDate = report.FdaDate.Value,
                EventDate = report.EventDate.Value,
                InitialFdaDate = report.InitialFdaDate.Value,
                OccurrenceCountry = staged.CountryId(report.OccurrenceCountry ?? string.Empty),
                Fields = (byte)(report.Fields | layoutFields),
                Quarter = quarterOrdinal,
                Country = staged.CountryId(report.OccurrenceCountry ?? report.ReporterCountry ?? string.Empty),
                Sex = (byte)report.Sex,
                AgeGroup = (byte)AgeGroups.FromYears(report.AgeYears),
                AgeYears = report.AgeYears,
                Reporter = (byte)report.Reporter,
                Outcomes = outcomes[r],
                DrugStart = drugBase + drugCounts[r],
                DrugCount = drugCounts[r + 1] - drugCounts[r],
                EventStart = eventBase + reactionCounts[r],
                EventCount = reactionCounts[r + 1] - reactionCounts[r],
                IndicationStart = indicationBase + indicationCounts[r],
                IndicationCount = indicationCounts[r + 1] - indicationCounts[r],
            };
            staged.Candidates.Add(candidate);
        }

        long rejected = 0;
        foreach (var account in batch.Reconciliation)
        {
            rejected += account.RowsRejected;
        }

        staged.Quarters[batch.Quarter] = new QuarterRecord(
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

    internal static void PrefixSum(int[] counts)
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
}
