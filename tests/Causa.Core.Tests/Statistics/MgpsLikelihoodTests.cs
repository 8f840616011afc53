using Causa.Core.Statistics;

namespace Causa.Core.Tests.Statistics;

public sealed class MgpsLikelihoodTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Analytic_gradient_matches_central_differences(int nStar)
    {
        var random = new Random(11);
        var n = Enumerable.Range(0, 200).Select(i => nStar + (i % 7)).ToArray();
        var e = n.Select(_ => Math.Exp(Math.Log(0.001) + (random.NextDouble() * Math.Log(1e4)))).ToArray();
        var likelihood = new MgpsLikelihood(MgpsSquashing.Sort(n, e), nStar);
        var theta = new MgpsHyperparameters(0.7, 0.3, 3.5, 2.5, 0.2);
        var gradient = new double[5];

        likelihood.Evaluate(theta, gradient);

        double[] values = [theta.Alpha1, theta.Beta1, theta.Alpha2, theta.Beta2, theta.P];
        for (var k = 0; k < 5; k++)
        {
            var h = 1e-6 * values[k];
            var up = (double[])values.Clone();
            var down = (double[])values.Clone();
            up[k] += h;
            down[k] -= h;
            var numeric = (likelihood.Evaluate(new(up[0], up[1], up[2], up[3], up[4]), default)
                - likelihood.Evaluate(new(down[0], down[1], down[2], down[3], down[4]), default)) / (2 * h);
            ReferenceCsv.Close(numeric, gradient[k], 1e-5, 1e-6, $"d/dθ{k}");
        }
    }
}
