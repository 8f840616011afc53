namespace Causa.Web.Models;

/// <summary>One bar of a <see cref="BarChartModel"/>.</summary>
/// <param name="Label">The bar's label ("On mirtazapine", "2019").</param>
/// <param name="Value">The length it stands for, in the chart's unit; finite, 0 or more.</param>
/// <param name="ValueText">The value as written at the end of the bar ("2 in 100", "1,204").</param>
/// <param name="Comparison">True for a comparison bar (placebo, all reports for the drug): drawn hatched.</param>
public sealed record BarModel(string Label, double Value, string ValueText, bool Comparison = false);
