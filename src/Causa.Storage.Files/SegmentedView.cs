using System.Buffers;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Query;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// The read side of a store of several files (a base file and its segments) as one store: the union of their
/// dictionaries, their kept cases numbered densely file by file, and every count less the cases a later file superseded
/// or deleted (<see cref="SegmentLiveness"/>). Built once when the store is opened.
/// </summary>
/// <remarks>
/// <para>Cost of opening: each file's dictionaries (already read by the file) merged, and every file's list of the
/// cases it superseded read once. Cost of a read: each file's answer with ids mapped; a list is a copy.</para>
/// <para>Thread-safe once built. Pre-compaction answers differ from the compacted store's only where the files were
/// written apart: each segment resolved its drug names with the name pairs known when it was written, and a case's
/// display of a term is its own file's.</para>
/// </remarks>
internal sealed class SegmentedView
{
    private readonly StoreSegment[] _segments;
    private readonly SegmentLiveness?[] _liveness;
    private readonly int[] _liveBase;
    private readonly string[] _ingredients;
    private readonly string[] _terms;
    private readonly int[][] _ingredientToGlobal;
    private readonly int[][] _ingredientToLocal;
    private readonly int[][] _termToGlobal;
    private readonly int[][] _termToLocal;
    private readonly Dictionary<string, int> _ingredientIds;
    private readonly Dictionary<string, int> _termIds;
    private readonly DeadCounts?[] _deadCounts;
    private readonly Lazy<int> _deletedCaseIdCount;
    private readonly Lazy<int> _drugEntryCount;

    public SegmentedView(StoreSegment[] segments)
    {
        _segments = segments;
        _liveness = BuildLiveness(segments);
        _liveBase = new int[segments.Length + 1];
        for (var s = 0; s < segments.Length; s++)
        {
            _liveBase[s + 1] = _liveBase[s] + (_liveness[s]?.LiveCount ?? segments[s].CaseCount);
        }

        (_ingredients, _ingredientToGlobal, _ingredientToLocal) = Union(segments, static s => s.Ingredients, static name => name, static (current, _) => current);
        (_terms, _termToGlobal, _termToLocal) = Union(segments, static s => s.Terms, TermKey.Of, TermKey.PreferDisplay);
        _ingredientIds = StoreSegment.IdsOf(_ingredients);
        _termIds = StoreSegment.IdsOf(_terms);

        _deadCounts = DeadCounts.Of(segments, _liveness);

        Quarters = MergeQuarters(segments);
        _deletedCaseIdCount = new Lazy<int>(CountDeleted);
        _drugEntryCount = new Lazy<int>(CountEntries);
    }

    public int CaseCount => _liveBase[^1];

    public IReadOnlyList<QuarterRecord> Quarters { get; }

    public IReadOnlyList<string> Ingredients => _ingredients;

    public IReadOnlyList<string> Terms => _terms;

    public int DeletedCaseIdCount => _deletedCaseIdCount.Value;

    public int DrugEntryCount => _drugEntryCount.Value;

    public int? FindIngredient(string name) => _ingredientIds.TryGetValue(name.Trim(), out var id) ? id : null;

    public int? FindTerm(string text) => _termIds.TryGetValue(text.Trim(), out var id) ? id : null;

    public ReadOnlySpan<int> CasesWithIngredient(int ingredientId, RoleFilter roles) =>
        Postings(_ingredientToLocal, ingredientId, (file, local) => file.DrugCaseCount(local, roles), (file, local) => file.CasesWithIngredient(local, roles));

    public ReadOnlySpan<int> CasesWithTerm(int termId) =>
        Postings(_termToLocal, termId, static (file, local) => file.EventCaseCount(local), static (file, local) => file.CasesWithTerm(local));

    public ReadOnlySpan<int> EventsOfCase(int caseIndex)
    {
        var (s, local) = Locate(caseIndex);
        var terms = _segments[s].EventsOfCase(local);
        var map = _termToGlobal[s];
        var result = new int[terms.Length];
        for (var k = 0; k < terms.Length; k++)
        {
            // Both dictionaries are sorted by the same key, so the mapping keeps the list ascending.
            result[k] = map[terms[k]];
        }

        return result;
    }

    public Sex SexOf(int caseIndex)
    {
        var (s, local) = Locate(caseIndex);
        return _segments[s].SexOf(local);
    }

    public AgeGroup AgeGroupOf(int caseIndex)
    {
        var (s, local) = Locate(caseIndex);
        return _segments[s].AgeGroupOf(local);
    }

    public int ReportYearOf(int caseIndex)
    {
        var (s, local) = Locate(caseIndex);
        return _segments[s].ReportYearOf(local);
    }

