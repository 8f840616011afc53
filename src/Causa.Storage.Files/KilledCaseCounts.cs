using Causa.Core.Model;

namespace Causa.Storage.Files;

/// <summary>
/// What the cases a segment superseded or deleted counted in the earlier files that hold them: per file, per ingredient
/// (any role; suspect roles) and per event term, how many of those cases list it. Written with the segment (section
/// <see cref="SectionId.KilledCounts"/>) so that a reader subtracts them from the files' index counts without reading
/// the dead cases.
/// </summary>
/// <remarks>The section holds records of four integers, ascending: the file's position, the kind
/// (<see cref="AnyRole"/>, <see cref="Suspect"/>, <see cref="Event"/>), the id in that file's dictionary, and the count.
/// Cost of writing: the killed cases' drug and event rows, as many as the new quarter supersedes.</remarks>
internal static class KilledCaseCounts
{
    /// <summary>Kind of a record: cases listing the ingredient in any role.</summary>
    public const int AnyRole = 0;

    /// <summary>Kind of a record: cases listing the ingredient in a suspect role (primary or secondary).</summary>
    public const int Suspect = 1;

    /// <summary>Kind of a record: cases reporting the event term.</summary>
    public const int Event = 2;

    /// <summary>Kind of a record: DRUG rows of the cases that report the drug entry (for the learned name pairs).</summary>
    public const int EntryRows = 3;

    /// <summary>The records for the cases <paramref name="killed"/> lists (<see cref="SegmentLiveness.Key"/>, each once).</summary>
    /// <remarks>Counted in arrays per file and kind, sized by the file's dictionaries; a case's ingredients are counted
    /// once each through the index of the last case that counted them.</remarks>
    public static int[] Of(IReadOnlyList<StoreSegment> files, IReadOnlyList<long> killed)
    {
        var columns = new int[files.Count][][];
        var lastAny = new int[files.Count][];
        var lastSuspect = new int[files.Count][];
        var n = 0;
        foreach (var key in killed)
        {
            var s = (int)(key >> 32);
            var local = (int)(key & 0xFFFF_FFFF);
            var file = files[s];
            if (columns[s] is null)
            {
                columns[s] = [new int[file.Ingredients.Count], new int[file.Ingredients.Count], new int[file.Terms.Count], new int[file.DrugEntryCount]];
                lastAny[s] = new int[file.Ingredients.Count];
                lastSuspect[s] = new int[file.Ingredients.Count];
            }

            // Stamps start at 1 so a fresh array's zeros never match.
            var stamp = ++n;
            var (anyRole, suspect, events, entryRows) = (columns[s][AnyRole], columns[s][Suspect], columns[s][Event], columns[s][EntryRows]);
            var entries = file.DrugEntriesOfCase(local);
            var roles = file.DrugRolesOfCase(local);
            for (var k = 0; k < entries.Length; k++)
            {
                entryRows[entries[k]]++;
                var isSuspect = (DrugRole)roles[k] is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect;
                foreach (var ingredient in file.IngredientsOfEntry(entries[k]))
                {
                    if (lastAny[s][ingredient] != stamp)
                    {
                        lastAny[s][ingredient] = stamp;
                        anyRole[ingredient]++;
                    }

                    if (isSuspect && lastSuspect[s][ingredient] != stamp)
                    {
                        lastSuspect[s][ingredient] = stamp;
                        suspect[ingredient]++;
                    }
                }
            }

            // A case's terms are distinct.
            foreach (var term in file.EventsOfCase(local))
            {
                events[term]++;
            }
        }

        var records = new List<int>();
        for (var s = 0; s < files.Count; s++)
        {
            for (var kind = 0; columns[s] is not null && kind < columns[s].Length; kind++)
            {
                var column = columns[s][kind];
                for (var id = 0; id < column.Length; id++)
                {
                    if (column[id] != 0)
                    {
                        records.AddRange([s, kind, id, column[id]]);
                    }
                }
            }
        }

        return [.. records];
    }
}
