namespace Causa.Web.Models;

/// <summary>
/// A chart of one ratio per row with its interval, on a log scale with a line at 1 ("as often as with other drugs"):
/// each row is labelled ("2019: 12 reports") and has its estimate written out ("PRR 2.1, 1.4 to 3.2").
/// </summary>
/// <param name="Title">What the chart shows.</param>
/// <param name="Description">One sentence a screen reader reads instead of the picture.</param>
/// <param name="Measure">The ratio's name as written on the chart ("PRR").</param>
/// <param name="Rows">The rows, in the order shown.</param>
public sealed record IntervalChartModel(string Title, string Description, string Measure, IReadOnlyList<IntervalRowModel> Rows);
