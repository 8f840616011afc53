using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Core.Query;

/// <summary>
/// Profiles of sets of cases (<see cref="CaseProfile"/>) over the read interfaces of a store: a drug–event pair (the cases
/// of cell a of its 2×2 table, with every case of the drug as the baseline), a drug or a class alone, an event alone. The
/// cases are those the 2×2 table counts: unique kept cases, with the same role filter.
/// </summary>
/// <remarks>Thread-safe. Cost: one pass over the profiled cases and one over the baseline (the drug's cases), the cases'
/// facts, therapy starts, co-reported ingredients and events each read in bulk (<see cref="ICaseDetails"/>). The baseline
/// depends only on the drug (or class) and the roles, so a caller that profiles many pairs of one store can compute it
/// once with <see cref="ForDrug"/> and pass it to
/// <see cref="ForPair(IReadOnlyCollection{int}, int, RoleFilter, CaseProfile)"/>, which then walks the pair's cases only.
/// The code keeps to arrays, dictionaries with reference-type keys or values and its own small sorts rather than LINQ,
/// pooled arrays or sorts over value types: each such generic instantiation is compiled at run time on its first call
/// (a ReadyToRun image holds none of them), which cost a one-question process more than the profile's own work.</remarks>
public sealed class CaseProfiler
{
    /// <summary>Longest interval from therapy start to event counted, in days (50 years): a longer one is a date error, not
    /// a latency, and is excluded (and counted as such).</summary>
    public const int MaxOnsetDays = 18_262;

    /// <summary>How many co-reported drugs and events a profile lists.</summary>
    public const int TopCoReported = 10;

    private const int Chunk = 1024;

    // The report fields a profile tests: with all three seen, no later case can change what it says.
    private const ReportFields TestedFields = ReportFields.InitialFdaDate | ReportFields.OccurrenceCountry | ReportFields.TherapyDates;

    private static readonly string[] AgeLabels = ["unknown", "<2", "2-11", "12-17", "18-44", "45-64", "65-74", "75+"];
    private static readonly string[] OnsetLabels = ["0", "1-7", "8-30", "31-90", "91-365", "366+"];

    private readonly ICaseStore _store;

    /// <summary>Creates the profiler over an opened store.</summary>
    public CaseProfiler(ICaseStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <summary>The profile of the cases that report a drug (or any member of a class) with an event, and as its baseline
    /// the profile of every case with the drug.</summary>
    /// <param name="ingredientIds">One ingredient, or a class's members (a case listing several counts once).</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted, as for the 2×2 table.</param>
    public CaseProfile ForPair(IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles)
    {
        var ingredients = Sorted(ingredientIds);
        var drugCases = DrugCases(ingredients, roles);
        var baseline = Build(drugCases, ingredients, -1, roles);
        return Build(Intersect(drugCases, _store.CasesWithTerm(termId)), ingredients, termId, roles) with { Baseline = baseline };
    }

    /// <summary>The profile of the cases that report a drug (or any member of a class) with an event, with a baseline the
    /// caller computed before: the same answer as <see cref="ForPair(IReadOnlyCollection{int}, int, RoleFilter)"/> at the
    /// cost of the pair's cases only.</summary>
    /// <param name="ingredientIds">One ingredient, or a class's members (a case listing several counts once).</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted, as for the 2×2 table.</param>
    /// <param name="baseline"><see cref="ForDrug"/> of the same ingredients and roles over this store (not checked: a
    /// baseline of another drug, roles or store gives a wrong answer).</param>
    public CaseProfile ForPair(IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles, CaseProfile baseline)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var ingredients = Sorted(ingredientIds);
        return Build(Intersect(DrugCases(ingredients, roles), _store.CasesWithTerm(termId)), ingredients, termId, roles) with { Baseline = baseline };
    }

    /// <summary>The profile of every case with a drug (or any member of a class); no baseline.</summary>
    public CaseProfile ForDrug(IReadOnlyCollection<int> ingredientIds, RoleFilter roles)
    {
        var ingredients = Sorted(ingredientIds);
        return Build(DrugCases(ingredients, roles), ingredients, -1, roles);
    }

    /// <summary>The profile of every case reporting an event; no drug, so no time to onset, and no baseline.</summary>
    public CaseProfile ForEvent(int termId) => Build(_store.CasesWithTerm(termId), [], termId, RoleFilter.All);

