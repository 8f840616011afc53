using Causa.Core.Statistics;

namespace Causa.Core.Tests.Statistics;

public sealed class MgpsFitTests
{
    [Fact]
    public void Caers_fit_on_openEBGM_squash_recovers_vignette_theta_to_1e_3()
    {
        // Same pipeline as the golden file: processRaw → squashData() → squashData(count = 2, bin_size = 10, keep_pts = 50).
        var golden = CaersData.Unstratified;
        var points = MgpsSquashing.Sort(golden.Select(g => g.N).ToArray(), golden.Select(g => g.E).ToArray());
        points = MgpsSquashing.SquashData(points, count: 1, binSize: 50, keepPoints: 100);
        points = MgpsSquashing.SquashData(points, count: 2, binSize: 10, keepPoints: 50);

        var fit = MgpsModel.Fit(points.N, points.E, points.Weight, MgpsFitOptions.Default with { Squash = MgpsSquashMode.Exact });

        Assert.Equal(MgpsFitStatus.Converged, fit.Status);
        Assert.Equal(1, fit.NStar);
        Assert.Equal(17189, fit.PairsUsed);
        AssertTheta(CaersData.UnstratifiedTheta, fit.Hyperparameters!.Value, 1e-3);
    }

    [Fact]
    public void Caers_fit_on_unsquashed_pairs_gives_ebgm_within_1_percent_of_openEBGM()
    {
        var golden = CaersData.Unstratified;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();

        var fit = MgpsModel.Fit(n, e);
        var scores = MgpsModel.Score(fit.Hyperparameters!.Value, n, e);

        Assert.Equal(MgpsFitStatus.Converged, fit.Status);
        for (var i = 0; i < golden.Count; i++)
        {
            ReferenceCsv.Close(golden[i].Ebgm, scores[i].Ebgm, 0.01, 0, $"{golden[i].Var1}/{golden[i].Var2} EBGM");
        }
    }

    [Fact]
    public void Caers_stratified_fit_gives_ebgm_within_1_percent_of_openEBGM()
    {
        var golden = CaersData.Stratified;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();

        var fit = MgpsModel.Fit(n, e);
        var scores = MgpsModel.Score(fit.Hyperparameters!.Value, n, e);

        Assert.True(fit.Hyperparameters is not null, fit.Message);
        for (var i = 0; i < golden.Count; i++)
        {
            ReferenceCsv.Close(golden[i].Ebgm, scores[i].Ebgm, 0.01, 0, $"{golden[i].Var1}/{golden[i].Var2} EBGM");
        }
    }

