using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Signals;

namespace Causa.Core.Storage.InMemory;

/// <summary>
/// A case store held in memory, built from case records: the second implementation of <see cref="ICaseStore"/>, for tests
/// and small fixtures. It counts with plain sets rather than the file store's sorted-list intersections, so the two answering
/// alike is evidence that queries depend only on the interface.
/// </summary>
/// <remarks>
/// <para>Dictionaries follow the file store's conventions: ingredients sorted ordinally; terms (events and indications)
/// merged case-insensitively and sorted by their upper-case form; cases sorted by case id.</para>
/// <para>An indication counts for an ingredient when a drug of the same case with the indication's drug name resolves to it.</para>
/// <para>Thread-safe for reads after construction. Sizes: a few arrays per case; meant for up to some hundred thousand cases.</para>
/// </remarks>
public sealed class InMemoryCaseStore : ICaseStore
{
    private readonly CaseRecord[] _cases;
    private readonly string[] _ingredients;
    private readonly string[] _terms;
    private readonly Dictionary<string, int> _ingredientIds;
    private readonly Dictionary<string, int> _termIds;
    private readonly HashSet<int>[] _eventSets;
    private readonly int[][] _events;
    private readonly HashSet<int>[] _suspectDrugs;
    private readonly HashSet<int>[] _anyDrugs;
    private readonly int[][] _suspectCases;
    private readonly int[][] _anyCases;
    private readonly int[][] _termCases;
    private readonly HashSet<long> _deleted;
    private readonly List<LearnedNamePair> _learned;
    private readonly SignalScanResult[] _scans;

    /// <summary>Builds the store.</summary>
    /// <param name="cases">The kept cases (one per case id; a later duplicate id replaces an earlier one).</param>
    /// <param name="quarters">Quarters the cases came from; none when null.</param>
    /// <param name="deletedCaseIds">Case ids on DELETE lists; none when null.</param>
    /// <param name="fingerprint">Identity of the content, as the caller defines it.</param>
    /// <param name="scans">Saved MGPS scans served by <see cref="OpenSavedScores"/>; none when null.</param>
    public InMemoryCaseStore(IEnumerable<CaseRecord> cases, IEnumerable<QuarterRecord>? quarters = null, IEnumerable<long>? deletedCaseIds = null, ulong fingerprint = 0, IEnumerable<SignalScanResult>? scans = null)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var byId = new SortedDictionary<long, CaseRecord>();
        foreach (var record in cases)
        {
            byId[record.CaseId] = record;
        }

        _cases = [.. byId.Values];
        Quarters = [.. (quarters ?? []).OrderBy(static q => q.Quarter)];
        _deleted = [.. deletedCaseIds ?? []];
        Fingerprint = fingerprint;
        _scans = [.. scans ?? []];

        _ingredients = [.. _cases.SelectMany(static c => c.Drugs).SelectMany(static d => d.Ingredients).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var termDisplay = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in _cases.SelectMany(static c => c.Events.Concat(c.Indications.Select(static i => i.Term))))
        {
            termDisplay.TryAdd(term.Trim().ToUpperInvariant(), term.Trim());
        }

