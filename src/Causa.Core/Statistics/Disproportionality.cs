namespace Causa.Core.Statistics;

/// <summary>
/// Disproportionality measures over a 2×2 table: PRR, ROR, Yates χ², the BCPNN information component.
/// </summary>
/// <remarks>
/// Pure functions, thread-safe. Formulas and zero-cell behaviour are listed in docs/STATISTICS.md and on
/// <see cref="Compute"/>; tested against twobytwo_reference.csv (R 4.2.2) to 1e-8 relative.
/// </remarks>
public static class Disproportionality
{
    private const double Log2E = 1.4426950408889634;

    /// <summary>Computes every frequentist and closed-form BCPNN measure for a table.</summary>
    /// <param name="table">The 2×2 table over unique cases.</param>
    /// <returns>The measures; never NaN or infinite.</returns>
    /// <remarks>
    /// <list type="bullet">
    /// <item><b>PRR</b> = [a/(a+b)]/[c/(c+d)]. Null when a+b = 0 or c+d = 0 (a proportion is undefined) or c = 0
    /// (infinite, or 0/0 when a = 0 too). 0 when a = 0 and the rest is defined.
    /// Wald 95% CI exp(ln PRR ± 1.96·√(1/a − 1/(a+b) + 1/c − 1/(c+d))), null when a = 0 (log of 0) or the PRR is null.</item>
    /// <item><b>ROR</b> = ad/(bc). Null when b = 0 or c = 0; 0 when ad = 0 otherwise.
    /// Wald 95% CI exp(ln ROR ± 1.96·√(1/a + 1/b + 1/c + 1/d)), null unless all cells are positive.</item>
    /// <item><b>Yates χ²</b>: Σ (|O − E| − min(0.5, minᵢ|Oᵢ − Eᵢ|))² / E over the four cells, as R's
    /// <c>chisq.test(correct = TRUE)</c>. Null when any row or column total is 0 (an expected cell is 0).</item>
    /// <item><b>IC</b> = log₂((a+0.5)/(E+0.5)); IC025 = IC − 3.3(a+0.5)^−½ − 2(a+0.5)^−³⁄²,
    /// IC975 = IC + 2.4(a+0.5)^−½ − 0.5(a+0.5)^−³⁄² (Norén et al. 2013). Always defined.</item>
    /// </list>
    /// </remarks>
    public static DisproportionalityResult Compute(ContingencyTable table)
    {
        long a = table.A, b = table.B, c = table.C, d = table.D;
        var expected = table.Expected;

        double? prr = null, prrLower = null, prrUpper = null;
        if (a + b > 0 && c + d > 0 && c > 0)
        {
            prr = ((double)a / (a + b)) / ((double)c / (c + d));
            if (a > 0)
            {
                var variance = (1.0 / a) - (1.0 / (a + b)) + (1.0 / c) - (1.0 / (c + d));
                (prrLower, prrUpper) = WaldInterval(prr.Value, variance);
            }
        }

        double? ror = null, rorLower = null, rorUpper = null;
        if (b > 0 && c > 0)
        {
            ror = ((double)a * d) / ((double)b * c);
            if (a > 0 && d > 0)
            {
                var variance = (1.0 / a) + (1.0 / b) + (1.0 / c) + (1.0 / d);
                (rorLower, rorUpper) = WaldInterval(ror.Value, variance);
            }
        }

        var chi = ChiSquareYates(table);

        var shrunk = a + 0.5;
        var ic = Math.Log((a + 0.5) / (expected + 0.5)) * Log2E;
        var rootInverse = 1 / Math.Sqrt(shrunk);
        var rootInverseCubed = rootInverse / shrunk;
        var ic025 = ic - (3.3 * rootInverse) - (2 * rootInverseCubed);
        var ic975 = ic + (2.4 * rootInverse) - (0.5 * rootInverseCubed);

        var signals = SignalFlags.None;
        if (prr >= 2 && chi >= 4 && a >= 3)
        {
            signals |= SignalFlags.Evans;
        }

        if (ic025 > 0)
        {
            signals |= SignalFlags.IcLowerAboveZero;
        }

        if (rorLower > 1)
        {
            signals |= SignalFlags.RorLowerAboveOne;
        }

        return new DisproportionalityResult(table, expected, prr, prrLower, prrUpper, ror, rorLower, rorUpper, chi, ic, ic025, ic975, signals);
    }

