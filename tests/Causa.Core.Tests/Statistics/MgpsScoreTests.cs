using Causa.Core.Statistics;

namespace Causa.Core.Tests.Statistics;

public sealed class MgpsScoreTests
{
    // Golden EBGM/EB05/EB95 are rounded to 4 decimals and openEBGM bisects to 5e-5:
    // allow 1e-3 relative plus 1e-4 absolute.
    private const double Relative = 1e-3;
    private const double Absolute = 1e-4;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Caers_scores_with_published_theta_match_openEBGM_for_every_pair(bool stratified)
    {
        var golden = stratified ? CaersData.Stratified : CaersData.Unstratified;
        var theta = stratified ? CaersData.StratifiedTheta : CaersData.UnstratifiedTheta;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();

        var scores = MgpsModel.Score(theta, n, e);

        for (var i = 0; i < golden.Count; i++)
        {
            var what = $"{golden[i].Var1}/{golden[i].Var2}";
            ReferenceCsv.Close(golden[i].Ebgm, scores[i].Ebgm, Relative, Absolute, what + " EBGM");
            ReferenceCsv.Close(golden[i].Eb05, scores[i].Eb05, Relative, Absolute, what + " EB05");
            ReferenceCsv.Close(golden[i].Eb95, scores[i].Eb95, Relative, Absolute, what + " EB95");
            ReferenceCsv.Close(golden[i].Qn, scores[i].Qn, Relative, 1e-8, what + " Qn");
        }
    }

    [Fact]
    public void Caers_has_131_pairs_with_eb05_at_least_two()
    {
        var golden = CaersData.Unstratified;

        var scores = MgpsModel.Score(CaersData.UnstratifiedTheta, golden.Select(g => g.N).ToArray(), golden.Select(g => g.E).ToArray());

        Assert.Equal(131, scores.Count(s => s.Eb05 >= 2));
    }

    [Fact]
    public void Vignette_pair_matches_published_values()
    {
        var scores = MgpsModel.Score(CaersData.UnstratifiedTheta, [16], [0.40643623]);

        Assert.Equal(23.26, Math.Round(scores[0].Ebgm, 2));
        Assert.Equal(15.69, Math.Round(scores[0].Eb05, 2));
        Assert.Equal(33.48, Math.Round(scores[0].Eb95, 2));
    }

    [Theory]
    [InlineData(1, 0.036)]
    [InlineData(16, 0.406)]
    [InlineData(0, 2.5)]
    [InlineData(3000, 12.0)]
    [InlineData(2, 1e-6)]
    public void Quantiles_solve_the_posterior_cdf_to_1e_6(int n, double e)
    {
        var theta = CaersData.UnstratifiedTheta;

        var score = MgpsModel.Score(theta, [n], [e])[0];

        // Independent CDF: MathNet's regularised incomplete gamma.
        double Cdf(double x) =>
            (score.Qn * MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(theta.Alpha1 + n, (theta.Beta1 + e) * x))
            + ((1 - score.Qn) * MathNet.Numerics.SpecialFunctions.GammaLowerRegularized(theta.Alpha2 + n, (theta.Beta2 + e) * x));
        Assert.InRange(Cdf(score.Eb05 * (1 - 1e-6)), 0, 0.05);
        Assert.InRange(Cdf(score.Eb05 * (1 + 1e-6)), 0.05, 1);
        Assert.InRange(Cdf(score.Eb95 * (1 - 1e-6)), 0, 0.95);
        Assert.InRange(Cdf(score.Eb95 * (1 + 1e-6)), 0.95, 1);
        Assert.True(score.Eb05 < score.Ebgm && score.Ebgm < score.Eb95);
    }

