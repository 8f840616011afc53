using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Core.Evidence;

/// <summary>
/// Compares the members of a drug class for one event (<see cref="ClassComparison"/>): each member's 2×2 table (the
/// same counts as <c>ask</c>), EBGM/EB05 from a current saved scan, the label's trial frequency against placebo from the
/// loaded label sources, and the class as a whole.
/// </summary>
/// <remarks>Thread-safe. Cost: one pair count per member and one union of the members' case lists.</remarks>
public sealed class ClassComparer
{
    /// <summary>What a comparison of reports between drugs cannot say.</summary>
    public static readonly IReadOnlyList<string> StandardCaveats =
    [
        "Channelling: doctors give some drugs of a class to sicker, older or more fragile patients, so a drug can collect more reports of an event without causing it more often.",
        "Reporting changes over time: a newer drug, or one in the news or in litigation, is reported more readily than an older one.",
        "Counts of reports are not incidence: nobody knows how many people took each drug, so these numbers cannot say how likely the event is on one drug or another.",
        "Label frequencies come from each drug's own trials, in different patients and years; they compare with their own placebo group, not with each other.",
        "Do not switch or stop a medicine on the strength of this: ask the doctor or pharmacist who knows your history.",
    ];

    private readonly ICaseStore _store;
    private readonly EvidenceSources _sources;

    /// <summary>Creates the comparer over a store and the loaded evidence sources (labels).</summary>
    public ClassComparer(ICaseStore store, EvidenceSources sources)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sources);
        _store = store;
        _sources = sources;
    }

    /// <summary>Compares the members for the event.</summary>
    /// <param name="classLabel">The class's name, shown.</param>
    /// <param name="ingredientIds">The members the store holds.</param>
    /// <param name="termId">The event's term id.</param>
    /// <param name="roles">Drug roles counted.</param>
    /// <param name="scores">A current saved MGPS scan for these roles; null to leave EBGM out.</param>
    public ClassComparison Compare(string classLabel, IReadOnlyCollection<int> ingredientIds, int termId, RoleFilter roles, ISavedScores? scores)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var term = _store.Terms[termId];
        var members = new List<ComparisonRow>();
        foreach (var id in ingredientIds.Distinct())
        {
            var a = _store.PairCaseCount(id, termId, roles);
            var drugCases = _store.DrugCaseCount(id, roles);
            var mgps = scores?.Find(id, termId);
            var ingredient = _store.Ingredients[id];
            var label = _sources.Labels(ingredient, term).FirstOrDefault(static l => l.Entry.DrugPercents.Count > 0);
            members.Add(Row(ingredient, a, drugCases, termId) with
            {
                Ebgm = mgps is { } m1 && !double.IsNaN(m1.Score.Ebgm) ? m1.Score.Ebgm : null,
                Eb05 = mgps is { } m2 && !double.IsNaN(m2.Score.Eb05) ? m2.Score.Eb05 : null,
                LabelPercent = label.Entry is { } e1 ? e1.DrugPercents.Max() : null,
                PlaceboPercent = label.Entry is { PlaceboPercents.Count: > 0 } e2 ? e2.PlaceboPercents.Max() : null,
                LabelSource = label.Source?.Name,
            });
        }

        members.Sort(static (x, y) => y.Ic025 != x.Ic025 ? y.Ic025.CompareTo(x.Ic025) : string.CompareOrdinal(x.Drug, y.Drug));
        var whole = _store.EventCountsForDrugs([.. ingredientIds.Distinct()], roles);
        var wholeRow = Row(classLabel, whole.ByTerm[termId], whole.Cases, termId);
        return new ClassComparison(classLabel, term, roles == RoleFilter.All ? "all" : "suspect", wholeRow, members, Summary(classLabel, term, members), StandardCaveats);
    }

    private ComparisonRow Row(string drug, int a, int drugCases, int termId)
    {
        var table = ContingencyTable.FromMargins(a, drugCases, _store.EventCaseCount(termId), _store.CaseCount);
        var r = Disproportionality.Compute(table);
        return new ComparisonRow(drug, a, drugCases, r.Prr, r.PrrLower, r.PrrUpper, r.Ic025, r.Ic975, null, null, null, null, null);
    }

    private static string Summary(string classLabel, string term, List<ComparisonRow> members)
    {
        var c = CultureInfo.InvariantCulture;
        var flagged = members.Where(static m => m.Ic025 > 0).Select(static m => m.Drug).ToList();
        var clear = members.Where(static m => m.Ic975 < 0 && m.DrugCases >= 100).Select(static m => m.Drug).ToList();
        if (members.Count == 0)
        {
            return string.Create(c, $"No member of {classLabel} is in the reports.");
        }

        var first = flagged.Count == 0
            ? string.Create(c, $"No member of {classLabel} stands out: none is reported with {term} more often than other drugs are, beyond chance.")
            : string.Create(c, $"{string.Join(", ", flagged)} {(flagged.Count == 1 ? "is" : "are")} reported with {term} more often than other drugs are, beyond chance.");
        var second = clear.Count == 0
            ? string.Empty
            : string.Create(c, $" {string.Join(", ", clear)} {(clear.Count == 1 ? "is" : "are")} reported with it less often than other drugs are.");
        return first + second + " Reports cannot say which drug would be safer for you: see the caveats.";
    }
}
