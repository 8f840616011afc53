namespace Causa.Web.Models;

/// <summary>Who reports the drug and the condition together (the case profile).</summary>
/// <param name="Summary">One plain sentence ("412 reports since 2014; most from women aged 45 to 64").</param>
/// <param name="Charts">Small charts: reports per year, sex, age, outcomes, time to onset; may be empty.</param>
/// <param name="Source">The FAERS store the profile comes from.</param>
public sealed record ProfileModel(string Summary, IReadOnlyList<BarChartModel> Charts, SourceInfo Source)
{
    /// <summary>
    /// Plain sentences with the numbers the charts cannot carry (median age, time to onset, how serious compared with
    /// all reports for the drug), and what the reports do not record; shown as a list before the charts. Empty by default.
    /// </summary>
    public IReadOnlyList<string> Facts { get; init; } = [];
}
