namespace Causa.Core.Statistics;

/// <summary>
/// A small box-constrained quasi-Newton minimiser: BFGS inverse-Hessian updates, projection onto the box and
/// Armijo backtracking. Used instead of MathNet.Numerics' <c>BfgsBMinimizer</c>, which on the MGPS likelihood
/// spent ~20 function evaluations per iteration and throws at its iteration limit without returning its point.
/// </summary>
internal static class ProjectedBfgs
{
    private const int StallWindow = 10;
    private const double StallTolerance = 1e-8;
    private const double BoundStallTolerance = 1e-6;

    /// <summary>Objective: writes the gradient into the span and returns the value (+∞ when undefined).</summary>
    public delegate double Objective(ReadOnlySpan<double> x, Span<double> gradient);

    /// <summary>Outcome of a minimisation.</summary>
    public readonly record struct Result(double[] Point, double Value, int Iterations, bool Converged, string? Message, double[,] InverseHessian);

    public static Result Minimize(Objective f, double[] start, double[] lower, double[] upper, int maxIterations, double gradientTolerance, double[,]? initialInverseHessian = null)
    {
        var dim = start.Length;
        var x = new double[dim];
        for (var i = 0; i < dim; i++)
        {
            x[i] = Math.Clamp(start[i], lower[i], upper[i]);
        }

        var g = new double[dim];
        var fx = f(x, g);
        if (!double.IsFinite(fx))
        {
            return new Result(x, fx, 0, false, "The objective is not finite at the starting point.", Identity(dim));
        }

        var h = initialInverseHessian is null ? Identity(dim) : (double[,])initialInverseHessian.Clone();
        var direction = new double[dim];
        var trial = new double[dim];
        var trialGradient = new double[dim];
        var s = new double[dim];
        var y = new double[dim];
        var stalls = 0;
        var history = new double[StallWindow];
        for (var iteration = 1; iteration <= maxIterations; iteration++)
        {
            if (ProjectedGradientNorm(x, g, lower, upper) < gradientTolerance)
            {
                return new Result(x, fx, iteration - 1, true, null, h);
            }

            // Quasi-Newton direction with components blocked by active bounds removed.
            for (var i = 0; i < dim; i++)
            {
                double sum = 0;
                for (var j = 0; j < dim; j++)
                {
                    if (!Blocked(x[j], g[j], lower[j], upper[j]))
                    {
                        sum -= h[i, j] * g[j];
                    }
                }

                direction[i] = Blocked(x[i], g[i], lower[i], upper[i]) ? 0 : sum;
            }

            var slope = Dot(direction, g);
            if (!(slope < 0))
            {
                // Not a descent direction (H lost positive-definiteness): fall back to steepest descent.
                h = Identity(dim);
                for (var i = 0; i < dim; i++)
                {
                    direction[i] = Blocked(x[i], g[i], lower[i], upper[i]) ? 0 : -g[i];
                }
            }

            // Armijo backtracking along the projected path; cap the first step at 2 units per coordinate.
            var maxComponent = direction.Max(Math.Abs);
            var step = maxComponent > 2 ? 2 / maxComponent : 1.0;
            var accepted = false;
            double ft = double.NaN;
            for (var backtrack = 0; backtrack < 40; backtrack++)
            {
                for (var i = 0; i < dim; i++)
                {
                    trial[i] = Math.Clamp(x[i] + (step * direction[i]), lower[i], upper[i]);
                }

                ft = f(trial, trialGradient);
                double decrease = 0;
                for (var i = 0; i < dim; i++)
                {
                    decrease += g[i] * (trial[i] - x[i]);
                }

                if (double.IsFinite(ft) && ft <= fx + (1e-4 * decrease))
                {
                    accepted = true;
                    break;
                }

                step *= 0.5;
            }

            if (!accepted)
            {
                var small = ProjectedGradientNorm(x, g, lower, upper) < 100 * gradientTolerance;
                return new Result(x, fx, iteration, small, small ? null : "The line search could not decrease the objective.", h);
            }

            double sy = 0;
            for (var i = 0; i < dim; i++)
            {
                s[i] = trial[i] - x[i];
                y[i] = trialGradient[i] - g[i];
                sy += s[i] * y[i];
            }

            var change = fx - ft;
            Array.Copy(trial, x, dim);
            Array.Copy(trialGradient, g, dim);
            fx = ft;
            if (sy > 1e-12 * Math.Sqrt(Dot(s, s) * Dot(y, y)))
            {
                UpdateInverseHessian(h, s, y, sy);
            }

            // Relative progress below rounding for several iterations in a row means we are done.
            stalls = change <= 1e-15 * Math.Max(1, Math.Abs(fx)) ? stalls + 1 : 0;
            if (stalls >= 3)
            {
                return new Result(x, fx, iteration, ProjectedGradientNorm(x, g, lower, upper) < 1e3 * gradientTolerance, "No further progress.", h);
            }

            // Creeping along a flat ridge (typically toward a bound): stop when a whole window gained almost nothing.
            // At a bound the estimate is flagged as unreliable anyway, so a looser stall test saves the crawl.
            var slot = iteration % StallWindow;
            var tolerance = AnyAtBound(x, lower, upper) ? BoundStallTolerance : StallTolerance;
            if (iteration > StallWindow && history[slot] - fx < tolerance * Math.Max(1, Math.Abs(fx)))
            {
                var flatButConverged = ProjectedGradientNorm(x, g, lower, upper) < 1e3 * gradientTolerance;
                return new Result(x, fx, iteration, flatButConverged, flatButConverged ? null : "The objective is flat: progress stalled before the gradient vanished.", h);
            }

            history[slot] = fx;
        }

        return new Result(x, fx, maxIterations, false, $"Iteration limit ({maxIterations}) reached without convergence.", h);
    }

    public static double ProjectedGradientNorm(double[] x, double[] g, double[] lower, double[] upper)
    {
        double max = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (!Blocked(x[i], g[i], lower[i], upper[i]))
            {
                max = Math.Max(max, Math.Abs(g[i]));
            }
        }

        return max;
    }

    private static bool AnyAtBound(double[] x, double[] lower, double[] upper)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] <= lower[i] || x[i] >= upper[i])
            {
                return true;
            }
        }

        return false;
    }

    private static bool Blocked(double x, double g, double lower, double upper) => (x <= lower && g > 0) || (x >= upper && g < 0);

    private static void UpdateInverseHessian(double[,] h, double[] s, double[] y, double sy)
    {
        // H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1/(sᵀy).
        var dim = s.Length;
        var rho = 1 / sy;
        var hy = new double[dim];
        for (var i = 0; i < dim; i++)
        {
            for (var j = 0; j < dim; j++)
            {
                hy[i] += h[i, j] * y[j];
            }
        }

        var yhy = Dot(y, hy);
        for (var i = 0; i < dim; i++)
        {
            for (var j = 0; j < dim; j++)
            {
                h[i, j] += (-rho * ((hy[i] * s[j]) + (s[i] * hy[j]))) + (((rho * rho * yhy) + rho) * s[i] * s[j]);
            }
        }
    }

    private static double[,] Identity(int dim)
    {
        var h = new double[dim, dim];
        for (var i = 0; i < dim; i++)
        {
            h[i, i] = 1;
        }

        return h;
    }

    private static double Dot(double[] a, double[] b)
    {
        double sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