    [Fact]
    public void Ebgm_is_exp_of_posterior_mean_log()
    {
        var theta = new MgpsHyperparameters(0.5, 0.2, 3, 2, 0.3);
        const int N = 4;
        const double E = 1.5;

        var score = MgpsModel.Score(theta, [N], [E])[0];

        // Hand computation from DuMouchel (1999) eq. 6 and 9 with MathNet's gamma functions.
        double LogNb(double a, double b) =>
            MathNet.Numerics.SpecialFunctions.GammaLn(a + N) - MathNet.Numerics.SpecialFunctions.GammaLn(a)
            + (a * Math.Log(b / (b + E))) + (N * Math.Log(E / (b + E)));
        var f1 = theta.P * Math.Exp(LogNb(theta.Alpha1, theta.Beta1));
        var f2 = (1 - theta.P) * Math.Exp(LogNb(theta.Alpha2, theta.Beta2));
        var qn = f1 / (f1 + f2);
        var expectedLog = (qn * (MathNet.Numerics.SpecialFunctions.DiGamma(theta.Alpha1 + N) - Math.Log(theta.Beta1 + E)))
            + ((1 - qn) * (MathNet.Numerics.SpecialFunctions.DiGamma(theta.Alpha2 + N) - Math.Log(theta.Beta2 + E)));
        ReferenceCsv.Close(qn, score.Qn, 1e-12);
        ReferenceCsv.Close(Math.Exp(expectedLog), score.Ebgm, 1e-12);
    }

    [Fact]
    public void Invalid_input_is_rejected()
    {
        var theta = CaersData.UnstratifiedTheta;
        Assert.Throws<ArgumentException>(() => MgpsModel.Score(theta, [1], [0.0]));
        Assert.Throws<ArgumentException>(() => MgpsModel.Score(theta, [1, 2], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => MgpsModel.Score(theta with { P = 1 }, [1], [1.0]));
    }

    [Fact]
    public void Interpolated_quantiles_for_large_tables_match_direct_root_finding()
    {
        // 30k pairs with N = 1..3 over 3 decades of E: every N gets an interpolation table.
        var theta = CaersData.UnstratifiedTheta;
        var random = new Random(3);
        var n = Enumerable.Range(0, 30000).Select(i => 1 + (i % 3)).ToArray();
        var e = n.Select(_ => Math.Exp(Math.Log(0.001) + (random.NextDouble() * Math.Log(1000)))).ToArray();

        var scores = MgpsModel.Score(theta, n, e);

        for (var i = 0; i < n.Length; i += 97)
        {
            var direct = MgpsPosterior.ScoreDirect(theta, n[i], e[i], 0.05, 0.95);
            ReferenceCsv.Close(direct.Eb05, scores[i].Eb05, 1e-7, 0, $"N={n[i]} E={e[i]} EB05");
            ReferenceCsv.Close(direct.Eb95, scores[i].Eb95, 1e-7, 0, $"N={n[i]} E={e[i]} EB95");
            Assert.Equal(direct.Ebgm, scores[i].Ebgm, 12);
        }
    }

    [Theory]
    [InlineData(1e-5, 1e-5, 100, 100, 1e-6)]
    [InlineData(100, 100, 1e-5, 1e-5, 0.999999)]
    [InlineData(0.2, 0.1, 2, 4, 0.5)]
    public void Extreme_priors_and_counts_give_finite_ordered_scores(double a1, double b1, double a2, double b2, double p)
    {
        var theta = new MgpsHyperparameters(a1, b1, a2, b2, p);
        int[] n = [0, 1, 1, 50, 100000, 3, 1];
        double[] e = [1e-9, 1e-9, 1e6, 1e-3, 5, 1e4, 1];

        var scores = MgpsModel.Score(theta, n, e);

        Assert.All(scores, s =>
        {
            Assert.True(double.IsFinite(s.Ebgm) && s.Ebgm > 0, $"EBGM {s}");
            Assert.True(double.IsFinite(s.Eb05) && s.Eb05 > 0, $"EB05 {s}");
            Assert.True(double.IsFinite(s.Eb95) && s.Eb95 >= s.Eb05, $"EB95 {s}");
            Assert.InRange(s.Qn, 0, 1);
        });
    }
}
