namespace Causa.Web.Models;

/// <summary>One row of an <see cref="IntervalChartModel"/>.</summary>
/// <param name="Label">The row's label ("2019").</param>
/// <param name="Count">The count written beside the label ("12 reports").</param>
/// <param name="Estimate">The ratio; null when it cannot be read (too few reports, a zero cell): the row then shows
/// <paramref name="ValueText"/> only.</param>
/// <param name="Lower">The interval's lower bound, above 0; null with <paramref name="Estimate"/>.</param>
/// <param name="Upper">The interval's upper bound, finite; null with <paramref name="Estimate"/>.</param>
/// <param name="ValueText">The estimate as written ("2.1 (1.4 to 3.2)") or why there is none ("too few reports").</param>
/// <param name="StandsOut">True when the interval lies above 1; drawn solid, the others hollow, so it reads in black and white.</param>
public sealed record IntervalRowModel(string Label, string Count, double? Estimate, double? Lower, double? Upper, string ValueText, bool StandsOut);
