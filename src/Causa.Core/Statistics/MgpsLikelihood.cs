using System.Diagnostics;
using MathNet.Numerics;

namespace Causa.Core.Statistics;

/// <summary>
/// The truncated two-component negative-binomial mixture log-likelihood (openEBGM's <c>negLLsquash</c>) and its
/// analytic gradient, over weighted (N, E) points.
/// </summary>
/// <remarks>
/// Per point, component k: log f = lnΓ(α+n) − lnΓ(α) − ln n! − α·t + n·(ln E − ln β − t), t = ln(1 + E/β);
/// each component is divided by its own P(N ≥ N*). The per-n gamma terms are computed once per distinct n per
/// evaluation, so the per-point cost is a handful of exp/log calls. Large inputs are split over threads.
/// </remarks>
internal sealed class MgpsLikelihood
{
    private const int ParallelThreshold = 16384;
    private readonly int[] _n;
    private readonly double[] _e;
    private readonly double[] _logE;
    private readonly double[] _w;
    private readonly int[] _distinctN;
    private readonly int[] _groupStart;
    private readonly double _logFactorialSum;
    private int _evaluations;

    public MgpsLikelihood(MgpsPoints points, int nStar)
    {
        Debug.Assert(nStar >= 1);
        _n = points.N;
        _e = points.E;
        _w = points.Weight;
        NStar = nStar;
        _logE = new double[_e.Length];
        var distinct = new List<int>();
        var starts = new List<int>();
        double logFactorialSum = 0;
        for (var i = 0; i < _n.Length; i++)
        {
            _logE[i] = Math.Log(_e[i]);
            if (i == 0 || _n[i] != _n[i - 1])
            {
                Debug.Assert(i == 0 || _n[i] > _n[i - 1], "points must be sorted by N");
                distinct.Add(_n[i]);
                starts.Add(i);
            }

            logFactorialSum += _w[i] * SpecialFunctions.FactorialLn(_n[i]);
        }

        starts.Add(_n.Length);
        _distinctN = [.. distinct];
        _groupStart = [.. starts];
        _logFactorialSum = logFactorialSum;
        TotalWeight = points.TotalWeight;
    }

    public int NStar { get; }

    public int Count => _n.Length;

    /// <summary>Sum of the weights.</summary>
    public double TotalWeight { get; }

    /// <summary>Evaluations so far (diagnostics for benchmarks).</summary>
    public int Evaluations => _evaluations;

    /// <summary>Log-likelihood at θ, with its gradient with respect to (α₁, β₁, α₂, β₂, P) written to <paramref name="gradient"/> when given.</summary>
    public double Evaluate(in MgpsHyperparameters theta, Span<double> gradient)
    {
        Interlocked.Increment(ref _evaluations);
        var groups = _distinctN.Length;
        var terms = new GroupTerms(groups);
        for (var g = 0; g < groups; g++)
        {
            var n = _distinctN[g];
            terms.LogGammaRatio1[g] = SpecialFunctions.GammaLn(theta.Alpha1 + n) - SpecialFunctions.GammaLn(theta.Alpha1);
            terms.LogGammaRatio2[g] = SpecialFunctions.GammaLn(theta.Alpha2 + n) - SpecialFunctions.GammaLn(theta.Alpha2);
            terms.DigammaRatio1[g] = SpecialMath.Digamma(theta.Alpha1 + n) - SpecialMath.Digamma(theta.Alpha1);
            terms.DigammaRatio2[g] = SpecialMath.Digamma(theta.Alpha2 + n) - SpecialMath.Digamma(theta.Alpha2);
        }

        var wantGradient = !gradient.IsEmpty;
        Accumulator total;
        if (_n.Length >= ParallelThreshold)
        {
            var chunks = Math.Min(Environment.ProcessorCount * 2, 16);
            var partial = new Accumulator[chunks];
            var thetaCopy = theta;
            Parallel.For(0, chunks, c =>
            {
                var from = (int)((long)_n.Length * c / chunks);
                var to = (int)((long)_n.Length * (c + 1) / chunks);
                partial[c] = Sum(thetaCopy, terms, from, to, wantGradient);
            });
            total = default;
            foreach (var p in partial)
            {
                total.Add(p);
            }
        }
        else
        {
            total = Sum(theta, terms, 0, _n.Length, wantGradient);
        }

        if (wantGradient)
        {
            gradient[0] = total.DAlpha1;
            gradient[1] = total.DBeta1;
            gradient[2] = total.DAlpha2;
            gradient[3] = total.DBeta2;
            gradient[4] = total.DP;
        }

        return total.LogLikelihood - _logFactorialSum;
    }

