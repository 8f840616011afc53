using Causa.Core.Statistics;
using MathNet.Numerics;

namespace Causa.Core.Tests.Statistics;

/// <summary>
/// A fit whose likelihood is maximised on a parameter bound still gives a usable, honestly labelled θ: the
/// constrained maximum with the parameters on their bounds and a likelihood-ratio comparison with one gamma.
/// </summary>
public sealed class MgpsBoundaryTests
{
    [Fact]
    public void Caers_pairs_cut_at_three_give_the_constrained_maximum_with_a_one_gamma_comparison()
    {
        // Given the CAERS table cut at N ≥ 3, counted here from the raw rows (ids per product, per symptom, per pair;
        // E = n(product)·n(symptom)/n(ids), as openEBGM's processRaw does unstratified) — openEBGM's own fit fails on it.
        var (n, e) = CaersCutAtThree();

        // When it is fitted
        var fit = MgpsModel.Fit(n, e);

        // Then the constrained maximum is reported, with the parameters on their bounds named and scores possible.
        Assert.Equal(MgpsFitStatus.ParameterAtBound, fit.Status);
        Assert.True(fit.HasEstimate);
        var boundary = Assert.IsType<MgpsBoundaryReport>(fit.Boundary);
        Assert.NotEmpty(boundary.Parameters);
        Assert.Contains(boundary.Parameters, p => p.Name == "alpha2" && p.IsLowerBound && p.Bound == MgpsFitOptions.Default.ParameterFloor);
        Assert.Equal(fit.LogLikelihood, boundary.LogLikelihood);
        Assert.Contains(fit.Warnings, w => w.Contains("constrained maximum", StringComparison.Ordinal) && w.Contains("alpha2", StringComparison.Ordinal));

        // The one-gamma comparison: its log-likelihood matches an independent truncated negative-binomial sum,
        // it is a maximum (worse a percent away in either parameter), and the two-gamma bound fit is at least as good.
        var one = Assert.IsType<MgpsHyperparameters>(boundary.OneGamma);
        ReferenceCsv.Close(TruncatedNegativeBinomialLogLikelihood(one.Alpha1, one.Beta1, n, e, 3), boundary.OneGammaLogLikelihood, 1e-9);
        var options = MgpsFitOptions.Default;
        foreach (var (da, db) in new[] { (1.01, 1.0), (0.99, 1.0), (1.0, 1.01), (1.0, 0.99) })
        {
            // Only moves that stay inside the box: here α itself runs to its floor, as in the two-gamma fit.
            var (a, b) = (one.Alpha1 * da, one.Beta1 * db);
            if (a >= options.ParameterFloor && a <= options.ParameterLimit && b >= options.ParameterFloor && b <= options.ParameterLimit)
            {
                Assert.True(TruncatedNegativeBinomialLogLikelihood(a, b, n, e, 3) < boundary.OneGammaLogLikelihood + 1e-9, $"({a}, {b})");
            }
        }

        // Two gammas fit these data clearly better than one (2·Δℓ ≈ 9.7 here), so the two-gamma bound fit is kept.
        Assert.False(boundary.UsesOneGamma);
        Assert.InRange(boundary.LikelihoodRatio, 5, 15);

        var scores = MgpsModel.Score(fit.Hyperparameters!.Value, n, e);
        Assert.All(scores, s => Assert.True(double.IsFinite(s.Ebgm) && double.IsFinite(s.Eb05) && double.IsFinite(s.Eb95) && s.Eb05 <= s.Ebgm && s.Ebgm <= s.Eb95));
    }