    /// <summary>
    /// The exact BCPNN posterior mean and standard deviation of the IC (Gould 2003, eq. A3/A4; the
    /// non-Monte-Carlo branch of PhViD's <c>BCPNN</c>), with normal 95% limits.
    /// </summary>
    /// <param name="table">The 2×2 table over unique cases.</param>
    /// <returns>Always defined, including for the empty table (uniform Beta(1,1) priors).</returns>
    /// <remarks>
    /// With n₁. = a+b, n.₁ = a+c: p₁ = 1+n₁., p₂ = 1+N−n₁., q₁ = 1+n.₁, q₂ = 1+N−n.₁, r₁ = 1+a,
    /// r₂ = N−a−1+(N+2)²/(p₁q₁); E[IC] = [ψ(r₁)−ψ(r₁+r₂) − ψ(p₁)+ψ(p₁+p₂) − ψ(q₁)+ψ(q₁+q₂)]/ln 2 and
    /// Var[IC] = [ψ′(r₁)−ψ′(r₁+r₂) + ψ′(p₁)−ψ′(p₁+p₂) + ψ′(q₁)−ψ′(q₁+q₂)]/(ln 2)².
    /// </remarks>
    public static BcpnnPosterior ComputeBcpnn(ContingencyTable table)
    {
        double n = table.N;
        double p1 = 1.0 + table.DrugTotal;
        double p2 = 1.0 + n - table.DrugTotal;
        double q1 = 1.0 + table.EventTotal;
        double q2 = 1.0 + n - table.EventTotal;
        double r1 = 1.0 + table.A;
        // r₂ ≥ N − a ≥ 0 because (N+2)² ≥ p₁q₁, so every argument below is positive.
        var r2 = n - table.A - 1 + ((n + 2) * (n + 2) / (p1 * q1));
        var mean = (SpecialMath.Digamma(r1) - SpecialMath.Digamma(r1 + r2)
            - (SpecialMath.Digamma(p1) - SpecialMath.Digamma(p1 + p2) + SpecialMath.Digamma(q1) - SpecialMath.Digamma(q1 + q2))) * Log2E;
        var variance = (SpecialMath.Trigamma(r1) - SpecialMath.Trigamma(r1 + r2)
            + (SpecialMath.Trigamma(p1) - SpecialMath.Trigamma(p1 + p2) + SpecialMath.Trigamma(q1) - SpecialMath.Trigamma(q1 + q2))) * Log2E * Log2E;
        var sd = Math.Sqrt(Math.Max(variance, 0));
        return new BcpnnPosterior(mean, sd, mean - (SpecialMath.Z975 * sd), mean + (SpecialMath.Z975 * sd));
    }

    private static (double Lower, double Upper) WaldInterval(double estimate, double logVariance)
    {
        // Rounding can push a true zero variance (b = d = 0) slightly negative.
        var halfWidth = SpecialMath.Z975 * Math.Sqrt(Math.Max(logVariance, 0));
        var log = Math.Log(estimate);
        return (Math.Exp(log - halfWidth), Math.Exp(log + halfWidth));
    }

    private static double? ChiSquareYates(ContingencyTable table)
    {
        double n = table.N;
        double row1 = table.DrugTotal, row2 = table.C + table.D;
        double col1 = table.EventTotal, col2 = table.B + table.D;
        if (row1 == 0 || row2 == 0 || col1 == 0 || col2 == 0)
        {
            return null;
        }

        // Same operation order as R: E = outer(rows, cols)/n, YATES = min(0.5, |x − E|), Σ (|x − E| − YATES)²/E.
        var e11 = row1 * col1 / n;
        var e12 = row1 * col2 / n;
        var e21 = row2 * col1 / n;
        var e22 = row2 * col2 / n;
        var r11 = Math.Abs(table.A - e11);
        var r12 = Math.Abs(table.B - e12);
        var r21 = Math.Abs(table.C - e21);
        var r22 = Math.Abs(table.D - e22);
        var yates = Math.Min(0.5, Math.Min(Math.Min(r11, r12), Math.Min(r21, r22)));
        return (Square(r11 - yates) / e11) + (Square(r12 - yates) / e12) + (Square(r21 - yates) / e21) + (Square(r22 - yates) / e22);
    }

    private static double Square(double x) => x * x;
}