    private Accumulator Sum(in MgpsHyperparameters theta, GroupTerms terms, int from, int to, bool wantGradient)
    {
        var acc = default(Accumulator);
        double a1 = theta.Alpha1, b1 = theta.Beta1, a2 = theta.Alpha2, b2 = theta.Beta2, p = theta.P;
        double logB1 = Math.Log(b1), logB2 = Math.Log(b2), logP = Math.Log(p), log1mP = SpecialMath.Log1P(-p);
        // Equal components (the one-gamma comparison fit) give bit-identical densities: compute them once.
        var sameComponents = a1 == a2 && b1 == b2;
        var g = Array.BinarySearch(_groupStart, from);
        if (g < 0)
        {
            g = ~g - 1;
        }

        for (var i = from; i < to; i++)
        {
            while (i >= _groupStart[g + 1])
            {
                g++;
            }

            var n = _n[i];
            var e = _e[i];
            var c1 = Component(a1, b1, logB1, n, e, _logE[i], terms.LogGammaRatio1[g], terms.DigammaRatio1[g], wantGradient);
            var c2 = sameComponents ? c1 : Component(a2, b2, logB2, n, e, _logE[i], terms.LogGammaRatio2[g], terms.DigammaRatio2[g], wantGradient);
            var l1 = logP + c1.LogDensity;
            var l2 = log1mP + c2.LogDensity;
            double max, x1, x2;
            if (double.IsFinite(l1) && double.IsFinite(l2))
            {
                // The larger term's exponential is e⁰ = 1 exactly; only the other one needs computing.
                max = Math.Max(l1, l2);
                x1 = l1 == max ? 1 : Math.Exp(l1 - max);
                x2 = l2 == max ? 1 : Math.Exp(l2 - max);
            }
            else
            {
                max = Math.Max(l1, l2);
                x1 = Math.Exp(l1 - max);
                x2 = Math.Exp(l2 - max);
            }

            var sum = x1 + x2;
            var w = _w[i];
            acc.LogLikelihood += w * (max + Math.Log(sum));
            if (wantGradient)
            {
                var r1 = x1 / sum;
                var r2 = x2 / sum;
                acc.DAlpha1 += w * r1 * c1.DAlpha;
                acc.DBeta1 += w * r1 * c1.DBeta;
                acc.DAlpha2 += w * r2 * c2.DAlpha;
                acc.DBeta2 += w * r2 * c2.DBeta;
                acc.DP += w * ((r1 / p) - (r2 / (1 - p)));
            }
        }

        return acc;
    }

