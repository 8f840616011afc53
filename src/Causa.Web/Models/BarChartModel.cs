namespace Causa.Web.Models;

/// <summary>A horizontal bar chart: one bar per row, its value written at the end.</summary>
/// <param name="Title">What the chart shows ("Back pain in trials: mirtazapine and placebo").</param>
/// <param name="Description">One sentence a screen reader reads instead of the picture.</param>
/// <param name="Unit">The unit of the values in words ("people out of 100", "reports").</param>
/// <param name="Bars">The bars, in the order shown; values must be finite and not negative.</param>
public sealed record BarChartModel(string Title, string Description, string Unit, IReadOnlyList<BarModel> Bars);
