using MathNet.Numerics;

namespace Causa.Core.Statistics;

/// <summary>
/// Per-pair posterior of λ given N = n: Qn·Gamma(α₁+n, β₁+E) + (1−Qn)·Gamma(α₂+n, β₂+E); EBGM and quantiles.
/// </summary>
internal static class MgpsPosterior
{
    /// <summary>Relative convergence of the quantile root finder (well inside the promised 1e-6).</summary>
    private const double QuantileTolerance = 1e-9;

    /// <summary>Largest relative error accepted from an interpolation table (checked against direct solves).</summary>
    private const double TableTolerance = 1e-8;

    private const int ShapeTableLimit = 1 << 16;

    /// <summary>Spacing of the interpolation nodes in ln E, before refinement.</summary>
    private const double InitialSpacing = 1.0 / 32;

    public static void Score(in MgpsHyperparameters theta, ReadOnlySpan<int> n, ReadOnlySpan<double> e, Span<MgpsScore> destination, double lowerProbability, double upperProbability)
    {
        // Spans cannot enter the parallel loop: copy the inputs once (12 bytes a pair, small next to the work).
        var result = new MgpsScore[n.Length];
        Score(theta, n.ToArray(), e.ToArray(), result, lowerProbability, upperProbability);
        result.CopyTo(destination);
    }

    public static void Score(in MgpsHyperparameters theta, int[] nArray, double[] eArray, MgpsScore[] result, double lowerProbability, double upperProbability) =>
        new Scorer(theta, nArray, eArray, lowerProbability, upperProbability).Score(nArray, eArray, 0, result, nArray.Length);

    /// <summary>Scores one pair by direct root finding (no tables); the reference for the tables.</summary>
    internal static MgpsScore ScoreDirect(in MgpsHyperparameters theta, int n, double e, double lowerProbability, double upperProbability)
    {
        var shapes = new ShapeTables(theta, Math.Min(n, ShapeTableLimit - 1));
        var (qn, ebgm, mixture) = Posterior(theta, shapes, n, e);
        return new MgpsScore(ebgm, Quantile(mixture, lowerProbability), Quantile(mixture, upperProbability), qn);
    }

