using Causa.Core.Files;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>Writes <see cref="StoreData"/> as a store file, atomically (see <see cref="SectionFileWriter"/>).</summary>
internal static class StoreFileWriter
{
    /// <summary>Writes the store file at <paramref name="path"/>, replacing any previous one atomically.</summary>
    /// <param name="path">The store file.</param>
    /// <param name="data">The content.</param>
    /// <param name="cancellationToken">Checked before each group of sections: a cancellation throws
    /// <see cref="OperationCanceledException"/>, the temporary file is deleted and the previous file stays.</param>
    public static void WriteAtomically(string path, StoreData data, CancellationToken cancellationToken = default) =>
        WriteAtomically(path, data, blockChecksums: true, cancellationToken);

    /// <summary>As <see cref="WriteAtomically(string, StoreData, CancellationToken)"/>; <paramref name="blockChecksums"/>
    /// false writes the file an earlier Causa wrote (minor version 0, verified a whole section at a time), for tests of
    /// reading such a store; <paramref name="learnedKeyRules"/> records the entries' learned keys as made under other
    /// cleaning rules, for tests of a file an earlier Causa kept them in.</summary>
    internal static void WriteAtomically(string path, StoreData data, bool blockChecksums, CancellationToken cancellationToken = default, int learnedKeyRules = LearnedPairKeys.RulesVersion) =>
        SectionFileWriter.WriteAtomically(path, StoreFileFormat.Signature, StoreFileFormat.MajorVersion, writer => WriteAll(writer, data, learnedKeyRules, cancellationToken), blockChecksums);

    private static void WriteAll(SectionFileWriter w, StoreData d, int learnedKeyRules, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        w.Array((uint)SectionId.CaseIds, d.CaseIds);
        w.Array((uint)SectionId.PrimaryIds, d.PrimaryIds);
        w.Array((uint)SectionId.CaseVersions, d.CaseVersions);
        w.Array((uint)SectionId.FdaDates, d.FdaDates);
        w.Array((uint)SectionId.EventDates, d.EventDates);
        w.Array((uint)SectionId.QuarterOrdinals, d.QuarterOrdinals);
        w.Array((uint)SectionId.CountryIds, d.CountryIds);
        w.Array((uint)SectionId.Sexes, d.Sexes);
        w.Array((uint)SectionId.AgeGroups, d.AgeGroups);
        w.Array((uint)SectionId.AgeYears, d.AgeYears);
        w.Array((uint)SectionId.Reporters, d.Reporters);
        w.Array((uint)SectionId.Outcomes, d.Outcomes);
        w.Array((uint)SectionId.InitialFdaDates, d.InitialFdaDates);
        w.Array((uint)SectionId.OccurrenceCountryIds, d.OccurrenceCountryIds);
        w.Array((uint)SectionId.ReportFields, d.ReportFields);
        w.Array((uint)SectionId.DrugOffsets, d.DrugOffsets);
        w.Array((uint)SectionId.DrugEntryIds, d.DrugEntryIds);
        w.Array((uint)SectionId.DrugRoles, d.DrugRoles);
        w.Array((uint)SectionId.TherapyDrugRows, d.TherapyDrugRows);
        w.Array((uint)SectionId.TherapyStarts, d.TherapyStarts);
        w.Array((uint)SectionId.EventOffsets, d.EventOffsets);
        w.Array((uint)SectionId.EventTermIds, d.EventTermIds);
        w.Array((uint)SectionId.IndicationOffsets, d.IndicationOffsets);
        w.Array((uint)SectionId.IndicationEntryIds, d.IndicationEntryIds);
        w.Array((uint)SectionId.IndicationTermIds, d.IndicationTermIds);

        cancellationToken.ThrowIfCancellationRequested();
        var names = new string[d.Entries.Length];
        var prodAis = new string[d.Entries.Length];
        var present = new byte[d.Entries.Length];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = d.Entries[i].DrugName;
            prodAis[i] = d.Entries[i].ProdAi ?? string.Empty;
            present[i] = d.Entries[i].ProdAi is null ? (byte)0 : (byte)1;
        }

