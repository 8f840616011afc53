using Causa.Core.Statistics;
using MathNet.Numerics.Distributions;

namespace Causa.Core.Tests.Statistics;

/// <summary>
/// Draws pairs from the model openEBGM fits: component 1 with probability P, then N from that component's
/// negative binomial truncated at N ≥ 1 (so P is the weight among observed pairs). E is log-uniform on 0.01–10.
/// </summary>
internal static class Synthetic
{
    public static (int[] N, double[] E) Draw(MgpsHyperparameters theta, int pairs, Random random)
    {
        var n = new int[pairs];
        var e = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            var expected = Math.Exp(Math.Log(0.01) + (random.NextDouble() * Math.Log(1000)));
            var first = random.NextDouble() < theta.P;
            int count;
            do
            {
                var lambda = first ? Gamma.Sample(random, theta.Alpha1, theta.Beta1) : Gamma.Sample(random, theta.Alpha2, theta.Beta2);
                count = Poisson.Sample(random, lambda * expected);
            }
            while (count == 0);

            n[i] = count;
            e[i] = expected;
        }

        return (n, e);
    }
}
