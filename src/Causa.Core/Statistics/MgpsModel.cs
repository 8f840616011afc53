using System.Globalization;

namespace Causa.Core.Statistics;

/// <summary>
/// DuMouchel's Multi-item Gamma Poisson Shrinker, as openEBGM implements it: N ~ Poisson(λE),
/// λ ~ P·Gamma(α₁, β₁) + (1−P)·Gamma(α₂, β₂); θ by maximum likelihood, then EBGM, EB05, EB95 and Qn per pair.
/// </summary>
/// <remarks>
/// Thread-safe (pure functions). The optimiser is a projected BFGS with Armijo backtracking on
/// (ln α₁, ln β₁, ln α₂, ln β₂, logit P) with the analytic gradient; MathNet.Numerics supplies lnΓ and ln n!.
/// See docs/STATISTICS.md.
/// </remarks>
public static class MgpsModel
{
    private const double GradientTolerance = 1e-9;
    private const int CoarseBinsPerCount = 40;
    private const string BoundMessage = "MGPS fit reached a parameter bound: the constrained maximum is reported (see warnings).";
    private static readonly string[] ParameterNames = ["alpha1", "beta1", "alpha2", "beta2", "P"];

    // Starting points of the one-gamma comparison fit: prior means 1, 2 and 0.5 with different spreads.
    private static readonly (double Alpha, double Beta)[] OneGammaStarts = [(1, 1), (0.5, 0.25), (2, 4)];

    /// <summary>Fits θ to unit-weight pairs.</summary>
    /// <param name="n">Pair counts N (≥ 0); pairs with N &lt; N* are ignored.</param>
    /// <param name="e">Expected counts E (&gt; 0 and finite; other pairs are skipped with a warning).</param>
    /// <param name="options">Settings; null means <see cref="MgpsFitOptions.Default"/>.</param>
    /// <returns>The fit with diagnostics; a failed fit is a result (<see cref="MgpsFitResult.Status"/>), not an exception.</returns>
    /// <exception cref="ArgumentException">The spans differ in length, or the options are out of range.</exception>
    public static MgpsFitResult Fit(ReadOnlySpan<int> n, ReadOnlySpan<double> e, MgpsFitOptions? options = null) =>
        Fit(n, e, default, options);