    private CaseProfile Build(ReadOnlySpan<int> cases, int[] ingredients, int termId, RoleFilter roles)
    {
        int female = 0, male = 0, unknownSex = 0;
        var ageGroups = new int[AgeLabels.Length];
        var ages = new double[cases.Length];
        var ageCount = 0;
        var years = new Dictionary<int, int>();
        var quarters = new Dictionary<int, int>();
        int unknownYear = 0, unknownQuarter = 0;
        var outcomes = new int[7];
        int serious = 0, nonSerious = 0;
        var reporters = new int[7];
        var countries = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknownCountry = 0;
        var onsets = new double[ingredients.Length > 0 ? cases.Length : 0];
        var onsetCount = 0;
        var onsetBins = new int[OnsetLabels.Length];
        var excluded = 0;
        var fields = ReportFields.None;
        var drugCounts = new int[_store.Ingredients.Count];
        var eventCounts = new int[_store.Terms.Count];
        _store.CountIngredients(cases, drugCounts);
        _store.CountEvents(cases, eventCounts);

        // The columns every case is counted by; the others are read only for the cases that need them (each column read
        // far from the others costs the store a block of 1 KiB a case to verify): a case's age only when it has an age
        // band, its therapy starts only when its event date is complete (no onset is counted without both), and the
        // report fields only until the three this profile tests are all seen.
        var columns = CaseFactColumns.Sex | CaseFactColumns.AgeGroup | CaseFactColumns.InitialFdaDate | CaseFactColumns.Reporter
            | CaseFactColumns.Outcomes | CaseFactColumns.OccurrenceCountry | (ingredients.Length > 0 ? CaseFactColumns.EventDate : CaseFactColumns.None);
        var facts = new CaseFacts[Math.Min(Chunk, cases.Length)];
        var picked = new int[facts.Length];
        var partial = new CaseFacts[facts.Length];
        var starts = new PartialDate[ingredients.Length > 0 ? facts.Length : 0];
        for (var start = 0; start < cases.Length; start += Chunk)
        {
            var slice = cases.Slice(start, Math.Min(Chunk, cases.Length - start));
            _store.GetFacts(slice, facts, columns);
            for (var i = 0; i < slice.Length && (fields & TestedFields) != TestedFields; i++)
            {
                _store.GetFacts(slice.Slice(i, 1), partial, CaseFactColumns.Fields);
                fields |= partial[0].Fields;
            }

            for (var i = 0; i < slice.Length; i++)
            {
                var f = facts[i];
                _ = f.Sex switch
                {
                    Sex.Female => female++,
                    Sex.Male => male++,
                    _ => unknownSex++,
                };

                ageGroups[(int)f.AgeGroup]++;

                var initial = f.InitialFdaDate;
                if (initial.HasValue)
                {
                    Increment(years, initial.Year);
                }
                else
                {
                    unknownYear++;
                }

                if (initial.Month != 0)
                {
                    Increment(quarters, (initial.Year * 4) + ((initial.Month - 1) / 3));
                }
                else
                {
                    unknownQuarter++;
                }

                for (var bit = 0; bit < outcomes.Length; bit++)
                {
                    if (((int)f.Outcomes & (1 << bit)) != 0)
                    {
                        outcomes[bit]++;
                    }
                }

                _ = f.Outcomes == SeriousOutcomes.None ? nonSerious++ : serious++;
                reporters[(int)f.Reporter < reporters.Length ? (int)f.Reporter : 0]++;
                if (f.OccurrenceCountry is { } country)
                {
                    countries[country] = countries.TryGetValue(country, out var n) ? n + 1 : 1;
                }
                else
                {
                    unknownCountry++;
                }
            }

            // Ages, in case order, of the cases with an age band.
            var withAge = 0;
            for (var i = 0; i < slice.Length; i++)
            {
                if (facts[i].AgeGroup != AgeGroup.Unknown)
                {
                    picked[withAge++] = slice[i];
                }
            }

            _store.GetFacts(picked.AsSpan(0, withAge), partial, CaseFactColumns.AgeYears);
            for (var i = 0; i < withAge; i++)
            {
                ages[ageCount++] = partial[i].AgeYears;
            }

            if (ingredients.Length == 0)
            {
                continue;
            }

            // Times to onset, in case order, of the cases with a complete event date and a complete therapy start.
            var dated = 0;
            for (var i = 0; i < slice.Length; i++)
            {
                if (IsComplete(facts[i].EventDate))
                {
                    picked[dated++] = slice[i];
                }
            }

            _store.GetTherapyStarts(picked.AsSpan(0, dated), ingredients, roles, starts);
            var next = 0;
            for (var i = 0; i < slice.Length; i++)
            {
                var eventDate = facts[i].EventDate;
                if (!IsComplete(eventDate))
                {
                    continue;
                }

                var therapyStart = starts[next++];
                if (IsComplete(therapyStart))
                {
                    var days = ToDate(eventDate).DayNumber - ToDate(therapyStart).DayNumber;
                    if (days is < 0 or > MaxOnsetDays)
                    {
                        excluded++;
                    }
                    else
                    {
                        onsets[onsetCount++] = days;
                        onsetBins[OnsetBin(days)]++;
                    }
                }
            }
        }

        foreach (var ingredient in ingredients)
        {
            drugCounts[ingredient] = 0;
        }

        if (termId >= 0)
        {
            eventCounts[termId] = 0;
        }

        return new CaseProfile(
            new SexCounts(female, male, unknownSex),
            AgeOf(ages, ageCount, ageGroups),
            (fields & ReportFields.InitialFdaDate) == 0 ? null : Ordered(years, static y => y.ToString(CultureInfo.InvariantCulture), unknownYear),
            (fields & ReportFields.InitialFdaDate) == 0 ? null : Ordered(quarters, static q => string.Create(CultureInfo.InvariantCulture, $"{q / 4}Q{(q % 4) + 1}"), unknownQuarter),
            new OutcomeCounts(outcomes[0], outcomes[1], outcomes[2], outcomes[3], outcomes[4], outcomes[5], outcomes[6], serious, nonSerious),
            ReportersOf(reporters),
            (fields & ReportFields.OccurrenceCountry) == 0 ? null : CountriesOf(countries, unknownCountry),
            ingredients.Length == 0 || (fields & ReportFields.TherapyDates) == 0 ? null : OnsetOf(onsets, onsetCount, onsetBins, excluded),
            Top(drugCounts, _store.Ingredients),
            Top(eventCounts, _store.Terms),
            null);
    }

