using Causa.Web.Models;

namespace Causa.Web.Charts;

/// <summary>Where one row of an interval chart goes (SVG user units).</summary>
/// <param name="Row">The row.</param>
/// <param name="LabelY">Baseline of the label line (label and count at the left, value at the right).</param>
/// <param name="LineY">Height of the interval line and the estimate's mark.</param>
/// <param name="LowerX">Left end of the interval line; null when the row has no estimate.</param>
/// <param name="UpperX">Right end of the interval line; null with it.</param>
/// <param name="EstimateX">Centre of the estimate's mark; null with it.</param>
public sealed record IntervalGeometry(IntervalRowModel Row, double LabelY, double LineY, double? LowerX, double? UpperX, double? EstimateX);
