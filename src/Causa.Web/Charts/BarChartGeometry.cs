namespace Causa.Web.Charts;

/// <summary>The geometry of a bar chart, in SVG user units.</summary>
/// <param name="Width">Width of the view box.</param>
/// <param name="Height">Height of the view box.</param>
/// <param name="Rows">One entry per bar, in the model's order.</param>
/// <param name="UnitY">Baseline of the unit line under the rows.</param>
public sealed record BarChartGeometry(double Width, double Height, IReadOnlyList<BarGeometry> Rows, double UnitY);