    /// <summary>Fits θ to weighted pairs (for example points squashed elsewhere).</summary>
    /// <param name="n">Pair counts N (≥ 0).</param>
    /// <param name="e">Expected counts E (&gt; 0 and finite).</param>
    /// <param name="weights">Weights (&gt; 0), same length; empty means 1 each.</param>
    /// <param name="options">Settings; null means <see cref="MgpsFitOptions.Default"/>.</param>
    /// <returns>The fit with diagnostics.</returns>
    /// <exception cref="ArgumentException">The spans differ in length.</exception>
    public static MgpsFitResult Fit(ReadOnlySpan<int> n, ReadOnlySpan<double> e, ReadOnlySpan<double> weights, MgpsFitOptions? options)
    {
        options ??= MgpsFitOptions.Default;
        ValidateOptions(options);
        if (n.Length != e.Length || (!weights.IsEmpty && weights.Length != n.Length))
        {
            throw new ArgumentException("N, E and weights must have the same length.", nameof(e));
        }

        var warnings = new List<string>();
        var nStar = options.NStar ?? DetectNStar(n);
        if (nStar < 1)
        {
            return NoData(nStar, 0, warnings, "N* must be at least 1.");
        }

        MgpsPoints points;
        double pairsUsed;
        int skipped;
        if (weights.IsEmpty && options.Squash != MgpsSquashMode.OpenEbgm
            && MgpsSquashing.TryGridUnitWeights(n, e, nStar, options.Squash == MgpsSquashMode.Exact ? 0 : options.GridWidth, out var gridded, out var keptPairs, out skipped))
        {
            // Unit weights on the grid: the same points as Sort then Grid below, with one copy of E instead of three arrays
            // twice over (a whole-store signal scan has millions of pairs).
            points = gridded;
            pairsUsed = keptPairs;
        }
        else
        {
            (points, pairsUsed, skipped) = KeepSortAndSquash(n, e, weights, nStar, options);
        }

        if (skipped > 0)
        {
            warnings.Add(string.Create(CultureInfo.InvariantCulture, $"{skipped} pair(s) with E ≤ 0, non-finite E or a non-positive weight were skipped."));
        }

        if (points.Count < 5)
        {
            return NoData(nStar, pairsUsed, warnings, string.Create(CultureInfo.InvariantCulture, $"Only {points.Count} point(s) with N ≥ {nStar}: too few to fit five hyperparameters."));
        }

        var full = new MgpsLikelihood(points, nStar);
        var screened = points.Count > options.ScreeningThreshold;
        var screening = screened ? new MgpsLikelihood(MgpsSquashing.Coarse(points, CoarseBinsPerCount), nStar) : full;
        var bounds = new Bounds(options);

        // Starts are independent: run them side by side (the likelihood object is thread-safe).
        var startResults = new MgpsStartResult[options.Starts.Count];
        var hessians = new double[,]?[options.Starts.Count];
        var startTolerance = screened ? 1e-6 : GradientTolerance;
        Parallel.For(0, startResults.Length, i => (startResults[i], hessians[i]) = RunStart(screening, options.Starts[i], bounds, options.MaxIterations, startTolerance, null));
        var starts = startResults.ToList();

        var converged = starts.Where(s => s.Converged && s.Estimate is not null).ToList();
        if (converged.Count == 0)
        {
            // Starts that crept to a bound without meeting the gradient test still say where the likelihood goes.
            var runaway = starts.Where(s => s.Estimate is not null && s.ParametersAtBound.Count > 0 && double.IsFinite(s.LogLikelihood)).MaxBy(s => s.LogLikelihood);
            var evaluationsSoFar = screening.Evaluations + (ReferenceEquals(screening, full) ? 0 : full.Evaluations);
            if (runaway is null)
            {
                return new MgpsFitResult(MgpsFitStatus.Failed, null, double.NaN, nStar, pairsUsed, points.Count, screening.Count, starts, warnings,
                    "MGPS fit failed: no starting point converged. " + string.Join("; ", starts.Select(s => s.Message).Where(m => m is not null).Distinct()),
                    evaluationsSoFar);
            }

            warnings.Add($"No start converged; the likelihood keeps rising toward a bound ({string.Join(", ", runaway.ParametersAtBound)}): the data do not support a two-component prior (e.g. α → 0). The estimate is not reliable.");
            var runawayTheta = runaway.Estimate!.Value;
            var runawayLogLikelihood = full.Evaluate(runawayTheta, default);
            var runawayBoundary = DescribeBoundary(full, ref runawayTheta, ref runawayLogLikelihood, bounds, options);
            warnings.Add(runawayBoundary.Describe());
            return new MgpsFitResult(MgpsFitStatus.ParameterAtBound, runawayTheta, runawayLogLikelihood, nStar, pairsUsed, points.Count, screening.Count, starts, warnings,
                BoundMessage, evaluationsSoFar, runawayBoundary);
        }

        // openEBGM's autoHyper rule: prefer the best interior estimate that another start confirms.
        var interior = converged.Where(s => s.ParametersAtBound.Count == 0).ToList();
        var confirmed = interior.Where(s => interior.Any(o => !ReferenceEquals(o, s) && Agrees(o.Estimate!.Value, s.Estimate!.Value, options.AgreementTolerance))).ToList();
        MgpsStartResult best;
        var status = MgpsFitStatus.Converged;
        if (confirmed.Count > 0)
        {
            best = confirmed.MaxBy(s => s.LogLikelihood)!;
        }
        else if (interior.Count > 0)
        {
            best = interior.MaxBy(s => s.LogLikelihood)!;
            status = MgpsFitStatus.NoAgreement;
            warnings.Add("No two starting points converged to the same estimate: the likelihood may be flat or multi-modal; inspect the per-start log-likelihoods.");
        }
        else
        {
            best = converged.MaxBy(s => s.LogLikelihood)!;
            status = MgpsFitStatus.ParameterAtBound;
        }

        // A better optimum elsewhere is reported, not silently dropped.
        var better = converged.Where(s => s.LogLikelihood > best.LogLikelihood + 0.01).MaxBy(s => s.LogLikelihood);
        if (better is not null)
        {
            if (better.ParametersAtBound.Count > 0)
            {
                status = MgpsFitStatus.ParameterAtBound;
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"The likelihood rises toward a parameter bound ({string.Join(", ", better.ParametersAtBound)}; log-likelihood {better.LogLikelihood:F3} vs {best.LogLikelihood:F3}): the data may not support two components."));
            }
            else
            {
                warnings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"One starting point reached a higher log-likelihood ({better.LogLikelihood:F3} vs {best.LogLikelihood:F3}) at {better.Estimate} that no other start confirmed; the confirmed estimate is reported (openEBGM's rule)."));
            }
        }

        var theta = best.Estimate!.Value;
        var atBound = best.ParametersAtBound;
        if (!ReferenceEquals(screening, full))
        {
            var (polished, _) = RunStart(full, theta, bounds, options.MaxIterations, GradientTolerance, hessians[starts.IndexOf(best)]);
            if (polished.Estimate is not null && polished.Converged)
            {
                theta = polished.Estimate.Value;
                atBound = polished.ParametersAtBound;
            }
            else
            {
                warnings.Add("Polishing the best start on the full data did not converge; the estimate is from the coarse squash. " + polished.Message);
            }
        }

        if (atBound.Count > 0)
        {
            status = MgpsFitStatus.ParameterAtBound;
            warnings.Add($"Parameter(s) at a bound: {string.Join(", ", atBound)} (one-component data or a degenerate prior); the estimate is not reliable.");
        }

        var logLikelihood = full.Evaluate(theta, default);
        var message = status switch
        {
            MgpsFitStatus.Converged => "MGPS fit converged.",
            MgpsFitStatus.NoAgreement => "MGPS fit converged, but the starting points disagree.",
            _ => BoundMessage,
        };
        MgpsBoundaryReport? boundary = null;
        if (status == MgpsFitStatus.ParameterAtBound && double.IsFinite(logLikelihood))
        {
            boundary = DescribeBoundary(full, ref theta, ref logLikelihood, bounds, options);
            warnings.Add(boundary.Describe());
        }

        var evaluations = full.Evaluations + (ReferenceEquals(screening, full) ? 0 : screening.Evaluations);
        return new MgpsFitResult(status, theta, logLikelihood, nStar, pairsUsed, points.Count, screening.Count, starts, warnings, message, evaluations, boundary);
    }

    /// <summary>Keeps N ≥ N* with a usable E and weight, sorts by (N, E) and squashes as the options say.</summary>
    private static (MgpsPoints Points, double PairsUsed, int Skipped) KeepSortAndSquash(ReadOnlySpan<int> n, ReadOnlySpan<double> e, ReadOnlySpan<double> weights, int nStar, MgpsFitOptions options)
    {
        // Two passes: exact-size arrays, no list growth on a million pairs.
        var kept = 0;
        var skipped = 0;
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] >= nStar)
            {
                if (Usable(e[i], weights.IsEmpty ? 1.0 : weights[i]))
                {
                    kept++;
                }
                else
                {
                    skipped++;
                }
            }
        }

        var keptN = new int[kept];
        var keptE = new double[kept];
        var keptW = new double[kept];
        for (int i = 0, j = 0; i < n.Length; i++)
        {
            var w = weights.IsEmpty ? 1.0 : weights[i];
            if (n[i] >= nStar && Usable(e[i], w))
            {
                keptN[j] = n[i];
                keptE[j] = e[i];
                keptW[j] = w;
                j++;
            }
        }

        // Unit weights go in as none, so the sort moves E alone (the points are the same).
        var sorted = MgpsSquashing.Sort(keptN, keptE, weights.IsEmpty ? default : keptW);
        var points = options.Squash switch
        {
            MgpsSquashMode.Exact => MgpsSquashing.Grid(sorted, 0),
            MgpsSquashMode.OpenEbgm => MgpsSquashing.AutoSquash(sorted),
            _ => MgpsSquashing.Grid(sorted, options.GridWidth),
        };
        return (points, sorted.TotalWeight, skipped);
    }

    /// <summary>The truncated log-likelihood of θ over weighted points (openEBGM's −<c>negLLsquash</c>).</summary>
    /// <param name="theta">Hyperparameters (valid).</param>
    /// <param name="n">Counts, each ≥ <paramref name="nStar"/>.</param>
    /// <param name="e">Expected counts (&gt; 0).</param>
    /// <param name="weights">Weights; empty means 1 each.</param>
    /// <param name="nStar">Truncation point (≥ 1).</param>
    /// <returns>Σ w·ln[P·f₁(n)/S₁ + (1−P)·f₂(n)/S₂], natural log.</returns>
    public static double LogLikelihood(MgpsHyperparameters theta, ReadOnlySpan<int> n, ReadOnlySpan<double> e, ReadOnlySpan<double> weights, int nStar)
    {
        theta.Validate();
        ArgumentOutOfRangeException.ThrowIfLessThan(nStar, 1);
        foreach (var value in n)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, nStar, nameof(n));
        }

        return new MgpsLikelihood(MgpsSquashing.Sort(n, e, weights), nStar).Evaluate(theta, default);
    }

    /// <summary>Scores every pair: Qn, EBGM, EB05 and EB95 (quantiles to 1e-9 relative).</summary>
    /// <param name="theta">Hyperparameters (valid).</param>
    /// <param name="n">Counts N (≥ 0).</param>
    /// <param name="e">Expected counts E (&gt; 0, finite).</param>
    /// <returns>One score per pair, in input order.</returns>
    /// <exception cref="ArgumentException">Lengths differ, or an N is negative, or an E is not positive and finite.</exception>
    public static MgpsScore[] Score(MgpsHyperparameters theta, ReadOnlySpan<int> n, ReadOnlySpan<double> e)
    {
        ValidateScoreInput(theta, n, e, n.Length, 0.05, 0.95);
        var scores = new MgpsScore[n.Length];
        MgpsPosterior.Score(theta, n.ToArray(), e.ToArray(), scores, 0.05, 0.95);
        return scores;
    }

    /// <summary>Scores every pair into <paramref name="destination"/>, with chosen quantiles.</summary>
    /// <param name="theta">Hyperparameters (valid).</param>
    /// <param name="n">Counts N (≥ 0).</param>
    /// <param name="e">Expected counts E (&gt; 0, finite).</param>
    /// <param name="destination">Receives one score per pair (length ≥ n.Length).</param>
    /// <param name="lowerProbability">Probability of the lower quantile (default 0.05 → EB05).</param>
    /// <param name="upperProbability">Probability of the upper quantile (default 0.95 → EB95).</param>
    /// <exception cref="ArgumentException">Lengths differ, or an N is negative, or an E is not positive and finite.</exception>
    public static void Score(MgpsHyperparameters theta, ReadOnlySpan<int> n, ReadOnlySpan<double> e, Span<MgpsScore> destination, double lowerProbability = 0.05, double upperProbability = 0.95)
    {
        ValidateScoreInput(theta, n, e, destination.Length, lowerProbability, upperProbability);
        MgpsPosterior.Score(theta, n, e, destination, lowerProbability, upperProbability);
    }

    /// <summary>Scores without validation, with either probability NaN to skip that quantile (for benchmarks).</summary>
    internal static void ScoreUnchecked(MgpsHyperparameters theta, int[] n, double[] e, MgpsScore[] destination, double lowerProbability, double upperProbability) =>
        MgpsPosterior.Score(theta, n, e, destination, lowerProbability, upperProbability);

    private static bool Usable(double e, double w) => e > 0 && double.IsFinite(e) && w > 0 && double.IsFinite(w);

    private static void ValidateScoreInput(MgpsHyperparameters theta, ReadOnlySpan<int> n, ReadOnlySpan<double> e, int destinationLength, double lowerProbability, double upperProbability)
    {
        theta.Validate();
        if (n.Length != e.Length || destinationLength < n.Length)
        {
            throw new ArgumentException("N and E must have the same length and the destination must hold them.", nameof(e));
        }

        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lowerProbability, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(upperProbability, 1);
        for (var i = 0; i < n.Length; i++)
        {
            if (n[i] < 0 || !(e[i] > 0) || !double.IsFinite(e[i]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Pair {i}: N = {n[i]}, E = {e[i]}; N must be ≥ 0 and E > 0."), nameof(e));
            }
        }
    }

    private static void ValidateOptions(MgpsFitOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.GridWidth, 0, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.GridWidth, 0.1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Starts.Count, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNotEqual(options.AgreementTolerance.Count, 5, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxIterations, 1, nameof(options));
        if (!(options.ParameterFloor > 0 && options.ParameterFloor < options.ParameterLimit) || !(options.PFloor > 0 && options.PFloor < 0.5))
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Need 0 < ParameterFloor < ParameterLimit and 0 < PFloor < 0.5.");
        }
    }

    private static int DetectNStar(ReadOnlySpan<int> n)
    {
        var min = int.MaxValue;
        foreach (var value in n)
        {
            if (value >= 1 && value < min)
            {
                min = value;
            }
        }

        return min == int.MaxValue ? 1 : min;
    }

    private static MgpsFitResult NoData(int nStar, double pairs, List<string> warnings, string message) =>
        new(MgpsFitStatus.NoData, null, double.NaN, nStar, pairs, 0, 0, [], warnings, message, 0);

    private static bool Agrees(MgpsHyperparameters a, MgpsHyperparameters b, IReadOnlyList<double> tolerance) =>
        Math.Abs(a.Alpha1 - b.Alpha1) < tolerance[0] && Math.Abs(a.Beta1 - b.Beta1) < tolerance[1]
        && Math.Abs(a.Alpha2 - b.Alpha2) < tolerance[2] && Math.Abs(a.Beta2 - b.Beta2) < tolerance[3]
        && Math.Abs(a.P - b.P) < tolerance[4];

    /// <summary>
    /// The parameters of θ on a bound, and the best one-gamma prior on the same points for a likelihood-ratio
    /// comparison; when that prior beats where the two-gamma optimiser stopped, θ and its log-likelihood become it.
    /// </summary>
    private static MgpsBoundaryReport DescribeBoundary(MgpsLikelihood likelihood, ref MgpsHyperparameters theta, ref double logLikelihood, Bounds bounds, MgpsFitOptions options)
    {
        var values = new[] { theta.Alpha1, theta.Beta1, theta.Alpha2, theta.Beta2, theta.P };
        var u = ToUnconstrained(theta);
        var parameters = new List<MgpsBoundParameter>();
        foreach (var name in bounds.AtBound(u))
        {
            var i = Array.IndexOf(ParameterNames, name);
            var lower = u[i] - bounds.Lower[i] < bounds.Upper[i] - u[i];
            var bound = i == 4
                ? (lower ? options.PFloor : 1 - options.PFloor)
                : (lower ? options.ParameterFloor : options.ParameterLimit);
            parameters.Add(new MgpsBoundParameter(name, values[i], bound, lower));
        }

        var (oneGamma, oneGammaLogLikelihood) = FitOneGamma(likelihood, bounds, options.MaxIterations);
        var report = new MgpsBoundaryReport(parameters, logLikelihood, oneGamma, oneGammaLogLikelihood);
        if (oneGamma is { } one && oneGammaLogLikelihood > logLikelihood)
        {
            theta = one;
            logLikelihood = oneGammaLogLikelihood;
            report = report with { UsesOneGamma = true };
        }

        return report;
    }

    /// <summary>
    /// Maximum-likelihood single gamma prior: two equal components are one gamma whatever P is, so the two-gamma
    /// likelihood with α₁ = α₂, β₁ = β₂ is exactly the one-gamma likelihood, and its gradient is the sum over the two.
    /// </summary>
    private static (MgpsHyperparameters? Theta, double LogLikelihood) FitOneGamma(MgpsLikelihood likelihood, Bounds bounds, int maxIterations)
    {
        var scale = 1.0 / likelihood.TotalWeight;
        var natural = new double[5];
        double Objective(ReadOnlySpan<double> u, Span<double> g)
        {
            var alpha = Math.Exp(u[0]);
            var beta = Math.Exp(u[1]);
            var value = likelihood.Evaluate(new MgpsHyperparameters(alpha, beta, alpha, beta, 0.5), natural);
            g[0] = -(natural[0] + natural[2]) * alpha * scale;
            g[1] = -(natural[1] + natural[3]) * beta * scale;
            return double.IsFinite(value) && double.IsFinite(g[0]) && double.IsFinite(g[1]) ? -value * scale : double.PositiveInfinity;
        }

        double[] lower = [bounds.Lower[0], bounds.Lower[1]];
        double[] upper = [bounds.Upper[0], bounds.Upper[1]];
        MgpsHyperparameters? best = null;
        var bestLogLikelihood = double.NegativeInfinity;
        foreach (var (alpha, beta) in OneGammaStarts)
        {
            var result = ProjectedBfgs.Minimize(Objective, [Math.Log(alpha), Math.Log(beta)], lower, upper, maxIterations, GradientTolerance);
            var a = Math.Exp(result.Point[0]);
            var b = Math.Exp(result.Point[1]);
            var candidate = new MgpsHyperparameters(a, b, a, b, 0.5);
            var value = candidate.IsValid ? likelihood.Evaluate(candidate, default) : double.NaN;
            if (double.IsFinite(value) && value > bestLogLikelihood)
            {
                best = candidate;
                bestLogLikelihood = value;
            }
        }

        return best is null ? (null, double.NaN) : (best, bestLogLikelihood);
    }

    private static (MgpsStartResult Result, double[,]? InverseHessian) RunStart(
        MgpsLikelihood likelihood, MgpsHyperparameters start, Bounds bounds, int maxIterations, double gradientTolerance, double[,]? inverseHessian)
    {
        if (!start.IsValid)
        {
            return (new MgpsStartResult(start, null, double.NaN, false, 0, [], "Invalid starting point."), null);
        }

        var scale = 1.0 / likelihood.TotalWeight;
        var natural = new double[5];
        double Objective(ReadOnlySpan<double> u, Span<double> g)
        {
            var theta = FromUnconstrained(u);
            var value = likelihood.Evaluate(theta, natural);
            // Chain rule into (ln α, ln β, logit P); minimise the mean negative log-likelihood.
            g[0] = -natural[0] * theta.Alpha1 * scale;
            g[1] = -natural[1] * theta.Beta1 * scale;
            g[2] = -natural[2] * theta.Alpha2 * scale;
            g[3] = -natural[3] * theta.Beta2 * scale;
            g[4] = -natural[4] * theta.P * (1 - theta.P) * scale;
            foreach (var component in g)
            {
                if (!double.IsFinite(component))
                {
                    return double.PositiveInfinity;
                }
            }

            return double.IsFinite(value) ? -value * scale : double.PositiveInfinity;
        }

        var result = ProjectedBfgs.Minimize(Objective, ToUnconstrained(start), bounds.Lower, bounds.Upper, maxIterations, gradientTolerance, inverseHessian);
        var estimate = Canonical(FromUnconstrained(result.Point));
        var logLikelihood = likelihood.Evaluate(estimate, default);
        if (!double.IsFinite(logLikelihood))
        {
            return (new MgpsStartResult(start, estimate, double.NaN, false, result.Iterations, [], "The log-likelihood is not finite at the estimate."), null);
        }

        // Canonical() may swap the components; the curvature estimate is only reused when it did not.
        var swapped = estimate.Alpha1 != FromUnconstrained(result.Point).Alpha1;
        return (new MgpsStartResult(start, estimate, logLikelihood, result.Converged, result.Iterations, bounds.AtBound(ToUnconstrained(estimate)), result.Message),
            swapped ? null : result.InverseHessian);
    }

    /// <summary>Orders the components so component 1 has the larger prior mean α/β (labels are otherwise arbitrary).</summary>
    private static MgpsHyperparameters Canonical(MgpsHyperparameters theta) =>
        theta.Alpha1 / theta.Beta1 >= theta.Alpha2 / theta.Beta2
            ? theta
            : new MgpsHyperparameters(theta.Alpha2, theta.Beta2, theta.Alpha1, theta.Beta1, 1 - theta.P);

    private static double[] ToUnconstrained(MgpsHyperparameters theta) =>
        [Math.Log(theta.Alpha1), Math.Log(theta.Beta1), Math.Log(theta.Alpha2), Math.Log(theta.Beta2), Math.Log(theta.P / (1 - theta.P))];

    private static MgpsHyperparameters FromUnconstrained(ReadOnlySpan<double> u) =>
        new(Math.Exp(u[0]), Math.Exp(u[1]), Math.Exp(u[2]), Math.Exp(u[3]), 1 / (1 + Math.Exp(-u[4])));

    /// <summary>Box bounds on the unconstrained parameters.</summary>
    private sealed class Bounds
    {
        public Bounds(MgpsFitOptions options)
        {
            var lowAb = Math.Log(options.ParameterFloor);
            var highAb = Math.Log(options.ParameterLimit);
            var pBound = Math.Log((1 - options.PFloor) / options.PFloor);
            Lower = [lowAb, lowAb, lowAb, lowAb, -pBound];
            Upper = [highAb, highAb, highAb, highAb, pBound];
        }

        public double[] Lower { get; }

        public double[] Upper { get; }

        public IReadOnlyList<string> AtBound(double[] u)
        {
            var names = new List<string>();
            for (var i = 0; i < 5; i++)
            {
                var margin = 1e-4 * (Upper[i] - Lower[i]);
                if (u[i] <= Lower[i] + margin || u[i] >= Upper[i] - margin)
                {
                    names.Add(ParameterNames[i]);
                }
            }

            return names;
        }
    }
}