        w.Strings((uint)SectionId.EntryNameOffsets, (uint)SectionId.EntryNameBytes, names);
        w.Strings((uint)SectionId.EntryProdAiOffsets, (uint)SectionId.EntryProdAiBytes, prodAis);
        w.Array((uint)SectionId.EntryProdAiPresent, present);
        w.Strings((uint)SectionId.TermOffsets, (uint)SectionId.TermBytes, d.Terms);
        w.Strings((uint)SectionId.RetainedSpellingOffsets, (uint)SectionId.RetainedSpellingBytes, d.RetainedSpellings);
        w.Strings((uint)SectionId.CountryOffsets, (uint)SectionId.CountryBytes, d.Countries);
        w.Strings((uint)SectionId.IngredientOffsets, (uint)SectionId.IngredientBytes, d.Ingredients);
        w.Array((uint)SectionId.EntryIngredientOffsets, d.EntryIngredientOffsets);
        w.Array((uint)SectionId.EntryIngredientIds, d.EntryIngredientIds);
        w.Array((uint)SectionId.EntryResolutionKinds, d.EntryResolutionKinds);
        var entryRows = new int[d.Entries.Length];
        foreach (var entry in d.DrugEntryIds)
        {
            entryRows[entry]++;
        }

        w.Array((uint)SectionId.EntryDrugRows, entryRows);
        if (d.EntryLearnedKeys.Length == d.Entries.Length)
        {
            w.Strings((uint)SectionId.EntryLearnedKeyOffsets, (uint)SectionId.EntryLearnedKeyBytes, d.EntryLearnedKeys);
            w.Array((uint)SectionId.EntryLearnedKeyRules, new[] { learnedKeyRules });
        }
        w.Array((uint)SectionId.DeletedCaseIds, d.DeletedCaseIds);
        if (d.KilledCases.Length > 0)
        {
            // Only a segment has one: a base file stays byte-identical to what a single-file store always was.
            w.Array((uint)SectionId.KilledCases, d.KilledCases);
            w.Array((uint)SectionId.KilledCounts, d.KilledCounts);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var quarterTable = new long[d.Quarters.Length * 6];
        var sources = new string[d.Quarters.Length];
        for (var i = 0; i < d.Quarters.Length; i++)
        {
            var q = d.Quarters[i];
            quarterTable[(i * 6) + 0] = q.Quarter.Ordinal;
            quarterTable[(i * 6) + 1] = q.Reports;
            quarterTable[(i * 6) + 2] = q.DrugRows;
            quarterTable[(i * 6) + 3] = q.ReactionRows;
            quarterTable[(i * 6) + 4] = q.RowsRejected;
            quarterTable[(i * 6) + 5] = q.DeletedCaseIds;
            sources[i] = q.Source;
        }

        w.Array((uint)SectionId.QuarterTable, quarterTable);
        w.Strings((uint)SectionId.QuarterSourceOffsets, (uint)SectionId.QuarterSourceBytes, sources);
        cancellationToken.ThrowIfCancellationRequested();
        w.Array((uint)SectionId.SuspectIndexOffsets, d.SuspectOffsets);
        w.Array((uint)SectionId.SuspectIndexCases, d.SuspectCases);
        w.Array((uint)SectionId.AnyRoleIndexOffsets, d.AnyRoleOffsets);
        w.Array((uint)SectionId.AnyRoleIndexCases, d.AnyRoleCases);
        w.Array((uint)SectionId.TermIndexOffsets, d.TermOffsets);
        w.Array((uint)SectionId.TermIndexCases, d.TermCases);
        w.Array((uint)SectionId.IndicationIndexOffsets, d.IndicationIndexOffsets);
        w.Array((uint)SectionId.IndicationIndexCases, d.IndicationIndexCases);
        cancellationToken.ThrowIfCancellationRequested();
    }
}