    private static AgeSummary AgeOf(double[] ages, int count, int[] groups)
    {
        HeapSort(ages, count);
        var sorted = new ReadOnlySpan<double>(ages, 0, count);
        var labelled = new Dictionary<string, int>(AgeLabels.Length);
        for (var g = 1; g < AgeLabels.Length; g++)
        {
            labelled[AgeLabels[g]] = groups[g];
        }

        labelled[AgeLabels[0]] = groups[0];
        return new AgeSummary(count, Round(SampleQuantile.Of(sorted, 0.5)), Round(SampleQuantile.Of(sorted, 0.25)), Round(SampleQuantile.Of(sorted, 0.75)), labelled);
    }

    private static OnsetSummary OnsetOf(double[] days, int count, int[] bins, int excluded)
    {
        HeapSort(days, count);
        var sorted = new ReadOnlySpan<double>(days, 0, count);
        var labelled = new Dictionary<string, int>(OnsetLabels.Length);
        for (var b = 0; b < OnsetLabels.Length; b++)
        {
            labelled[OnsetLabels[b]] = bins[b];
        }

        return new OnsetSummary(count, Round(SampleQuantile.Of(sorted, 0.5)), Round(SampleQuantile.Of(sorted, 0.25)), Round(SampleQuantile.Of(sorted, 0.75)), labelled, excluded);
    }

    private static int OnsetBin(int days) => days switch
    {
        0 => 0,
        <= 7 => 1,
        <= 30 => 2,
        <= 90 => 3,
        <= 365 => 4,
        _ => 5,
    };

    private static Dictionary<string, int> ReportersOf(int[] counts)
    {
        // In the order FDA lists the codes; legacy AERS's HP after the others, unknown last; zero counts left out.
        (ReporterType Type, string Label)[] order =
        [
            (ReporterType.Physician, "physician"), (ReporterType.Pharmacist, "pharmacist"),
            (ReporterType.OtherHealthProfessional, "other_health_professional"), (ReporterType.HealthProfessional, "health_professional"),
            (ReporterType.Lawyer, "lawyer"), (ReporterType.Consumer, "consumer"), (ReporterType.Unknown, "unknown"),
        ];
        var result = new Dictionary<string, int>(order.Length);
        foreach (var (type, label) in order)
        {
            if (counts[(int)type] > 0)
            {
                result[label] = counts[(int)type];
            }
        }

        return result;
    }

    private static Dictionary<string, int> CountriesOf(Dictionary<string, int> counts, int unknown)
    {
        // Most cases first, then by name (ordinal): an insertion sort, as there are at most a few hundred countries.
        var names = new string[counts.Count];
        counts.Keys.CopyTo(names, 0);
        for (var i = 1; i < names.Length; i++)
        {
            var name = names[i];
            var j = i - 1;
            while (j >= 0 && (counts[names[j]] < counts[name] || (counts[names[j]] == counts[name] && string.CompareOrdinal(names[j], name) > 0)))
            {
                names[j + 1] = names[j];
                j--;
            }

            names[j + 1] = name;
        }

        var result = new Dictionary<string, int>(counts.Count + 1);
        foreach (var country in names)
        {
            result[country] = counts[country];
        }

        if (unknown > 0)
        {
            result["unknown"] = unknown;
        }

        return result;
    }