    /// <summary>One truncated negative-binomial component: log of f(n)/P(N ≥ N*) and its derivatives.</summary>
    private (double LogDensity, double DAlpha, double DBeta) Component(
        double alpha, double beta, double logBeta, int n, double e, double logE, double logGammaRatio, double digammaRatio, bool wantGradient)
    {
        var ratio = e / beta;
        var t = SpecialMath.Log1P(ratio);
        var logDensity = logGammaRatio - (alpha * t) + (n * (logE - logBeta - t));
        // d/dβ of −α·t and of −n·(ln β + t): t′ = −E/(β(β+E)).
        var betaPlusE = beta + e;
        var dtDBeta = -ratio / betaPlusE;
        var dAlpha = digammaRatio - t;
        var dBeta = (-alpha * dtDBeta) - (n / betaPlusE);

        if (NStar == 1)
        {
            // P(N ≥ 1) = 1 − (β/(β+E))^α = −expm1(−α·t), accurate when E ≪ β.
            var x = alpha * t;
            var p0 = Math.Exp(-x);
            // 1 − e^(−x): a short series where the subtraction would cancel (x < 1e-3; next term x⁵/120).
            var survival = x < 1e-3 ? x * (1 - (x * (0.5 - (x * ((1.0 / 6) - (x / 24)))))) : 1 - p0;
            logDensity -= Math.Log(survival);
            if (wantGradient)
            {
                var p0OverS = p0 / survival;
                dAlpha -= p0OverS * t;
                dBeta -= p0OverS * alpha * dtDBeta;
            }
        }
        else
        {
            var (logSurvival, dSAlpha, dSBeta) = TruncationTerms(alpha, t, ratio / (1 + ratio), dtDBeta, betaPlusE, wantGradient);
            logDensity -= logSurvival;
            dAlpha -= dSAlpha;
            dBeta -= dSBeta;
        }

        return (logDensity, dAlpha, dBeta);
    }

    /// <summary>ln P(N ≥ N*) and its derivatives for N* ≥ 2, summing the lower pmf terms (or the upper tail when E is small, to avoid cancellation).</summary>
    private (double LogSurvival, double DAlpha, double DBeta) TruncationTerms(double alpha, double t, double q, double dtDBeta, double betaPlusE, bool wantGradient)
    {
        // pmf recurrence: f(0) = e^(−αt), f(j) = f(j−1)·(α+j−1)/j·q with q = E/(β+E);
        // ∂ln f(j)/∂α = Σ_{m<j} 1/(α+m) − t, ∂ln f(j)/∂β = −α·t′ − j/(β+E).
        double f = Math.Exp(-alpha * t), psi = 0;
        double lower = 0, lowerDAlpha = 0, lowerDBeta = 0;
        for (var j = 0; j < NStar; j++)
        {
            if (j > 0)
            {
                f *= (alpha + j - 1) / j * q;
                psi += 1 / (alpha + j - 1);
            }

            lower += f;
            if (wantGradient)
            {
                lowerDAlpha += f * (psi - t);
                lowerDBeta += f * ((-alpha * dtDBeta) - (j / betaPlusE));
            }
        }

        if (q >= 0.5 || lower < 0.5)
        {
            var survival = 1 - lower;
            return (Math.Log(survival), -lowerDAlpha / survival, -lowerDBeta / survival);
        }

        // Upper tail summed directly: the terms fall geometrically once j > α·q/(1−q).
        double upper = 0, upperDAlpha = 0, upperDBeta = 0;
        for (var j = NStar; j < NStar + 10000; j++)
        {
            f *= (alpha + j - 1) / j * q;
            psi += 1 / (alpha + j - 1);
            upper += f;
            if (wantGradient)
            {
                upperDAlpha += f * (psi - t);
                upperDBeta += f * ((-alpha * dtDBeta) - (j / betaPlusE));
            }

            if (f < upper * 1e-17 && j > alpha * q / (1 - q))
            {
                break;
            }
        }

        return (Math.Log(upper), upperDAlpha / upper, upperDBeta / upper);
    }

    private struct Accumulator
    {
        public double LogLikelihood;
        public double DAlpha1;
        public double DBeta1;
        public double DAlpha2;
        public double DBeta2;
        public double DP;

        public void Add(in Accumulator other)
        {
            LogLikelihood += other.LogLikelihood;
            DAlpha1 += other.DAlpha1;
            DBeta1 += other.DBeta1;
            DAlpha2 += other.DAlpha2;
            DBeta2 += other.DBeta2;
            DP += other.DP;
        }
    }

    private sealed class GroupTerms(int groups)
    {
        public double[] LogGammaRatio1 { get; } = new double[groups];

        public double[] LogGammaRatio2 { get; } = new double[groups];

        public double[] DigammaRatio1 { get; } = new double[groups];

        public double[] DigammaRatio2 { get; } = new double[groups];
    }
}
