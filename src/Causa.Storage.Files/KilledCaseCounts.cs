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
    public static int[] Of(IReadOnlyList<StoreSegment> files, IReadOnlyList<long> killed)
    {
        var counts = new Dictionary<(int File, int Kind, int Id), int>();
        var any = new HashSet<int>();
        var suspect = new HashSet<int>();
        foreach (var key in killed)
        {
            var s = (int)(key >> 32);
            var local = (int)(key & 0xFFFF_FFFF);
            var file = files[s];
            any.Clear();
            suspect.Clear();
            var entries = file.DrugEntriesOfCase(local);
            var roles = file.DrugRolesOfCase(local);
            for (var k = 0; k < entries.Length; k++)
            {
                var rowKey = (s, EntryRows, entries[k]);
                counts[rowKey] = counts.GetValueOrDefault(rowKey) + 1;
                var isSuspect = (DrugRole)roles[k] is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect;
                foreach (var ingredient in file.IngredientsOfEntry(entries[k]))
                {
                    any.Add(ingredient);
                    if (isSuspect)
                    {
                        suspect.Add(ingredient);
                    }
                }
            }

            Add(counts, s, AnyRole, any);
            Add(counts, s, Suspect, suspect);
            foreach (var term in file.EventsOfCase(local))
            {
                // A case's terms are distinct.
                var k = (s, Event, term);
                counts[k] = counts.GetValueOrDefault(k) + 1;
            }
        }

        var keys = counts.Keys.ToArray();
        Array.Sort(keys);
        var records = new int[keys.Length * 4];
        for (var i = 0; i < keys.Length; i++)
        {
            (records[i * 4], records[(i * 4) + 1], records[(i * 4) + 2]) = keys[i];
            records[(i * 4) + 3] = counts[keys[i]];
        }

        return records;
    }

    private static void Add(Dictionary<(int File, int Kind, int Id), int> counts, int file, int kind, HashSet<int> ids)
    {
        foreach (var id in ids)
        {
            var k = (file, kind, id);
            counts[k] = counts.GetValueOrDefault(k) + 1;
        }
    }
}
