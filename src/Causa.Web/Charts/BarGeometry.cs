using Causa.Web.Models;

namespace Causa.Web.Charts;

/// <summary>Where one bar, its label and its value go (x of label and bar is 0).</summary>
/// <param name="Bar">The bar's data.</param>
/// <param name="LabelY">Baseline of the label line.</param>
/// <param name="BarY">Top of the bar.</param>
/// <param name="BarLength">Length of the bar; 0 for a zero value, at least the minimum for a positive one.</param>
/// <param name="ValueX">Start of the value text, just after the bar's end.</param>
/// <param name="ValueY">Baseline of the value text.</param>
public sealed record BarGeometry(BarModel Bar, double LabelY, double BarY, double BarLength, double ValueX, double ValueY);