    public int IndicationCaseCount(int ingredientId, int termId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(ingredientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ingredientId, _ingredients.Length);
        var count = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            int ingredient = _ingredientToLocal[s][ingredientId], term = _termToLocal[s][termId];
            if (ingredient >= 0 && term >= 0)
            {
                count += _segments[s].IndicationCaseCount(ingredient, term, _liveness[s]);
            }
        }

        return count;
    }

    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts, CaseFactColumns columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.Length, caseIndexes.Length);
        var local = ArrayPool<int>.Shared.Rent(caseIndexes.Length);
        try
        {
            for (var i = 0; i < caseIndexes.Length;)
            {
                var end = LocalRun(caseIndexes, i, local, out var s);
                _segments[s].GetFacts(local.AsSpan(0, end - i), facts[i..end], columns);
                i = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(local);
        }
    }

    public void GetTherapyStarts(ReadOnlySpan<int> caseIndexes, ReadOnlySpan<int> ingredientIds, RoleFilter roles, Span<PartialDate> starts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(starts.Length, caseIndexes.Length);
        var local = ArrayPool<int>.Shared.Rent(caseIndexes.Length);
        var ingredients = new List<int>(ingredientIds.Length);
        try
        {
            for (var i = 0; i < caseIndexes.Length;)
            {
                var end = LocalRun(caseIndexes, i, local, out var s);
                ingredients.Clear();
                foreach (var id in ingredientIds)
                {
                    var mapped = _ingredientToLocal[s][id];
                    if (mapped >= 0)
                    {
                        ingredients.Add(mapped);
                    }
                }

                ingredients.Sort();
                _segments[s].GetTherapyStarts(local.AsSpan(0, end - i), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ingredients), roles, starts[i..end]);
                i = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(local);
        }
    }

    public void CountIngredients(ReadOnlySpan<int> caseIndexes, Span<int> counts) =>
        CountMapped(caseIndexes, counts, _ingredients.Length, _ingredientToGlobal, static file => file.Ingredients.Count, static (file, local, localCounts) => file.CountIngredients(local, localCounts));

    public void CountEvents(ReadOnlySpan<int> caseIndexes, Span<int> counts) =>
        CountMapped(caseIndexes, counts, _terms.Length, _termToGlobal, static file => file.Terms.Count, static (file, local, localCounts) => file.CountEvents(local, localCounts));

    public CaseRecord? FindCase(long caseId) => FindKeptVersion(caseId) is { } kept ? _segments[kept.Segment].GetCase(kept.Local) : null;

    public (int Segment, int Local)? FindKeptVersion(long caseId)
    {
        // The newest file first: a case superseded in an older file has its kept version in a newer one; a case found
        // dead in the newest file that has it was deleted.
        for (var s = _segments.Length - 1; s >= 0; s--)
        {
            if (_segments[s].FindCaseIndex(caseId) is { } local)
            {
                return _liveness[s]?.IsDead(local) == true ? null : (s, local);
            }
        }

        return null;
    }

    public CaseRecord GetCase(int caseIndex)
    {
        var (s, local) = Locate(caseIndex);
        return _segments[s].GetCase(local);
    }

    public IReadOnlyList<LearnedNamePair> LearnedNamePairs() => StoreLearnedPairs.Count(_segments, []);

    /// <summary>Each file's dead cases (null for a file with none).</summary>
    public IReadOnlyList<SegmentLiveness?> Liveness => _liveness;

    public int DrugCaseCount(int ingredientId, RoleFilter roles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ingredientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ingredientId, _ingredients.Length);
        var count = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            var local = _ingredientToLocal[s][ingredientId];
            if (local >= 0)
            {
                count += _segments[s].DrugCaseCount(local, roles) - (_deadCounts[s]?.Drug(local, roles) ?? 0);
            }
        }

        return count;
    }

    public int EventCaseCount(int termId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        var count = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            var local = _termToLocal[s][termId];
            if (local >= 0)
            {
                count += _segments[s].EventCaseCount(local) - (_deadCounts[s]?.Event(local) ?? 0);
            }
        }

        return count;
    }

    public int PairCaseCount(int ingredientId, int termId, RoleFilter roles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ingredientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ingredientId, _ingredients.Length);
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        var count = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            int ingredient = _ingredientToLocal[s][ingredientId], term = _termToLocal[s][termId];
            if (ingredient < 0 || term < 0)
            {
                continue;
            }

            var drugCases = _segments[s].CasesWithIngredient(ingredient, roles);
            var termCases = _segments[s].CasesWithTerm(term);
            count += _liveness[s] is { } liveness ? CountLiveCommon(drugCases, termCases, liveness) : SortedIntersection.Count(drugCases, termCases);
        }

        return count;
    }

    public EventCounts EventCountsForDrugs(IReadOnlyCollection<int> ingredientIds, RoleFilter roles)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var counts = new int[_terms.Length];
        var setCases = 0;
        var cases = new List<int>();
        for (var s = 0; s < _segments.Length; s++)
        {
            var segment = _segments[s];
            var liveness = _liveness[s];
            var inSet = new bool[segment.CaseCount];
            foreach (var id in ingredientIds)
            {
                var local = _ingredientToLocal[s][id];
                if (local < 0)
                {
                    continue;
                }

                foreach (var c in segment.CasesWithIngredient(local, roles))
                {
                    inSet[c] = liveness?.IsDead(c) != true;
                }
            }

            cases.Clear();
            for (var c = 0; c < inSet.Length; c++)
            {
                if (inSet[c])
                {
                    cases.Add(c);
                }
            }

            var localCounts = new int[segment.Terms.Count];
            segment.CountEvents(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cases), localCounts);
            AddMapped(localCounts, _termToGlobal[s], counts);
            setCases += cases.Count;
        }

        return new EventCounts(setCases, counts);
    }

    public int[] DrugCountsForEvent(int termId, RoleFilter roles)
    {
        var counts = new int[_ingredients.Length];
        var cases = new List<int>();
        for (var s = 0; s < _segments.Length; s++)
        {
            var local = _termToLocal[s][termId];
            if (local < 0)
            {
                continue;
            }

            cases.Clear();
            var liveness = _liveness[s];
            foreach (var c in _segments[s].CasesWithTerm(local))
            {
                if (liveness?.IsDead(c) != true)
                {
                    cases.Add(c);
                }
            }

            var localCounts = new int[_segments[s].Ingredients.Count];
            _segments[s].DrugCountsForCases(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(cases), roles, localCounts);
            AddMapped(localCounts, _ingredientToGlobal[s], counts);
        }

        return counts;
    }

    /// <summary>Each file's dead cases, from the lists of the files written after it.</summary>
    private static SegmentLiveness?[] BuildLiveness(StoreSegment[] segments)
    {
        var dead = new List<int>[segments.Length];
        for (var s = 1; s < segments.Length; s++)
        {
            foreach (var key in segments[s].KilledCases)
            {
                var target = (int)(key >> 32);
                var local = (int)(key & 0xFFFF_FFFF);
                if (target >= s || (uint)local >= (uint)segments[target].CaseCount)
                {
                    throw new InvalidStoreException(StoreErrorKind.Corrupt, $"{Path.GetFileName(segments[s].FilePath)} lists a superseded case outside the files before it");
                }

                (dead[target] ??= []).Add(local);
            }
        }

        var result = new SegmentLiveness?[segments.Length];
        for (var s = 0; s < segments.Length; s++)
        {
            if (dead[s] is { } list)
            {
                list.Sort();
                var distinct = new List<int>(list.Count);
                foreach (var c in list)
                {
                    if (distinct.Count == 0 || distinct[^1] != c)
                    {
                        distinct.Add(c);
                    }
                }

                result[s] = new SegmentLiveness(segments[s].CaseCount, [.. distinct]);
            }
        }

        return result;
    }

    /// <summary>The sorted union of the files' dictionaries (by <paramref name="keyOf"/>, ordinal), the display chosen by
    /// <paramref name="prefer"/> among the files' forms of a key, and the id maps both ways.</summary>
    private static (string[] Names, int[][] ToGlobal, int[][] ToLocal) Union(
        StoreSegment[] segments, Func<StoreSegment, IReadOnlyList<string>> namesOf, Func<string, string> keyOf, Func<string, string, string> prefer)
    {
        var display = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var segment in segments)
        {
            foreach (var name in namesOf(segment))
            {
                var key = keyOf(name);
                display[key] = display.TryGetValue(key, out var current) ? prefer(current, name) : name;
            }
        }

        var names = new string[display.Count];
        var ids = new Dictionary<string, int>(display.Count, StringComparer.Ordinal);
        var next = 0;
        foreach (var (key, name) in display)
        {
            ids[key] = next;
            names[next++] = name;
        }

        var toGlobal = new int[segments.Length][];
        var toLocal = new int[segments.Length][];
        for (var s = 0; s < segments.Length; s++)
        {
            var local = namesOf(segments[s]);
            toGlobal[s] = new int[local.Count];
            toLocal[s] = new int[names.Length];
            Array.Fill(toLocal[s], -1);
            for (var i = 0; i < local.Count; i++)
            {
                var global = ids[keyOf(local[i])];
                toGlobal[s][i] = global;
                toLocal[s][global] = i;
            }
        }

        return (names, toGlobal, toLocal);
    }

    /// <summary>Quarters of every file; a quarter ingested again in a later file takes that file's record.</summary>
    private static QuarterRecord[] MergeQuarters(StoreSegment[] segments)
    {
        var quarters = new SortedDictionary<Quarter, QuarterRecord>();
        foreach (var segment in segments)
        {
            foreach (var record in segment.Quarters)
            {
                quarters[record.Quarter] = record;
            }
        }

        return [.. quarters.Values];
    }

    private static void AddMapped(int[] localCounts, int[] toGlobal, Span<int> counts)
    {
        for (var i = 0; i < localCounts.Length; i++)
        {
            counts[toGlobal[i]] += localCounts[i];
        }
    }

    private static int CountLiveCommon(ReadOnlySpan<int> a, ReadOnlySpan<int> b, SegmentLiveness liveness)
    {
        if (a.Length > b.Length)
        {
            var t = a;
            a = b;
            b = t;
        }

        var count = 0;
        var lo = 0;
        foreach (var x in a)
        {
            var found = b[lo..].BinarySearch(x);
            if (found >= 0)
            {
                lo += found + 1;
                if (!liveness.IsDead(x))
                {
                    count++;
                }
            }
            else
            {
                lo += ~found;
            }
        }

        return count;
    }

    private int CountDeleted()
    {
        var ids = new HashSet<long>();
        foreach (var segment in _segments)
        {
            foreach (var id in segment.DeletedCaseIds)
            {
                ids.Add(id);
            }
        }

        return ids.Count;
    }

    private int CountEntries()
    {
        var entries = new HashSet<DrugEntry>();
        foreach (var segment in _segments)
        {
            for (var e = 0; e < segment.DrugEntryCount; e++)
            {
                entries.Add(segment.GetEntry(e));
            }
        }

        return entries.Count;
    }

    /// <summary>One list of an inverted index (by ingredient or by term) over every file: each file's list of the id
    /// (<paramref name="toLocal"/>), its dead cases left out, as store indices; ascending, as the files come in order.</summary>
    /// <param name="toLocal">The global id → each file's id (−1 where the file lacks it).</param>
    /// <param name="id">The global id.</param>
    /// <param name="length">A file's list length (from its index offsets): sizes the result.</param>
    /// <param name="list">A file's list.</param>
    private ReadOnlySpan<int> Postings(int[][] toLocal, int id, Func<StoreSegment, int, int> length, Func<StoreSegment, int, ReadOnlySpan<int>> list)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, toLocal[0].Length);
        var total = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            var local = toLocal[s][id];
            total += local < 0 ? 0 : length(_segments[s], local);
        }

        var result = new int[total];
        var n = 0;
        for (var s = 0; s < _segments.Length; s++)
        {
            var local = toLocal[s][id];
            if (local >= 0)
            {
                n = AppendLive(s, list(_segments[s], local), result, n);
            }
        }

        return result.AsSpan(0, n);
    }

    /// <summary>Adds to <paramref name="counts"/> (by global id) what <paramref name="count"/> counts over the cases, run by
    /// run of cases of one file, mapped through that file's ids (<paramref name="toGlobal"/>); <paramref name="counts"/>
    /// holds at least <paramref name="globalNames"/> (the merged dictionary's size).</summary>
    private void CountMapped(
        ReadOnlySpan<int> caseIndexes, Span<int> counts, int globalNames, int[][] toGlobal, Func<StoreSegment, int> size, Action<StoreSegment, ReadOnlySpan<int>, Span<int>> count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, globalNames);
        var local = ArrayPool<int>.Shared.Rent(caseIndexes.Length);
        try
        {
            for (var i = 0; i < caseIndexes.Length;)
            {
                var end = LocalRun(caseIndexes, i, local, out var s);
                var localCounts = new int[size(_segments[s])];
                count(_segments[s], local.AsSpan(0, end - i), localCounts);
                AddMapped(localCounts, toGlobal[s], counts);
                i = end;
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(local);
        }
    }

    /// <summary>Appends the kept cases of <paramref name="localCases"/> (ascending, file <paramref name="s"/>'s indices)
    /// as store indices; returns the new length.</summary>
    private int AppendLive(int s, ReadOnlySpan<int> localCases, int[] result, int n)
    {
        var offset = _liveBase[s];
        if (_liveness[s] is not { } liveness)
        {
            foreach (var c in localCases)
            {
                result[n++] = offset + c;
            }

            return n;
        }

        foreach (var c in localCases)
        {
            if (!liveness.IsDead(c))
            {
                result[n++] = offset + liveness.LiveIndex(c);
            }
        }

        return n;
    }

    /// <summary>The file and local index of store case <paramref name="caseIndex"/>.</summary>
    private (int Segment, int Local) Locate(int caseIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(caseIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(caseIndex, CaseCount);
        var s = Array.BinarySearch(_liveBase, caseIndex);
        s = s >= 0 ? s : ~s - 1;

        // Files with no kept case share their base with the next: take the last file starting at or before the index.
        while (s + 1 < _segments.Length && _liveBase[s + 1] <= caseIndex)
        {
            s++;
        }

        var live = caseIndex - _liveBase[s];
        return (s, _liveness[s]?.LocalIndex(live) ?? live);
    }

    /// <summary>Translates the run of store indices from <paramref name="start"/> that fall in one file into that file's
    /// local indices (into <paramref name="local"/> from 0); returns where the run ends.</summary>
    private int LocalRun(ReadOnlySpan<int> caseIndexes, int start, int[] local, out int segment)
    {
        (segment, local[0]) = Locate(caseIndexes[start]);
        int low = _liveBase[segment], high = _liveBase[segment + 1];
        var liveness = _liveness[segment];
        var end = start + 1;
        while (end < caseIndexes.Length && caseIndexes[end] >= low && caseIndexes[end] < high)
        {
            var live = caseIndexes[end] - low;
            local[end - start] = liveness?.LocalIndex(live) ?? live;
            end++;
        }

        return end;
    }

    /// <summary>How many of a file's dead cases each of its ingredients (by role) and event terms counted.</summary>
    private sealed class DeadCounts
    {
        private readonly int[] _anyRole;
        private readonly int[] _suspect;
        private readonly int[] _events;

        private DeadCounts(int[] anyRole, int[] suspect, int[] events)
        {
            _anyRole = anyRole;
            _suspect = suspect;
            _events = events;
        }

        /// <summary>Each file's counts, summed from the records the later files wrote (<see cref="KilledCaseCounts"/>); null
        /// for a file with no dead case.</summary>
        public static DeadCounts?[] Of(StoreSegment[] segments, SegmentLiveness?[] liveness)
        {
            var result = new DeadCounts?[segments.Length];
            for (var s = 0; s < segments.Length; s++)
            {
                if (liveness[s] is not null)
                {
                    result[s] = new DeadCounts(new int[segments[s].Ingredients.Count], new int[segments[s].Ingredients.Count], new int[segments[s].Terms.Count]);
                }
            }

            for (var later = 1; later < segments.Length; later++)
            {
                // Every segment that superseded cases records what they counted: reads subtract it (and the learned
                // name pairs, StoreLearnedPairs) without reading the dead cases.
                var records = segments[later].KilledCounts;
                if (records.IsEmpty && !segments[later].KilledCases.IsEmpty)
                {
                    throw new InvalidStoreException(StoreErrorKind.Corrupt, $"{Path.GetFileName(segments[later].FilePath)}: it lists superseded cases without what they counted");
                }

                if (records.Length % 4 != 0)
                {
                    throw new InvalidStoreException(StoreErrorKind.Corrupt, $"{Path.GetFileName(segments[later].FilePath)}: the counts of the cases it superseded are not whole records");
                }

                for (var r = 0; r < records.Length; r += 4)
                {
                    int file = records[r], kind = records[r + 1], id = records[r + 2], count = records[r + 3];
                    if (kind == KilledCaseCounts.EntryRows)
                    {
                        // For the learned name pairs (StoreLearnedPairs), not for the index counts.
                        continue;
                    }

                    var target = (uint)file < (uint)later ? result[file] : null;
                    var column = target is null ? null : kind switch
                    {
                        KilledCaseCounts.AnyRole => target._anyRole,
                        KilledCaseCounts.Suspect => target._suspect,
                        KilledCaseCounts.Event => target._events,
                        _ => null,
                    };
                    if (column is null || (uint)id >= (uint)column.Length)
                    {
                        throw new InvalidStoreException(StoreErrorKind.Corrupt, $"{Path.GetFileName(segments[later].FilePath)}: a count of the cases it superseded is out of range");
                    }

                    column[id] += count;
                }
            }

            return result;
        }

        public int Drug(int ingredient, RoleFilter roles) => roles == RoleFilter.All ? _anyRole[ingredient] : _suspect[ingredient];

        public int Event(int term) => _events[term];
    }
}
