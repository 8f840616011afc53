
namespace Causa.Storage.Files;

/// <summary>
/// Canonical content: the kept case versions written out as <see cref="StoreData"/> with dictionaries holding only what
/// kept cases reference, each sorted by its key, and per-case lists sorted and de-duplicated, so the same set of cases
/// always gives byte-identical arrays.
/// </summary>
internal static class CanonicalContent
{
    /// <summary>Builds the store content of the kept versions (<paramref name="kept"/>, in case-id order) with the dictionaries of <paramref name="staged"/>.</summary>
    /// <remarks>Names are not resolved and indexes not built yet: see <see cref="EntryNameResolution"/> and <see cref="StoreIndexBuilder"/>.</remarks>
    public static StoreData Build(StagedCases staged, KeptCases kept)
    {
        var data = new StoreData
        {
            DeletedCaseIds = [.. staged.Deleted.Order()],
            Quarters = [.. staged.Quarters.Values],
        };

        // Canonical dictionaries: only what kept cases reference, in key order.
        var entryUsed = kept.EntryUsed;
        var termUsed = kept.TermUsed;
        var countryUsed = kept.CountryUsed;
        var (entries, entryMap) = Canonical(staged.Entries, entryUsed, static (a, b) => a.CompareTo(b));
        var termKeys = new List<string>(staged.TermDisplay.Count);
        foreach (var display in staged.TermDisplay)
        {
            termKeys.Add(TermKey.Of(display));
        }

        var (_, termMap) = Canonical(termKeys, termUsed, string.CompareOrdinal);
        var terms = new string[termMap.Count(static m => m >= 0)];
        for (var i = 0; i < termMap.Length; i++)
        {
            if (termMap[i] >= 0)
            {
                terms[termMap[i]] = staged.TermDisplay[i];
            }
        }

        // Spellings no kept case references are kept aside (see StoreData.RetainedSpellings), in key order.
        var retained = new List<int>();
        for (var i = 0; i < termUsed.Length; i++)
        {
            if (!termUsed[i])
            {
                retained.Add(i);
            }
        }

        retained.Sort((x, y) => string.CompareOrdinal(termKeys[x], termKeys[y]));
        data.RetainedSpellings = [.. retained.Select(i => staged.TermDisplay[i])];

        var (countries, countryMap) = Canonical(staged.Countries, countryUsed, string.CompareOrdinal);
        data.Entries = [.. entries];
        data.Terms = terms;
        data.Countries = [.. countries];

        EmitCases(kept, data, entryMap, termMap, countryMap);
        return data;
    }

    private static void EmitCases(KeptCases kept, StoreData data, int[] entryMap, int[] termMap, int[] countryMap)
    {
        var n = kept.Count;
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
        data.InitialFdaDates = new int[n];
        data.OccurrenceCountryIds = new int[n];
        data.ReportFields = new byte[n];
        data.DrugOffsets = new int[n + 1];
        data.EventOffsets = new int[n + 1];
        data.IndicationOffsets = new int[n + 1];

        // Sized for the rows before per-case de-duplication and trimmed at the end: no list growth over the whole store.
        var drugEntries = new RowBuffer<int>(kept.DrugRows);
        var drugRoles = new RowBuffer<byte>(kept.DrugRows);
        var therapyRows = new List<int>();
        var therapyStarts = new List<int>();
        var events = new RowBuffer<int>(kept.EventRows);
        var indicationEntries = new RowBuffer<int>(kept.IndicationRows);
        var indicationTerms = new RowBuffer<int>(kept.IndicationRows);
        var drugScratch = new List<(int Entry, byte Role, int Start)>();
        var eventScratch = new List<int>();
        var indicationScratch = new List<(int Entry, int Term)>();

        using var reader = kept.OpenReader();
        for (var i = 0; i < n; i++)
        {
            if (!reader.MoveNext())
            {
                throw new InvalidOperationException("The kept-case run ended early.");
            }

            var c = reader.Current;
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
            data.InitialFdaDates[i] = c.InitialFdaDate;
            data.OccurrenceCountryIds[i] = countryMap[c.OccurrenceCountry];
            data.ReportFields[i] = c.Fields;

            // Per-case lists are sorted and de-duplicated so the content is canonical.
            drugScratch.Clear();
            for (var k = 0; k < c.DrugCount; k++)
            {
                drugScratch.Add((entryMap[c.DrugEntries[k]], c.DrugRoles[k], c.DrugStarts[k]));
            }

            // One row per (entry, role); duplicates merge their therapy starts by the symmetric TherapyStartRule.
            drugScratch.Sort();
            for (var k = 0; k < drugScratch.Count; k++)
            {
                var (entry, role, start) = drugScratch[k];
                if (k > 0 && entry == drugScratch[k - 1].Entry && role == drugScratch[k - 1].Role)
                {
                    if (start != 0)
                    {
                        var row = drugEntries.Count - 1;
                        if (therapyRows.Count > 0 && therapyRows[^1] == row)
                        {
                            therapyStarts[^1] = TherapyStartRule.Prefer(therapyStarts[^1], start);
                        }
                        else
                        {
                            therapyRows.Add(row);
                            therapyStarts.Add(start);
                        }
                    }

                    continue;
                }

                if (start != 0)
                {
                    therapyRows.Add(drugEntries.Count);
                    therapyStarts.Add(start);
                }

                drugEntries.Add(entry);
                drugRoles.Add(role);
            }

            eventScratch.Clear();
            for (var k = 0; k < c.EventCount; k++)
            {
                eventScratch.Add(termMap[c.EventTerms[k]]);
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
                indicationScratch.Add((entryMap[c.IndicationEntries[k]], termMap[c.IndicationTerms[k]]));
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

        data.DrugEntryIds = drugEntries.ToTrimmedArray();
        data.DrugRoles = drugRoles.ToTrimmedArray();
        data.TherapyDrugRows = [.. therapyRows];
        data.TherapyStarts = [.. therapyStarts];
        data.EventTermIds = events.ToTrimmedArray();
        data.IndicationEntryIds = indicationEntries.ToTrimmedArray();
        data.IndicationTermIds = indicationTerms.ToTrimmedArray();
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
}