    [Fact]
    public void Single_gamma_data_at_a_bound_show_a_small_likelihood_ratio_and_recover_the_gamma()
    {
        // Given pairs drawn from one gamma (α = 2, β = 2 in both components), where the second component is not identified
        var truth = new MgpsHyperparameters(2, 2, 2, 2, 0.5);
        var (n, e) = MgpsModelSample.Draw(truth.Alpha1, truth.Beta1, truth.Alpha2, truth.Beta2, truth.P, 3000, new Random(2024));

        var fit = MgpsModel.Fit(n, e, MgpsFitOptions.Default with { MaxIterations = 150 });

        // Then whenever the fit ends on a bound, the one-gamma comparison finds the truth and the extra component adds little.
        if (fit.Status == MgpsFitStatus.ParameterAtBound)
        {
            var boundary = Assert.IsType<MgpsBoundaryReport>(fit.Boundary);
            var one = Assert.IsType<MgpsHyperparameters>(boundary.OneGamma);
            Assert.InRange(one.Alpha1, 1.4, 2.8);
            Assert.InRange(one.Alpha1 / one.Beta1, 0.85, 1.15);
            Assert.InRange(boundary.LikelihoodRatio, -1, 10);

            // The reported θ is never worse than the one-gamma maximum.
            Assert.True(fit.LogLikelihood >= boundary.OneGammaLogLikelihood - 1e-9);
            Assert.Equal(boundary.UsesOneGamma, boundary.LikelihoodRatio < 0);
        }
        else
        {
            Assert.Null(fit.Boundary);
        }

        Assert.True(fit.HasEstimate);
    }

    [Fact]
    public void An_interior_fit_has_no_boundary_report()
    {
        var (n, e) = MgpsModelSample.Draw(2.5, 0.5, 3.0, 3.0, 0.1, 4000, new Random(7));

        var fit = MgpsModel.Fit(n, e);

        Assert.NotEqual(MgpsFitStatus.ParameterAtBound, fit.Status);
        Assert.Null(fit.Boundary);
        Assert.True(fit.HasEstimate);
    }

    [Fact]
    public void No_data_has_no_estimate()
    {
        var fit = MgpsModel.Fit([1, 2, 3], [0.5, 0.5, 0.5]);

        Assert.False(fit.HasEstimate);
        Assert.Null(fit.Boundary);
    }

    private static (int[] N, double[] E) CaersCutAtThree()
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var byProduct = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var bySymptom = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var byPair = new Dictionary<(string, string), HashSet<string>>();
        foreach (var (id, product, symptom, _) in CaersData.Raw)
        {
            ids.Add(id);
            Add(byProduct, product, id);
            Add(bySymptom, symptom, id);
            if (!byPair.TryGetValue((product, symptom), out var set))
            {
                byPair[(product, symptom)] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }

        var kept = byPair.Where(p => p.Value.Count >= 3).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ToList();
        var n = kept.Select(p => p.Value.Count).ToArray();
        var e = kept.Select(p => (double)byProduct[p.Key.Item1].Count * bySymptom[p.Key.Item2].Count / ids.Count).ToArray();
        return (n, e);

        static void Add(Dictionary<string, HashSet<string>> map, string key, string id)
        {
            if (!map.TryGetValue(key, out var set))
            {
                map[key] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }
    }

    /// <summary>Σ ln[f(n)/P(N ≥ N*)] for N ~ NegBin(α, β/(β+E)) (gamma–Poisson), written out here independently of Causa's likelihood code.</summary>
    private static double TruncatedNegativeBinomialLogLikelihood(double alpha, double beta, int[] n, double[] e, int nStar)
    {
        double total = 0;
        for (var i = 0; i < n.Length; i++)
        {
            double LogPmf(int k) => SpecialFunctions.GammaLn(alpha + k) - SpecialFunctions.GammaLn(alpha) - SpecialFunctions.FactorialLn(k)
                + (alpha * Math.Log(beta / (beta + e[i]))) + (k * Math.Log(e[i] / (beta + e[i])));
            var below = Enumerable.Range(0, nStar).Sum(k => Math.Exp(LogPmf(k)));
            total += LogPmf(n[i]) - Math.Log(1 - below);
        }

        return total;
    }
}