    [Fact]
    public void Sorting_without_weights_gives_the_points_of_unit_weights()
    {
        // Unit weights are sorted as no weights (E alone moves): the points, and so every fit, must be the same bits.
        var golden = CaersData.Unstratified;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();

        var unweighted = MgpsSquashing.Sort(n, e);
        var unit = MgpsSquashing.Sort(n, e, Enumerable.Repeat(1.0, n.Length).ToArray());

        Assert.Equal(unit.N, unweighted.N);
        Assert.Equal(unit.E.Select(BitConverter.DoubleToInt64Bits), unweighted.E.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(unit.Weight, unweighted.Weight);
    }

    [Fact]
    public void Grid_squash_changes_the_log_likelihood_by_less_than_1e_6()
    {
        var golden = CaersData.Unstratified;
        var sorted = MgpsSquashing.Sort(golden.Select(g => g.N).ToArray(), golden.Select(g => g.E).ToArray());
        var grid = MgpsSquashing.Grid(sorted, MgpsFitOptions.Default.GridWidth);
        // The two local optima of the CAERS likelihood (the vignette's and a second one near α₁ = 21).
        MgpsHyperparameters[] thetas = [CaersData.UnstratifiedTheta, new(20.958, 1.6578, 1.7383, 1.5643, 0.034938)];

        foreach (var theta in thetas)
        {
            var exact = MgpsModel.LogLikelihood(theta, sorted.N, sorted.E, sorted.Weight, 1);
            var squashed = MgpsModel.LogLikelihood(theta, grid.N, grid.E, grid.Weight, 1);
            ReferenceCsv.Close(exact, squashed, 1e-6);
        }

        Assert.True(grid.Count < sorted.Count);
        Assert.Equal(sorted.TotalWeight, grid.TotalWeight);
    }

    [Fact]
    public void Log_likelihood_matches_hand_computed_truncated_mixture()
    {
        var theta = new MgpsHyperparameters(0.5, 0.2, 3, 2, 0.3);
        int[] n = [1, 2, 5];
        double[] e = [0.5, 1.5, 2.0];
        double[] w = [3, 1, 2];

        var actual = MgpsModel.LogLikelihood(theta, n, e, w, 1);

        double expected = 0;
        for (var i = 0; i < n.Length; i++)
        {
            double Nb(double a, double b, int k) => Math.Exp(
                MathNet.Numerics.SpecialFunctions.GammaLn(a + k) - MathNet.Numerics.SpecialFunctions.GammaLn(a) - MathNet.Numerics.SpecialFunctions.FactorialLn(k)
                + (a * Math.Log(b / (b + e[i]))) + (k * Math.Log(e[i] / (b + e[i]))));
            var f1 = Nb(theta.Alpha1, theta.Beta1, n[i]) / (1 - Nb(theta.Alpha1, theta.Beta1, 0));
            var f2 = Nb(theta.Alpha2, theta.Beta2, n[i]) / (1 - Nb(theta.Alpha2, theta.Beta2, 0));
            expected += w[i] * Math.Log((theta.P * f1) + ((1 - theta.P) * f2));
        }

        ReferenceCsv.Close(expected, actual, 1e-12);
    }

    [Fact]
    public void Log_likelihood_truncated_at_three_matches_hand_computation()
    {
        var theta = new MgpsHyperparameters(0.5, 0.2, 3, 2, 0.3);
        int[] n = [3, 4, 9];
        double[] e = [0.01, 1.5, 20.0];

        var actual = MgpsModel.LogLikelihood(theta, n, e, default, 3);

        double expected = 0;
        for (var i = 0; i < n.Length; i++)
        {
            double Nb(double a, double b, int k) => Math.Exp(
                MathNet.Numerics.SpecialFunctions.GammaLn(a + k) - MathNet.Numerics.SpecialFunctions.GammaLn(a) - MathNet.Numerics.SpecialFunctions.FactorialLn(k)
                + (a * Math.Log(b / (b + e[i]))) + (k * Math.Log(e[i] / (b + e[i]))));
            // P(N ≥ 3) summed upward (no cancellation for small E).
            double Tail(double a, double b) => Enumerable.Range(3, 20000).Sum(k => Nb(a, b, k));
            var f1 = Nb(theta.Alpha1, theta.Beta1, n[i]) / Tail(theta.Alpha1, theta.Beta1);
            var f2 = Nb(theta.Alpha2, theta.Beta2, n[i]) / Tail(theta.Alpha2, theta.Beta2);
            expected += Math.Log((theta.P * f1) + ((1 - theta.P) * f2));
        }

        ReferenceCsv.Close(expected, actual, 1e-10);
    }

    [Fact]
    public void Caers_pairs_with_n_at_least_three_detect_n_star_and_report_alpha_running_to_zero()
    {
        // With only the 391 pairs with N ≥ 3, the second component's α runs to 0: openEBGM's fit fails here.
        var golden = CaersData.Unstratified.Where(g => g.N >= 3).ToList();

        // An iteration cap keeps the test quick; the outcome is the same with the default cap.
        var fit = MgpsModel.Fit(golden.Select(g => g.N).ToArray(), golden.Select(g => g.E).ToArray(), MgpsFitOptions.Default with { MaxIterations = 60 });

        Assert.Equal(3, fit.NStar);
        Assert.Equal(golden.Count, fit.PairsUsed);
        Assert.Equal(MgpsFitStatus.ParameterAtBound, fit.Status);
        Assert.False(fit.Succeeded);
        Assert.Contains(fit.Warnings, w => w.Contains("alpha2", StringComparison.Ordinal));
    }

    [Fact]
    public void Pure_poisson_data_runs_to_a_bound_with_a_clear_warning()
    {
        // λ = 1 for every pair: the prior is a point mass, so α and β run off to their upper bound.
        var random = new Random(12345);
        var e = Enumerable.Range(0, 4000).Select(_ => Math.Exp(Math.Log(0.05) + (random.NextDouble() * Math.Log(200)))).ToArray();
        var n = e.Select(x => MathNet.Numerics.Distributions.Poisson.Sample(random, x)).ToArray();

        var fit = MgpsModel.Fit(n, e);

        Assert.Equal(MgpsFitStatus.ParameterAtBound, fit.Status);
        Assert.False(fit.Succeeded);
        Assert.Contains(fit.Warnings, w => w.Contains("bound", StringComparison.Ordinal));
        Assert.Equal(5, fit.Starts.Count);
    }

    [Fact]
    public void Single_gamma_data_finish_with_a_valid_result()
    {
        // One gamma component: the second component is not identifiable; the fit must end (any status) with valid numbers.
        var (n, e) = MgpsModelSample.Draw(2, 2, 2, 2, 0.5, 1500, new Random(12345));

        var fit = MgpsModel.Fit(n, e, MgpsFitOptions.Default with { MaxIterations = 100 });

        Assert.NotEqual(MgpsFitStatus.NoData, fit.Status);
        Assert.All(fit.Starts, s => Assert.True(s.Estimate is null || s.Estimate.Value.IsValid));
        Assert.True(double.IsFinite(fit.LogLikelihood));
    }

    [Fact]
    public void Table_of_singletons_finishes_with_a_result()
    {
        // Every pair has N = 1: the likelihood barely identifies the prior.
        var random = new Random(5);
        var e = Enumerable.Range(0, 2000).Select(_ => Math.Exp(Math.Log(0.001) + (random.NextDouble() * Math.Log(100)))).ToArray();
        var n = e.Select(_ => 1).ToArray();

        var fit = MgpsModel.Fit(n, e);

        Assert.NotEqual(MgpsFitStatus.NoData, fit.Status);
        Assert.Equal(5, fit.Starts.Count);
        Assert.True(fit.Succeeded || fit.Warnings.Count > 0 || fit.Status == MgpsFitStatus.Failed, fit.Message);
    }

    [Fact]
    public void Tiny_tables_are_no_data_results()
    {
        var fit = MgpsModel.Fit([1, 2, 3], [0.5, 0.5, 0.5]);

        Assert.Equal(MgpsFitStatus.NoData, fit.Status);
        Assert.Null(fit.Hyperparameters);
        Assert.False(fit.Succeeded);
    }

    [Fact]
    public void Synthetic_fit_reaches_the_maximum_and_does_not_reject_the_true_theta()
    {
        var truth = new MgpsHyperparameters(2.5, 0.5, 3.0, 3.0, 0.1);
        var (n, e) = MgpsModelSample.Draw(truth.Alpha1, truth.Beta1, truth.Alpha2, truth.Beta2, truth.P, 20000, new Random(7));

        var fit = MgpsModel.Fit(n, e);

        Assert.True(fit.Hyperparameters is not null, fit.Message);
        var atTruth = MgpsModel.LogLikelihood(truth, n, e, default, 1);
        // The MLE is at least as likely as the truth, and the truth is not rejected by a likelihood-ratio
        // test (χ² with 5 df: 20.5 at p = 0.001). Grid squashing may cost ~1e-6 relative.
        Assert.True(fit.LogLikelihood >= atTruth - (1e-6 * Math.Abs(atTruth)), $"fit {fit.LogLikelihood} < truth {atTruth}");
        Assert.InRange(2 * (fit.LogLikelihood - atTruth), -0.1, 20.5);
    }

    private static void AssertTheta(MgpsHyperparameters expected, MgpsHyperparameters actual, double relative)
    {
        ReferenceCsv.Close(expected.Alpha1, actual.Alpha1, relative, what: $"alpha1 ({actual})");
        ReferenceCsv.Close(expected.Beta1, actual.Beta1, relative, what: $"beta1 ({actual})");
        ReferenceCsv.Close(expected.Alpha2, actual.Alpha2, relative, what: $"alpha2 ({actual})");
        ReferenceCsv.Close(expected.Beta2, actual.Beta2, relative, what: $"beta2 ({actual})");
        ReferenceCsv.Close(expected.P, actual.P, relative, what: $"P ({actual})");
    }
}
