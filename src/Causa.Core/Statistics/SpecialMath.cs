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

    /// <summary>ln(1 + x) for x &gt; −1, accurate for small x (the BCL's generic LogP1 is ln(x + 1)).</summary>
    public static double Log1P(double x)
    {
        var u = 1.0 + x;
        // Goldberg's correction: exact rounding of 1 + x is compensated by x/(u − 1).
        return u == 1.0 ? x : Math.Log(u) * x / (u - 1.0);
    }

    /// <summary>
    /// Regularised lower incomplete gamma P(a, z) together with the log-density factor zᵃe⁻ᶻ/Γ(a), for a &gt; 0, z ≥ 0.
    /// </summary>
    /// <param name="a">Shape.</param>
    /// <param name="z">Argument (rate × x).</param>
    /// <param name="logGammaA">lnΓ(a), precomputed by the caller.</param>
    /// <param name="prefactor">zᵃe⁻ᶻ/Γ(a): x·density of Gamma(a, b) at x = z/b.</param>
    /// <returns>P(a, z) in [0, 1].</returns>
    /// <remarks>Series for z &lt; a + 1, Lentz continued fraction otherwise (Numerical Recipes §6.2); ~1e-14 relative.</remarks>
    public static double GammaLowerRegularized(double a, double z, double logGammaA, out double prefactor)
    {
        if (z <= 0)
        {
            prefactor = 0;
            return 0;
        }

        prefactor = Math.Exp((a * Math.Log(z)) - z - logGammaA);
        if (z < a + 1)
        {
            double ap = a, del = 1.0 / a, sum = del;
            for (var k = 0; k < 100000; k++)
            {
                ap += 1;
                del *= z / ap;
                sum += del;
                if (Math.Abs(del) < Math.Abs(sum) * 1e-16)
                {
                    break;
                }
            }

            return Math.Min(1.0, sum * prefactor);
        }

        const double Tiny = 1e-300;
        var b = z + 1 - a;
        var c = 1 / Tiny;
        var d = 1 / b;
        var h = d;
        for (var i = 1; i < 100000; i++)
        {
            var an = -i * (i - a);
            b += 2;
            d = (an * d) + b;
            if (Math.Abs(d) < Tiny)
            {
                d = Tiny;
            }

            c = b + (an / c);
            if (Math.Abs(c) < Tiny)
            {
                c = Tiny;
            }

            d = 1 / d;
            var delta = d * c;
            h *= delta;
            if (Math.Abs(delta - 1) < 1e-16)
            {
                break;
            }
        }

        return Math.Max(0.0, 1.0 - (prefactor * h));
    }
}