    private static Dictionary<string, int> Ordered(Dictionary<int, int> counts, Func<int, string> label, int unknown)
    {
        var keys = new int[counts.Count];
        counts.Keys.CopyTo(keys, 0);
        InsertionSort(keys);
        var result = new Dictionary<string, int>(counts.Count + 1);
        foreach (var key in keys)
        {
            result[label(key)] = counts[key];
        }

        if (unknown > 0)
        {
            result["unknown"] = unknown;
        }

        return result;
    }

    private static List<NamedCount> Top(int[] counts, IReadOnlyList<string> names)
    {
        var top = new List<NamedCount>(TopCoReported + 1);
        for (var id = 0; id < counts.Length; id++)
        {
            if (counts[id] == 0 || (top.Count == TopCoReported && counts[id] < top[^1].Cases))
            {
                continue;
            }

            top.Add(new NamedCount(names[id], counts[id]));
            top.Sort(static (x, y) => y.Cases != x.Cases ? y.Cases.CompareTo(x.Cases) : string.CompareOrdinal(x.Name, y.Name));
            if (top.Count > TopCoReported)
            {
                top.RemoveAt(top.Count - 1);
            }
        }

        return top;
    }

    /// <summary>The cases listing any of the ingredients, ascending and distinct: the store's own list for one.</summary>
    private ReadOnlySpan<int> DrugCases(int[] ingredients, RoleFilter roles)
    {
        if (ingredients.Length == 1)
        {
            return _store.CasesWithIngredient(ingredients[0], roles);
        }

        var total = 0;
        foreach (var ingredient in ingredients)
        {
            total += _store.CasesWithIngredient(ingredient, roles).Length;
        }

        var union = new int[total];
        var filled = 0;
        foreach (var ingredient in ingredients)
        {
            var cases = _store.CasesWithIngredient(ingredient, roles);
            cases.CopyTo(union.AsSpan(filled));
            filled += cases.Length;
        }

        Array.Sort(union);
        var distinct = 0;
        for (var i = 0; i < union.Length; i++)
        {
            if (i == 0 || union[i] != union[i - 1])
            {
                union[distinct++] = union[i];
            }
        }

        return union.AsSpan(0, distinct);
    }

    private static void Increment(Dictionary<int, int> counts, int key) => counts[key] = counts.TryGetValue(key, out var n) ? n + 1 : 1;

    // Years and quarters: a few hundred keys at most.
    private static void InsertionSort(int[] keys)
    {
        for (var i = 1; i < keys.Length; i++)
        {
            var key = keys[i];
            var j = i - 1;
            while (j >= 0 && keys[j] > key)
            {
                keys[j + 1] = keys[j];
                j--;
            }

            keys[j + 1] = key;
        }
    }

    /// <summary>Sorts the first <paramref name="length"/> values ascending in place; they are ages or day counts, never
    /// NaN, so any correct sort gives the same order and the same quantiles.</summary>
    private static void HeapSort(double[] values, int length)
    {
        for (var i = (length / 2) - 1; i >= 0; i--)
        {
            SiftDown(values, i, length);
        }

        for (var end = length - 1; end > 0; end--)
        {
            (values[0], values[end]) = (values[end], values[0]);
            SiftDown(values, 0, end);
        }
    }

    private static void SiftDown(double[] values, int root, int length)
    {
        while (true)
        {
            var child = (2 * root) + 1;
            if (child >= length)
            {
                return;
            }

            if (child + 1 < length && values[child + 1] > values[child])
            {
                child++;
            }

            if (values[root] >= values[child])
            {
                return;
            }

            (values[root], values[child]) = (values[child], values[root]);
            root = child;
        }
    }

    private static int[] Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b)
    {
        var result = new int[Math.Min(a.Length, b.Length)];
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                result[n++] = a[i];
                i++;
                j++;
            }
        }

        var found = new int[n];
        Array.Copy(result, found, n);
        return found;
    }

    /// <summary>The ids ascending and distinct.</summary>
    internal static int[] Sorted(IReadOnlyCollection<int> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var sorted = new int[ids.Count];
        var count = 0;
        foreach (var id in ids)
        {
            sorted[count++] = id;
        }

        InsertionSort(sorted);
        var distinct = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (i == 0 || sorted[i] != sorted[i - 1])
            {
                sorted[distinct++] = sorted[i];
            }
        }

        if (distinct == sorted.Length)
        {
            return sorted;
        }

        var result = new int[distinct];
        Array.Copy(sorted, result, distinct);
        return result;
    }

    private static bool IsComplete(PartialDate date) => date.Day != 0 && date.Month != 0 && IsRealDay(date);

    // A yyyymmdd that passed the reader's range checks can still name a day that does not exist (20230231).
    private static bool IsRealDay(PartialDate date) => date.Day <= DateTime.DaysInMonth(date.Year, date.Month);

    private static DateOnly ToDate(PartialDate date) => new(date.Year, date.Month, date.Day);

    private static double? Round(double value) => double.IsNaN(value) ? null : Math.Round(value, 1);
}
