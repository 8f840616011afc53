namespace Causa.Core.Statistics;

/// <summary>Sample quantiles by linear interpolation between order statistics (Hyndman and Fan type 7: R's default,
/// Python's <c>statistics.quantiles(method="inclusive")</c>, Excel's <c>PERCENTILE.INC</c>).</summary>
public static class SampleQuantile
{
    /// <summary>The <paramref name="p"/> quantile of <paramref name="sorted"/>.</summary>
    /// <param name="sorted">Values in ascending order, none NaN.</param>
    /// <param name="p">Probability in [0, 1].</param>
    /// <returns>The quantile; NaN when <paramref name="sorted"/> is empty; the single value when it holds one.</returns>
    public static double Of(ReadOnlySpan<double> sorted, double p)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(p, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(p, 1);
        if (sorted.IsEmpty)
        {
            return double.NaN;
        }

        var h = (sorted.Length - 1) * p;
        var lower = (int)Math.Floor(h);
        var upper = Math.Min(lower + 1, sorted.Length - 1);
        return sorted[lower] + ((h - lower) * (sorted[upper] - sorted[lower]));
    }
}