        _terms = [.. termDisplay.OrderBy(static p => p.Key, StringComparer.Ordinal).Select(static p => p.Value)];
        _ingredientIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _ingredients.Length; i++)
        {
            _ingredientIds[_ingredients[i]] = i;
        }

        _termIds = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < _terms.Length; i++)
        {
            _termIds[_terms[i]] = i;
        }

        _eventSets = new HashSet<int>[_cases.Length];
        _events = new int[_cases.Length][];
        _suspectDrugs = new HashSet<int>[_cases.Length];
        _anyDrugs = new HashSet<int>[_cases.Length];
        var suspectCases = Enumerable.Range(0, _ingredients.Length).Select(static _ => new List<int>()).ToArray();
        var anyCases = Enumerable.Range(0, _ingredients.Length).Select(static _ => new List<int>()).ToArray();
        var termCases = Enumerable.Range(0, _terms.Length).Select(static _ => new List<int>()).ToArray();
        for (var c = 0; c < _cases.Length; c++)
        {
            _eventSets[c] = [.. _cases[c].Events.Select(e => _termIds[e.Trim()])];
            _events[c] = [.. _eventSets[c].Order()];
            _anyDrugs[c] = [.. _cases[c].Drugs.SelectMany(static d => d.Ingredients).Select(i => _ingredientIds[i])];
            _suspectDrugs[c] = [.. _cases[c].Drugs.Where(static d => d.Role is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect).SelectMany(static d => d.Ingredients).Select(i => _ingredientIds[i])];
            foreach (var d in _anyDrugs[c])
            {
                anyCases[d].Add(c);
            }

            foreach (var d in _suspectDrugs[c])
            {
                suspectCases[d].Add(c);
            }

            foreach (var t in _events[c])
            {
                termCases[t].Add(c);
            }
        }

        _suspectCases = [.. suspectCases.Select(static l => l.ToArray())];
        _anyCases = [.. anyCases.Select(static l => l.ToArray())];
        _termCases = [.. termCases.Select(static l => l.ToArray())];
        var entries = _cases.SelectMany(static c => c.Drugs).Select(static d => new DrugEntry(d.DrugName, d.ProdAi)).ToList();
        DrugEntryCount = entries.Distinct().Count();
        _learned = [.. entries.Where(static e => e.ProdAi is not null).GroupBy(static e => e).OrderBy(static g => g.Key).Select(static g => new LearnedNamePair(g.Key.DrugName, g.Key.ProdAi!, g.LongCount()))];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Ingredients => _ingredients;

    /// <inheritdoc />
    public IReadOnlyList<string> Terms => _terms;

    /// <inheritdoc />
    public int CaseCount => _cases.Length;

    /// <inheritdoc />
    public IReadOnlyList<QuarterRecord> Quarters { get; }

    /// <inheritdoc />
    public int DeletedCaseIdCount => _deleted.Count;

    /// <inheritdoc />
    public int DrugEntryCount { get; }

    /// <inheritdoc />
    /// <remarks>Always 0: nothing is stored.</remarks>
    public long SizeBytes => 0;

    /// <inheritdoc />
    public ulong Fingerprint { get; }

    /// <inheritdoc />
    public int? FindIngredient(string name) => _ingredientIds.TryGetValue(name.Trim(), out var id) ? id : null;

    /// <inheritdoc />
    public int? FindTerm(string text) => _termIds.TryGetValue(text.Trim(), out var id) ? id : null;

    /// <inheritdoc />
    public IReadOnlyList<LearnedNamePair> LearnedNamePairs() => _learned;

    /// <inheritdoc />
    public int DrugCaseCount(int ingredientId, RoleFilter roles) => DrugCases(ingredientId, roles).Length;

    /// <inheritdoc />
    public int EventCaseCount(int termId) => _termCases[CheckTerm(termId)].Length;

    /// <inheritdoc />
    public int PairCaseCount(int ingredientId, int termId, RoleFilter roles)
    {
        CheckTerm(termId);
        return DrugCases(ingredientId, roles).Count(c => _eventSets[c].Contains(termId));
    }

    /// <inheritdoc />
    public EventCounts EventCountsForDrugs(IReadOnlyCollection<int> ingredientIds, RoleFilter roles)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var cases = new HashSet<int>(ingredientIds.SelectMany(id => DrugCases(id, roles)));
        var counts = new int[_terms.Length];
        foreach (var c in cases)
        {
            foreach (var t in _eventSets[c])
            {
                counts[t]++;
            }
        }

        return new EventCounts(cases.Count, counts);
    }

    /// <inheritdoc />
    public int[] DrugCountsForEvent(int termId, RoleFilter roles)
    {
        var counts = new int[_ingredients.Length];
        foreach (var c in _termCases[CheckTerm(termId)])
        {
            foreach (var d in roles == RoleFilter.All ? _anyDrugs[c] : _suspectDrugs[c])
            {
                counts[d]++;
            }
        }

        return counts;
    }

    /// <inheritdoc />
    public int IndicationCaseCount(int ingredientId, int termId)
    {
        var ingredient = _ingredients[CheckIngredient(ingredientId)];
        var term = _terms[CheckTerm(termId)];
        return _anyCases[ingredientId].Count(c => _cases[c].Indications.Any(i =>
            string.Equals(i.Term.Trim(), term, StringComparison.OrdinalIgnoreCase) &&
            _cases[c].Drugs.Any(d => d.DrugName == i.DrugName && d.Ingredients.Contains(ingredient, StringComparer.Ordinal))));
    }

    /// <inheritdoc />
    public ReadOnlySpan<int> CasesWithIngredient(int ingredientId, RoleFilter roles) => DrugCases(ingredientId, roles);

    /// <inheritdoc />
    public ReadOnlySpan<int> CasesWithTerm(int termId) => _termCases[CheckTerm(termId)];

    /// <inheritdoc />
    public ReadOnlySpan<int> EventsOfCase(int caseIndex) => _events[caseIndex];

    /// <inheritdoc />
    public Sex SexOf(int caseIndex) => _cases[caseIndex].Sex;

    /// <inheritdoc />
    public AgeGroup AgeGroupOf(int caseIndex) => _cases[caseIndex].AgeGroup;

    /// <inheritdoc />
    public int ReportYearOf(int caseIndex) => _cases[caseIndex].FdaDate.Value / 10000;

    /// <inheritdoc />
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts) => GetFacts(caseIndexes, facts, CaseFactColumns.All);

    /// <inheritdoc />
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts, CaseFactColumns columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.Length, caseIndexes.Length);
        for (var i = 0; i < caseIndexes.Length; i++)
        {
            facts[i] = FactsOf(caseIndexes[i], columns);
        }
    }

    private CaseFacts FactsOf(int caseIndex, CaseFactColumns columns)
    {
        var c = _cases[caseIndex];
        return new CaseFacts(
            Has(columns, CaseFactColumns.Sex) ? c.Sex : default,
            Has(columns, CaseFactColumns.AgeYears) && c.AgeYears is { } age ? (float)age : float.NaN,
            Has(columns, CaseFactColumns.AgeGroup) ? c.AgeGroup : default,
            Has(columns, CaseFactColumns.InitialFdaDate) ? c.InitialFdaDate : default,
            Has(columns, CaseFactColumns.EventDate) ? c.EventDate : default,
            Has(columns, CaseFactColumns.Reporter) ? c.Reporter : default,
            Has(columns, CaseFactColumns.Outcomes) ? c.Outcomes : default,
            !Has(columns, CaseFactColumns.OccurrenceCountry) || string.IsNullOrEmpty(c.OccurrenceCountry) ? null : c.OccurrenceCountry.Trim().ToUpperInvariant(),
            Has(columns, CaseFactColumns.Fields) ? c.Fields : default);
    }

    private static bool Has(CaseFactColumns columns, CaseFactColumns column) => (columns & column) != 0;

    /// <inheritdoc />
    public void GetTherapyStarts(ReadOnlySpan<int> caseIndexes, ReadOnlySpan<int> ingredientIds, RoleFilter roles, Span<PartialDate> starts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(starts.Length, caseIndexes.Length);
        for (var i = 0; i < caseIndexes.Length; i++)
        {
            starts[i] = TherapyStartOf(caseIndexes[i], ingredientIds, roles);
        }
    }

    private PartialDate TherapyStartOf(int caseIndex, ReadOnlySpan<int> ingredientIds, RoleFilter roles)
    {
        var best = 0;
        foreach (var drug in _cases[caseIndex].Drugs)
        {
            if (drug.TherapyStart.HasValue && (roles == RoleFilter.All || drug.Role is DrugRole.PrimarySuspect or DrugRole.SecondarySuspect))
            {
                foreach (var ingredient in drug.Ingredients)
                {
                    if (ingredientIds.IndexOf(_ingredientIds[ingredient]) >= 0)
                    {
                        best = PreferStart(best, drug.TherapyStart.Value);
                        break;
                    }
                }
            }
        }

        return PartialDate.FromValue(best);
    }

    /// <inheritdoc />
    public void CountIngredients(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        foreach (var c in caseIndexes)
        {
            foreach (var ingredient in _anyDrugs[c])
            {
                counts[ingredient]++;
            }
        }
    }

    /// <inheritdoc />
    public void CountEvents(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        foreach (var c in caseIndexes)
        {
            foreach (var term in _events[c])
            {
                counts[term]++;
            }
        }
    }

    /// <inheritdoc />
    public CaseRecord? FindCase(long caseId)
    {
        var index = _cases.AsSpan().BinarySearch(new CaseIdKey(caseId));
        return index >= 0 ? _cases[index] : null;
    }

    /// <inheritdoc />
    public bool IsDeleted(long caseId) => _deleted.Contains(caseId);

    /// <inheritdoc />
    public ISavedScores? OpenSavedScores(RoleFilter roles, out SavedScoresNote? note)
    {
        var scan = _scans.FirstOrDefault(s => s.Roles == roles && s.StoreFingerprint == Fingerprint);
        note = scan is null ? new SavedScoresNote("no MGPS scan saved for these roles", Remedy.ComputeSignalScan) : null;
        return scan is null ? null : new InMemorySavedScores(scan);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }

    /// <summary>The earliest complete start, else the earliest partial one (the file store's rule, written again here so the
    /// two implementations check each other).</summary>
    private static int PreferStart(int a, int b)
    {
        static bool Complete(int d) => d % 100 != 0 && d / 100 % 100 != 0;
        return a == 0 ? b : Complete(a) == Complete(b) ? Math.Min(a, b) : Complete(a) ? a : b;
    }

    private int[] DrugCases(int ingredientId, RoleFilter roles) =>
        roles == RoleFilter.All ? _anyCases[CheckIngredient(ingredientId)] : _suspectCases[CheckIngredient(ingredientId)];

    private int CheckIngredient(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, _ingredients.Length);
        return id;
    }

    private int CheckTerm(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, _terms.Length);
        return id;
    }

    private readonly record struct CaseIdKey(long CaseId) : IComparable<CaseRecord>
    {
        public int CompareTo(CaseRecord? other) => CaseId.CompareTo(other!.CaseId);
    }
}
