using Causa.Core.Statistics;

namespace Causa.Core.Tests.Statistics;

/// <summary>
/// The memory-lean paths of a whole-store scan must give exactly what the general paths give: the unit-weight grid
/// squash against Sort then Grid, the unit-weight fit against the same pairs with explicit weights of 1 (which takes the
/// general path), and scores computed a block at a time against one call over all pairs. Exact equality: these are
/// the same arithmetic in the same order, not approximations.
/// </summary>
public sealed class MgpsLeanPathTests
{
    [Theory]
    [InlineData(0.0, 1)]
    [InlineData(1e-3, 1)]
    [InlineData(0.1, 1)]
    [InlineData(1e-3, 2)]
    public void Unit_weight_grid_is_sort_then_grid_of_the_kept_pairs(double width, int nStar)
    {
        var (n, e) = CaersPairsWithUnusableOnes();

        Assert.True(MgpsSquashing.TryGridUnitWeights(n, e, nStar, width, out var lean, out var kept, out var skipped));

        // Reference: keep by hand, then the public Sort and Grid.
        var keep = Enumerable.Range(0, n.Length).Where(i => n[i] >= nStar && e[i] > 0 && double.IsFinite(e[i])).ToArray();
        var reference = MgpsSquashing.Grid(MgpsSquashing.Sort(keep.Select(i => n[i]).ToArray(), keep.Select(i => e[i]).ToArray()), width);
        Assert.Equal(keep.Length, kept);
        Assert.Equal(Enumerable.Range(0, n.Length).Count(i => n[i] >= nStar) - keep.Length, skipped);
        Assert.Equal(reference.N, lean!.N);
        Assert.Equal(reference.E, lean.E);
        Assert.Equal(reference.Weight, lean.Weight);
    }

    [Fact]
    public void Unit_weight_grid_declines_counts_too_sparse_for_buckets()
    {
        Assert.False(MgpsSquashing.TryGridUnitWeights([1, 5000], [1.0, 2.0], 1, 1e-3, out var points, out _, out _));
        Assert.Null(points);
    }

    [Theory]
    [InlineData(MgpsSquashMode.Grid)]
    [InlineData(MgpsSquashMode.Exact)]
    public void Unit_weight_fit_equals_the_fit_with_explicit_unit_weights(MgpsSquashMode mode)
    {
        var (n, e) = CaersPairsWithUnusableOnes();
        var options = MgpsFitOptions.Default with { Squash = mode };

        var lean = MgpsModel.Fit(n, e, options);
        var general = MgpsModel.Fit(n, e, Enumerable.Repeat(1.0, n.Length).ToArray(), options);

        Assert.Equal(general.Status, lean.Status);
        Assert.Equal(general.Hyperparameters, lean.Hyperparameters);
        Assert.Equal(general.LogLikelihood, lean.LogLikelihood);
        Assert.Equal(general.PairsUsed, lean.PairsUsed);
        Assert.Equal(general.Points, lean.Points);
        Assert.Equal(general.Warnings, lean.Warnings);
    }

    [Fact]
    public void Scores_in_blocks_equal_scores_in_one_call()
    {
        var golden = CaersData.Unstratified;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();
        var theta = CaersData.UnstratifiedTheta;
        var whole = MgpsModel.Score(theta, n, e);

        var scorer = new MgpsPosterior.Scorer(theta, n, e, 0.05, 0.95);
        var block = new MgpsScore[4099];
        for (var start = 0; start < n.Length; start += block.Length)
        {
            var count = Math.Min(block.Length, n.Length - start);
            scorer.Score(n, e, start, block, count);
            Assert.Equal(whole.AsSpan(start, count).ToArray(), block[..count]);
        }
    }

    [Fact]
    public void Many_pairs_with_one_count_and_one_expected_count_score_as_a_single_pair_does()
    {
        // Given 40 pairs that all have N = 1 and E = 0.5 (a tabulated count whose expected counts span nothing)
        var theta = CaersData.UnstratifiedTheta;
        var n = Enumerable.Repeat(1, 40).ToArray();
        var e = Enumerable.Repeat(0.5, 40).ToArray();

        // When they are scored together (through the quantile table) and one alone (solved directly)
        var together = MgpsModel.Score(theta, n, e);
        var alone = MgpsModel.Score(theta, [1], [0.5])[0];

        // Then every pair has the lone pair's scores, the quantiles within 1e-6 relative (the table is checked to 1e-8)
        Assert.All(together, s =>
        {
            Assert.Equal(alone.Ebgm, s.Ebgm, 1e-12);
            Assert.Equal(alone.Eb05, s.Eb05, alone.Eb05 * 1e-6);
            Assert.Equal(alone.Eb95, s.Eb95, alone.Eb95 * 1e-6);
        });
    }

    [Fact]
    public void One_gamma_likelihood_through_equal_components_matches_the_negative_binomial_directly()
    {
        // With α₁ = α₂ and β₁ = β₂ the mixture is one gamma whatever P is: the truncated negative binomial, written out here.
        var golden = CaersData.Unstratified;
        var n = golden.Select(g => g.N).ToArray();
        var e = golden.Select(g => g.E).ToArray();
        const double alpha = 0.7, beta = 0.4;

        var mixture = MgpsModel.LogLikelihood(new MgpsHyperparameters(alpha, beta, alpha, beta, 0.3), n, e, default, 1);

        double direct = 0;
        for (var i = 0; i < n.Length; i++)
        {
            var logF = MathNet.Numerics.SpecialFunctions.GammaLn(alpha + n[i]) - MathNet.Numerics.SpecialFunctions.GammaLn(alpha) - MathNet.Numerics.SpecialFunctions.FactorialLn(n[i])
                + (alpha * Math.Log(beta / (beta + e[i]))) + (n[i] * Math.Log(e[i] / (beta + e[i])));
            var p0 = Math.Pow(beta / (beta + e[i]), alpha);
            direct += logF - Math.Log(1 - p0);
        }

        Assert.Equal(direct, mixture, Math.Abs(direct) * 1e-10);
    }

    /// <summary>The CAERS pairs (real data), plus pairs the fit must leave out: N = 0, E = 0, E = NaN and E = ∞.</summary>
    private static (int[] N, double[] E) CaersPairsWithUnusableOnes()
    {
        var golden = CaersData.Unstratified;
        var n = golden.Select(g => g.N).Concat([0, 1, 2, 3, 1]).ToArray();
        var e = golden.Select(g => g.E).Concat([0.5, 0.0, double.NaN, double.PositiveInfinity, -1.0]).ToArray();
        return (n, e);
    }
}
