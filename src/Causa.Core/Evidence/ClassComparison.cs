namespace Causa.Core.Evidence;

/// <summary>
/// "Would another drug of this class be better for me?": each member's reports of an event beside the class as a whole,
/// with the label's trial frequency against placebo where a loaded source gives it. Property names are the JSON keys.
/// </summary>
/// <param name="Class">The class's label.</param>
/// <param name="Event">The MedDRA preferred term.</param>
/// <param name="Roles">"suspect" or "all".</param>
/// <param name="Whole">The class as a whole: every case with any member.</param>
/// <param name="Members">Members in the store, from the strongest association (highest IC025) to the weakest; ties by name.</param>
/// <param name="Summary">The answer in plain words.</param>
/// <param name="Caveats">What the comparison cannot say (channelling, reporting over time, counts are not incidence).</param>
public sealed record ClassComparison(
    string Class,
    string Event,
    string Roles,
    ComparisonRow Whole,
    IReadOnlyList<ComparisonRow> Members,
    string Summary,
    IReadOnlyList<string> Caveats);
