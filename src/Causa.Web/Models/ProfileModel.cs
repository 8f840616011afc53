namespace Causa.Web.Models;

/// <summary>Who reports the drug and the condition together (the case profile).</summary>
/// <param name="Summary">One plain sentence ("412 reports since 2014; most from women aged 45 to 64").</param>
/// <param name="Charts">Small charts: reports per year, sex, age, outcomes, time to onset; may be empty.</param>
/// <param name="Source">The FAERS store the profile comes from.</param>
public sealed record ProfileModel(string Summary, IReadOnlyList<BarChartModel> Charts, SourceInfo Source);
