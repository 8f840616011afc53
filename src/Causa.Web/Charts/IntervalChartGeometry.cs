namespace Causa.Web.Charts;

/// <summary>The laid-out interval chart (SVG user units).</summary>
/// <param name="Width">Drawing width.</param>
/// <param name="Height">Drawing height.</param>
/// <param name="Rows">One geometry per row, top to bottom.</param>
/// <param name="OneX">Where the reference line at 1 is drawn.</param>
/// <param name="Ticks">The axis ticks: value text and x, including 1.</param>
/// <param name="AxisY">Top of the axis labels' line.</param>
public sealed record IntervalChartGeometry(double Width, double Height, IReadOnlyList<IntervalGeometry> Rows, double OneX, IReadOnlyList<(string Text, double X)> Ticks, double AxisY);
