using MathNet.Numerics.Distributions;

namespace Causa.TestSupport;

/// <summary>
/// Draws pairs from the model openEBGM fits: component 1 with probability P, then N from that component's
/// negative binomial truncated at N ≥ 1 (so P is the weight among observed pairs). E is log-uniform on 0.01–10.
/// </summary>
/// <remarks>Shared by the statistics tests and the MGPS benchmarks; it takes the prior's five numbers rather than
/// Causa's own type so that this library stays free of Causa projects.</remarks>
public static class MgpsModelSample
{
    /// <summary>Draws <paramref name="pairs"/> (N, E) pairs from the two-gamma model.</summary>
    /// <param name="alpha1">Shape of component 1 (&gt; 0).</param>
    /// <param name="beta1">Rate of component 1 (&gt; 0).</param>
    /// <param name="alpha2">Shape of component 2 (&gt; 0).</param>
    /// <param name="beta2">Rate of component 2 (&gt; 0).</param>
    /// <param name="p">Weight of component 1, in [0, 1].</param>
    /// <param name="pairs">How many pairs to draw.</param>
    /// <param name="random">The source of randomness (seed it for repeatable draws).</param>
    /// <returns>Counts N ≥ 1 and expected counts E, one per pair.</returns>
    public static (int[] N, double[] E) Draw(double alpha1, double beta1, double alpha2, double beta2, double p, int pairs, Random random)
    {
        var n = new int[pairs];
        var e = new double[pairs];
        for (var i = 0; i < pairs; i++)
        {
            var expected = Math.Exp(Math.Log(0.01) + (random.NextDouble() * Math.Log(1000)));
            var first = random.NextDouble() < p;
            int count;
            do
            {
                var lambda = first ? Gamma.Sample(random, alpha1, beta1) : Gamma.Sample(random, alpha2, beta2);
                count = Poisson.Sample(random, lambda * expected);
            }
            while (count == 0);

            n[i] = count;
            e[i] = expected;
        }

        return (n, e);
    }
}
