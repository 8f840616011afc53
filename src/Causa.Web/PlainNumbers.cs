using System.Globalization;

namespace Causa.Web;

/// <summary>Numbers as people read them ("about 2 in 100", "1,204 reports"). Pure and culture-invariant.</summary>
public static class PlainNumbers
{
    /// <summary>
    /// A percentage (0–100) as a natural frequency: "about 2 in 100" from 1.5 up; "about 1 in 200" below 1 in 100
    /// (the denominator rounded to 1, 2 or 5 times a power of ten); "fewer than 1 in 10,000" below 0.01;
    /// "almost all" from 99.5; "none" for 0. NaN, infinities and negative values give "unknown".
    /// </summary>
    public static string PerHundred(double percent)
    {
        if (!double.IsFinite(percent) || percent < 0)
        {
            return "unknown";
        }

        if (percent == 0)
        {
            return "none";
        }

        if (percent >= 0.95)
        {
            var n = Math.Round(percent, MidpointRounding.AwayFromZero);
            return n >= 100 ? "almost all" : string.Create(CultureInfo.InvariantCulture, $"about {n:0} in 100");
        }

        if (percent < 0.01)
        {
            return "fewer than 1 in 10,000";
        }

        return "about 1 in " + Count((long)NiceDenominator(100 / percent));
    }

    /// <summary>A count with thousands separators, invariant ("1,204").</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular for 1 ("1 report", "1,204 reports").</summary>
    public static string Count(long value, string singular, string plural) => Count(value) + " " + (value == 1 ? singular : plural);

    // 1, 2 or 5 times a power of ten, whichever is nearest on a log scale: people read "1 in 200" more easily
    // than "1 in 187", and the data are not that precise.
    private static double NiceDenominator(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        double[] steps = [1, 2, 5, 10];
        var best = steps[0];
        foreach (var step in steps)
        {
            if (Math.Abs(Math.Log(value / (step * power))) < Math.Abs(Math.Log(value / (best * power))))
            {
                best = step;
            }
        }

        return best * power;
    }
}
