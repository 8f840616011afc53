using System.Globalization;
using Causa.Web.Models;

namespace Causa.Web.Charts;

/// <summary>
/// Lays out an interval chart in SVG user units: each row has a text line (label and count at the left, the estimate
/// written out at the right) above a horizontal line from the lower to the upper bound with a mark at the estimate, on
/// a log scale whose ticks are written under the rows; a vertical line marks 1. Pure: the same model always gives the
/// same geometry.
/// </summary>
public static class IntervalChartLayout
{
    /// <summary>Width of the drawing; it scales to the column width, about 1:1 on a phone (as <see cref="BarChartLayout.Width"/>).</summary>
    public const double Width = BarChartLayout.Width;

    /// <summary>Height of one row: text line, interval line and gap.</summary>
    public const double RowHeight = 44;

    /// <summary>Space under the rows for the axis labels and the unit line.</summary>
    public const double FooterHeight = 48;

    /// <summary>Space kept at each side of the scale, so a mark or a tick label at the edge is never clipped.</summary>
    public const double SidePadding = 14;

    /// <summary>The scale never spans less than this (a ratio from 1/2 to 2), so a narrow interval does not look wide.</summary>
    public const double MinimumSpan = 2;

    private static readonly double[] TickValues = [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];

    /// <summary>Computes the geometry of <paramref name="chart"/>.</summary>
    /// <exception cref="ArgumentException">A row's estimate or bounds are not positive and finite, or not ordered.</exception>
    public static IntervalChartGeometry Layout(IntervalChartModel chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var low = 1.0;
        var high = 1.0;
        foreach (var row in chart.Rows)
        {
            if (row.Estimate is not { } estimate)
            {
                continue;
            }

            if (row.Lower is not { } lower || row.Upper is not { } upper || !double.IsFinite(lower) || !double.IsFinite(upper)
                || lower <= 0 || !(lower <= estimate && estimate <= upper))
            {
                throw new ArgumentException($"Row '{row.Label}' needs 0 < lower <= estimate <= upper, all finite.", nameof(chart));
            }

            low = Math.Min(low, lower);
            high = Math.Max(high, upper);
        }

        // Log scale, widened to at least 1/MinimumSpan..MinimumSpan around 1 and to the nearest ticks outside the data.
        low = Math.Min(low, 1 / MinimumSpan);
        high = Math.Max(high, MinimumSpan);
        var logLow = Math.Log10(low);
        var logHigh = Math.Log10(high);
        double X(double value) => Math.Round(SidePadding + ((Math.Log10(value) - logLow) / (logHigh - logLow) * (Width - (2 * SidePadding))), 2);

        var rows = new List<IntervalGeometry>(chart.Rows.Count);
        for (var i = 0; i < chart.Rows.Count; i++)
        {
            var row = chart.Rows[i];
            var top = i * RowHeight;
            rows.Add(row.Estimate is { } e
                ? new IntervalGeometry(row, top + 16, top + 30, X(row.Lower!.Value), X(row.Upper!.Value), X(e))
                : new IntervalGeometry(row, top + 16, top + 30, null, null, null));
        }

        // Ticks inside the scale, thinned to at most five so their labels never overlap on a phone; 1 always stays.
        var inside = TickValues.Where(t => t >= low && t <= high).ToList();
        while (inside.Count > 5)
        {
            inside = [.. inside.Where((t, k) => t == 1 || k % 2 == inside.IndexOf(1) % 2)];
        }

        var ticks = inside.Select(t => (t.ToString("0.##", CultureInfo.InvariantCulture), X(t))).ToList();
        var rowsHeight = chart.Rows.Count * RowHeight;
        return new IntervalChartGeometry(Width, rowsHeight + FooterHeight, rows, X(1), ticks, rowsHeight + 4);
    }
}
