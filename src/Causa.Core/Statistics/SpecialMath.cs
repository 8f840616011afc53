namespace Causa.Core.Statistics;

/// <summary>
/// Digamma and trigamma for positive arguments. MathNet.Numerics has digamma but no trigamma; both live
/// here so they share one recurrence-plus-asymptotic-series scheme with ~1e-15 relative accuracy.
/// </summary>
internal static class SpecialMath
{
    /// <summary>Standard normal 97.5% quantile, qnorm(0.975).</summary>
    public const double Z975 = 1.959963984540054;

    /// <summary>ψ(x) for x &gt; 0.</summary>
    public static double Digamma(double x)
    {
        double result = 0;
        // Shift up until the asymptotic series is accurate to double precision (x ≥ 10: last term ~1e-17).
        while (x < 10)
        {
            result -= 1 / x;
            x += 1;
        }

        var inv = 1 / x;
        var inv2 = inv * inv;
        // ψ(x) ~ ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ)
        var series = inv2 * ((1.0 / 12) - (inv2 * ((1.0 / 120) - (inv2 * ((1.0 / 252) - (inv2 * ((1.0 / 240) - (inv2 * (1.0 / 132)))))))));
        return result + Math.Log(x) - (0.5 * inv) - series;
    }

    /// <summary>ψ′(x) for x &gt; 0.</summary>
    public static double Trigamma(double x)
    {
        double result = 0;
        while (x < 10)
        {
            result += 1 / (x * x);
            x += 1;
        }

        var inv = 1 / x;
        var inv2 = inv * inv;
        // ψ′(x) ~ 1/x + 1/(2x²) + Σ B₂ₖ/x²ᵏ⁺¹
        // Bernoulli terms 1/6, −1/30, 1/42, −1/30, 5/66 of x^−3, x^−5, …
        var tail = inv2 * ((1.0 / 6) - (inv2 * ((1.0 / 30) - (inv2 * ((1.0 / 42) - (inv2 * ((1.0 / 30) - (inv2 * (5.0 / 66)))))))));
        var series = inv * (1 + (inv * 0.5) + tail);
        return result + series;
    }
}