    /// <summary>
    /// For each N with many pairs, the quantiles are smooth functions of ln E: tabulate ln EB05 and ln EB95 on a
    /// uniform ln E grid and interpolate with 4-point Lagrange polynomials. Each table is checked against direct
    /// solves at interval midpoints and refined (or abandoned for direct solves) until the error is below 1e-8.
    /// </summary>
    private static QuantileTable?[] BuildQuantileTables(MgpsHyperparameters theta, ShapeTables shapes, int[] n, double[] e, double lower, double upper)
    {
        var maxN = 0;
        foreach (var count in n)
        {
            maxN = Math.Max(maxN, count);
        }

        var limit = Math.Min(maxN, ShapeTableLimit - 1) + 1;
        var pairs = new int[limit];
        var minLog = new double[limit];
        var maxLog = new double[limit];
        Array.Fill(minLog, double.PositiveInfinity);
        Array.Fill(maxLog, double.NegativeInfinity);
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] < limit)
            {
                pairs[n[i]]++;
                var log = Math.Log(e[i]);
                minLog[n[i]] = Math.Min(minLog[n[i]], log);
                maxLog[n[i]] = Math.Max(maxLog[n[i]], log);
            }
        }

        var tables = new QuantileTable?[limit];
        var candidates = new List<int>();
        for (var count = 0; count < limit; count++)
        {
            // A table costs ~2 solves per node plus checks: worth it only with several pairs per node.
            var nodes = ((maxLog[count] - minLog[count]) / InitialSpacing) + 4;
            if (pairs[count] > 0 && pairs[count] > 4 * nodes)
            {
                candidates.Add(count);
            }
        }

        Parallel.ForEach(candidates, count => tables[count] = QuantileTable.TryBuild(theta, shapes, count, minLog[count], maxLog[count], lower, upper));
        return tables;
    }

    private static (double Qn, double Ebgm, Mixture Mixture) Posterior(in MgpsHyperparameters theta, ShapeTables shapes, int n, double e)
    {
        double a1 = theta.Alpha1 + n, a2 = theta.Alpha2 + n;
        double b1 = theta.Beta1 + e, b2 = theta.Beta2 + e;
        double logB1 = Math.Log(b1), logB2 = Math.Log(b2);
        shapes.Get(theta, n, out var lg1, out var lg2, out var dg1, out var dg2, out var lnb1, out var lnb2);

        // Qn from the untruncated negative-binomial densities (openEBGM's Qn, DuMouchel eq. 6); the n! cancels.
        var logE = n == 0 ? 0 : Math.Log(e);
        var logF1 = lnb1 + (theta.Alpha1 * (Math.Log(theta.Beta1) - logB1)) + (n * (logE - logB1));
        var logF2 = lnb2 + (theta.Alpha2 * (Math.Log(theta.Beta2) - logB2)) + (n * (logE - logB2));
        var l1 = Math.Log(theta.P) + logF1;
        var l2 = Math.Log(1 - theta.P) + logF2;
        var qn = 1 / (1 + Math.Exp(l2 - l1));
        var expectedLog = (qn * (dg1 - logB1)) + ((1 - qn) * (dg2 - logB2));
        return (qn, Math.Exp(expectedLog), new Mixture(qn, a1, b1, lg1, a2, b2, lg2));
    }

    /// <summary>ln EB05 and ln EB95 tabulated on a uniform ln E grid for one N.</summary>
    private sealed class QuantileTable
    {
        private readonly double _origin;
        private readonly double _spacing;
        private readonly double[] _lower;
        private readonly double[] _upper;

        private QuantileTable(double origin, double spacing, double[] lower, double[] upper)
        {
            _origin = origin;
            _spacing = spacing;
            _lower = lower;
            _upper = upper;
        }

        public static QuantileTable? TryBuild(MgpsHyperparameters theta, ShapeTables shapes, int n, double minLog, double maxLog, double lower, double upper)
        {
            for (var spacing = InitialSpacing; spacing >= InitialSpacing / 8; spacing /= 2)
            {
                // Nodes x₀ … x_{K+1} with x₁ = min ln E and x_K ≥ max ln E, so every point has a 4-node stencil; K ≥ 2
                // even when every pair has the same E (no span at all), since a stencil needs four nodes.
                var k = Math.Max(2, (int)Math.Ceiling((maxLog - minLog) / spacing) + 1);
                var origin = minLog - spacing;
                var lowerNodes = new double[k + 2];
                var upperNodes = new double[k + 2];
                for (var j = 0; j < k + 2; j++)
                {
                    var mixture = Posterior(theta, shapes, n, Math.Exp(origin + (j * spacing))).Mixture;
                    lowerNodes[j] = Math.Log(QuantileOrNaN(mixture, lower));
                    upperNodes[j] = Math.Log(QuantileOrNaN(mixture, upper));
                }

                var table = new QuantileTable(origin, spacing, lowerNodes, upperNodes);
                if (table.Verify(theta, shapes, n, k, lower, upper))
                {
                    return table;
                }
            }

            return null;
        }

        public (double Lower, double Upper) Interpolate(double logE)
        {
            var position = (logE - _origin) / _spacing;
            var k = Math.Clamp((int)Math.Floor(position), 1, _lower.Length - 3);
            var t = position - k;
            // Cubic Lagrange weights on nodes k−1, k, k+1, k+2.
            var tm1 = t - 1;
            var tm2 = t - 2;
            var tp1 = t + 1;
            var w0 = -t * tm1 * tm2 / 6;
            var w1 = tp1 * tm1 * tm2 / 2;
            var w2 = -tp1 * t * tm2 / 2;
            var w3 = tp1 * t * tm1 / 6;
            var lowerLog = (w0 * _lower[k - 1]) + (w1 * _lower[k]) + (w2 * _lower[k + 1]) + (w3 * _lower[k + 2]);
            var upperLog = (w0 * _upper[k - 1]) + (w1 * _upper[k]) + (w2 * _upper[k + 1]) + (w3 * _upper[k + 2]);
            return (Math.Exp(lowerLog), Math.Exp(upperLog));
        }

        private bool Verify(MgpsHyperparameters theta, ShapeTables shapes, int n, int k, double lower, double upper)
        {
            // Midpoints are where interpolation error peaks; check every third interval and the last few.
            for (var j = 1; j < k; j += j < k - 3 ? 3 : 1)
            {
                var logE = _origin + ((j + 0.5) * _spacing);
                var mixture = Posterior(theta, shapes, n, Math.Exp(logE)).Mixture;
                var (lowerValue, upperValue) = Interpolate(logE);
                var lowerExact = QuantileOrNaN(mixture, lower);
                var upperExact = QuantileOrNaN(mixture, upper);
                // NaN (a quantile not asked for) compares false, so it never fails the check.
                if (Math.Abs(lowerValue - lowerExact) > TableTolerance * lowerExact || Math.Abs(upperValue - upperExact) > TableTolerance * upperExact)
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>The quantile, or NaN when <paramref name="p"/> is NaN (benchmarks time EB05 and EB95 separately).</summary>
    private static double QuantileOrNaN(in Mixture m, double p) => double.IsNaN(p) ? double.NaN : Quantile(m, p);

    /// <summary>Safeguarded Newton on ln x: keeps a bracket and bisects (geometrically) when a step leaves it.</summary>
    internal static double Quantile(in Mixture m, double p)
    {
        // Start from the Wilson–Hilferty quantile of the dominant component.
        var z = p < 0.5 ? -Normal(1 - p) : Normal(p);
        var (a, b) = m.Weight1 >= 0.5 ? (m.Shape1, m.Rate1) : (m.Shape2, m.Rate2);
        var c = 1 / (9 * a);
        var cube = 1 - c + (z * Math.Sqrt(c));
        var x = cube > 0.05 ? a / b * cube * cube * cube : a / b * Math.Pow(p, 1 / a);
        if (!(x > 0) || !double.IsFinite(x))
        {
            x = a / b;
        }

        double lo = 0, hi = double.PositiveInfinity;
        for (var iteration = 0; iteration < 400; iteration++)
        {
            var cdf = m.Cdf(x, out var xDensity);
            var error = cdf - p;
            if (error > 0)
            {
                hi = x;
            }
            else
            {
                lo = x;
            }

            double next;
            if (xDensity > 0 && double.IsFinite(xDensity))
            {
                next = x * Math.Exp(Math.Clamp(-error / xDensity, -2.0, 2.0));
            }
            else
            {
                next = double.NaN;
            }

            if (!(next > lo && next < hi))
            {
                next = double.IsPositiveInfinity(hi) ? Math.Max(x, lo) * 4 : lo == 0 ? hi / 4 : Math.Sqrt(lo * hi);
            }

            if (Math.Abs(next - x) <= QuantileTolerance * x || (hi - lo) <= QuantileTolerance * lo)
            {
                return next;
            }

            x = next;
        }

        return x;
    }

    /// <summary>Standard normal quantile for p ≥ 0.5 (Abramowitz &amp; Stegun 26.2.23, ~5e-4; only seeds the root finder).</summary>
    private static double Normal(double p)
    {
        var q = Math.Sqrt(-2 * Math.Log(1 - p));
        return q - ((2.515517 + (0.802853 * q) + (0.010328 * q * q)) / (1 + (1.432788 * q) + (0.189269 * q * q) + (0.001308 * q * q * q)));
    }

    /// <summary>The posterior mixture of two gammas.</summary>
    internal readonly struct Mixture(double weight1, double shape1, double rate1, double logGamma1, double shape2, double rate2, double logGamma2)
    {
        public double Weight1 { get; } = weight1;

        public double Shape1 { get; } = shape1;

        public double Rate1 { get; } = rate1;

        public double Shape2 { get; } = shape2;

        public double Rate2 { get; } = rate2;

        /// <summary>CDF at x, and x times the density at x (the derivative of the CDF with respect to ln x).</summary>
        public double Cdf(double x, out double xDensity)
        {
            double cdf = 0;
            xDensity = 0;
            if (Weight1 > 1e-15)
            {
                cdf += Weight1 * SpecialMath.GammaLowerRegularized(Shape1, Rate1 * x, logGamma1, out var f1);
                xDensity += Weight1 * f1;
            }

            if (Weight1 < 1 - 1e-15)
            {
                cdf += (1 - Weight1) * SpecialMath.GammaLowerRegularized(Shape2, Rate2 * x, logGamma2, out var f2);
                xDensity += (1 - Weight1) * f2;
            }

            return cdf;
        }
    }

    /// <summary>Per-n constants lnΓ(α+n), ψ(α+n) and lnΓ(α+n) − lnΓ(α) for both components, tabulated for small n.</summary>
    /// <summary>
    /// Scores pairs a range at a time with the quantile tables built once from all the pairs, so scoring in parts gives
    /// every pair exactly the score of one call over all of them (the tables depend on the whole data: the E range and
    /// the number of pairs of each N).
    /// </summary>
    /// <remarks>Thread-safe after construction; each <see cref="Score"/> call runs on every core.</remarks>
    internal sealed class Scorer
    {
        private readonly MgpsHyperparameters _theta;
        private readonly ShapeTables _shapes;
        private readonly QuantileTable?[] _tables;
        private readonly double _lowerProbability;
        private readonly double _upperProbability;

        /// <summary>Builds the shape and quantile tables for all the pairs (<paramref name="n"/>, <paramref name="e"/>).</summary>
        public Scorer(in MgpsHyperparameters theta, int[] n, double[] e, double lowerProbability, double upperProbability)
        {
            var maxN = 0;
            foreach (var count in n)
            {
                maxN = Math.Max(maxN, count);
            }

            _theta = theta;
            _shapes = new ShapeTables(theta, Math.Min(maxN, ShapeTableLimit - 1));
            _tables = BuildQuantileTables(theta, _shapes, n, e, lowerProbability, upperProbability);
            _lowerProbability = lowerProbability;
            _upperProbability = upperProbability;
        }

        /// <summary>Scores pairs <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 into
        /// <paramref name="destination"/>[0 … <paramref name="count"/> − 1].</summary>
        public void Score(int[] n, double[] e, int start, MgpsScore[] destination, int count)
        {
            var chunks = Math.Max(1, Math.Min(count / 4096, Environment.ProcessorCount * 8));
            Parallel.For(0, chunks, c =>
            {
                var from = (int)((long)count * c / chunks);
                var to = (int)((long)count * (c + 1) / chunks);
                for (var k = from; k < to; k++)
                {
                    var i = start + k;
                    var pairCount = n[i];
                    var table = pairCount < _tables.Length ? _tables[pairCount] : null;
                    var (qn, ebgm, mixture) = Posterior(_theta, _shapes, pairCount, e[i]);
                    double eb05, eb95;
                    if (table is not null)
                    {
                        (eb05, eb95) = table.Interpolate(Math.Log(e[i]));
                    }
                    else
                    {
                        eb05 = QuantileOrNaN(mixture, _lowerProbability);
                        eb95 = QuantileOrNaN(mixture, _upperProbability);
                    }

                    destination[k] = new MgpsScore(ebgm, eb05, eb95, qn);
                }
            });
        }
    }

    private sealed class ShapeTables
    {
        private readonly double[] _logGamma1;
        private readonly double[] _logGamma2;
        private readonly double[] _digamma1;
        private readonly double[] _digamma2;
        private readonly double _logGammaAlpha1;
        private readonly double _logGammaAlpha2;

        public ShapeTables(in MgpsHyperparameters theta, int maxN)
        {
            var size = maxN + 1;
            _logGamma1 = new double[size];
            _logGamma2 = new double[size];
            _digamma1 = new double[size];
            _digamma2 = new double[size];
            for (var n = 0; n < size; n++)
            {
                _logGamma1[n] = SpecialFunctions.GammaLn(theta.Alpha1 + n);
                _logGamma2[n] = SpecialFunctions.GammaLn(theta.Alpha2 + n);
                _digamma1[n] = SpecialMath.Digamma(theta.Alpha1 + n);
                _digamma2[n] = SpecialMath.Digamma(theta.Alpha2 + n);
            }

            _logGammaAlpha1 = SpecialFunctions.GammaLn(theta.Alpha1);
            _logGammaAlpha2 = SpecialFunctions.GammaLn(theta.Alpha2);
        }

        public void Get(in MgpsHyperparameters theta, int n, out double logGamma1, out double logGamma2, out double digamma1, out double digamma2, out double logGammaRatio1, out double logGammaRatio2)
        {
            if (n < _logGamma1.Length)
            {
                logGamma1 = _logGamma1[n];
                logGamma2 = _logGamma2[n];
                digamma1 = _digamma1[n];
                digamma2 = _digamma2[n];
            }
            else
            {
                logGamma1 = SpecialFunctions.GammaLn(theta.Alpha1 + n);
                logGamma2 = SpecialFunctions.GammaLn(theta.Alpha2 + n);
                digamma1 = SpecialMath.Digamma(theta.Alpha1 + n);
                digamma2 = SpecialMath.Digamma(theta.Alpha2 + n);
            }

            logGammaRatio1 = logGamma1 - _logGammaAlpha1;
            logGammaRatio2 = logGamma2 - _logGammaAlpha2;
        }
    }
}
