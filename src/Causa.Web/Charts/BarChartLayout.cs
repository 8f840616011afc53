using Causa.Web.Models;

namespace Causa.Web.Charts;

/// <summary>
/// Lays out a horizontal bar chart in SVG user units: each row has its label on a line of its own above the bar
/// (long labels never squeeze the bars on a phone), the bar, and its value written just after the bar's end.
/// Pure: the same model always gives the same geometry.
/// </summary>
public static class BarChartLayout
{
    /// <summary>Width of the drawing (SVG user units); it scales to the column width, about 1:1 on a phone.</summary>
    public const double Width = 360;

    /// <summary>Height of one row: label line, bar and gap.</summary>
    public const double RowHeight = 48;

    /// <summary>Height of a bar.</summary>
    public const double BarHeight = 16;

    /// <summary>Space under the rows for the unit line.</summary>
    public const double FooterHeight = 26;

    /// <summary>Assumed width of one character of a value at the chart's font size (15 px, bold); generous, so text never clips.</summary>
    public const double CharWidth = 9.5;

    /// <summary>Space kept free after the longest value, so rounding and font differences never clip it.</summary>
    public const double RightPadding = 4;

    /// <summary>Gap between a bar's end and its value.</summary>
    public const double ValueGap = 6;

    /// <summary>Shortest bar drawn for a value above zero, so a small value stays visible.</summary>
    public const double MinimumVisibleBar = 2;

    /// <summary>Computes the geometry of <paramref name="chart"/>.</summary>
    /// <exception cref="ArgumentException">A value is negative, NaN or infinite.</exception>
    public static BarChartGeometry Layout(BarChartModel chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        foreach (var bar in chart.Bars)
        {
            if (!double.IsFinite(bar.Value) || bar.Value < 0)
            {
                throw new ArgumentException($"Bar values must be finite and not negative; '{bar.Label}' has {bar.Value}.", nameof(chart));
            }
        }

        var longestValue = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(static b => b.ValueText.Length);
        var longestBar = Math.Max(40, Width - ValueGap - RightPadding - (longestValue * CharWidth));
        var max = chart.Bars.Count == 0 ? 0 : chart.Bars.Max(static b => b.Value);
        var rows = new List<BarGeometry>(chart.Bars.Count);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var top = i * RowHeight;
            var length = max <= 0 ? 0 : bar.Value / max * longestBar;
            if (bar.Value > 0 && length < MinimumVisibleBar)
            {
                length = MinimumVisibleBar;
            }

            length = Math.Round(length, 2);
            rows.Add(new BarGeometry(
                bar,
                LabelY: top + 16,
                BarY: top + 22,
                BarLength: length,
                ValueX: Math.Round(length + ValueGap, 2),
                ValueY: top + 22 + BarHeight - 2));
        }

        var height = (chart.Bars.Count * RowHeight) + FooterHeight;
        return new BarChartGeometry(Width, height, rows, UnitY: height - 8);
    }
}
