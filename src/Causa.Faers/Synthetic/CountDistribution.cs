namespace Causa.Faers.Synthetic;

/// <summary>
/// A distribution over row counts per report (1, 2, ...), from a histogram whose last bucket means "that many or more"
/// (spread evenly up to <see cref="MaxValue"/>), optionally tilted to a target mean.
/// </summary>
internal sealed class CountDistribution
{
    /// <summary>Largest count drawn; the open last bucket of a histogram is spread up to here.</summary>
    public const int MaxValue = 60;

    private CountDistribution(double[] probabilities)
    {
        Probabilities = probabilities;
        Choice = new WeightedChoice(probabilities);
        double mean = 0;
        for (var i = 0; i < probabilities.Length; i++)
        {
            mean += (i + 1) * probabilities[i];
        }

        Mean = mean;
    }

    /// <summary>Probability of count i + 1 at index i.</summary>
    public double[] Probabilities { get; }

    /// <summary>Expected count.</summary>
    public double Mean { get; }

    private WeightedChoice Choice { get; }

    /// <summary>
    /// Builds the distribution from <paramref name="histogram"/> (index i = count i + 1, the last bucket open-ended),
    /// tilted as p_k·θ^k with θ found by bisection so the mean equals <paramref name="targetMean"/>.
    /// </summary>
    public static CountDistribution Tilted(int[] histogram, double targetMean)
    {
        var baseline = new double[MaxValue];
        var open = histogram.Length - 1;
        for (var i = 0; i < open; i++)
        {
            baseline[i] = histogram[i];
        }

        var spread = MaxValue - open;
        for (var i = open; i < MaxValue; i++)
        {
            baseline[i] = (double)histogram[open] / spread;
        }

        double low = 1e-6, high = 1.0;
        for (var iteration = 0; iteration < 200; iteration++)
        {
            var mid = (low + high) / 2;
            if (MeanOf(baseline, mid) > targetMean)
            {
                high = mid;
            }
            else
            {
                low = mid;
            }
        }

        var theta = (low + high) / 2;
        var weights = new double[MaxValue];
        double sum = 0;
        for (var i = 0; i < MaxValue; i++)
        {
            weights[i] = baseline[i] * Math.Pow(theta, i);
            sum += weights[i];
        }

        for (var i = 0; i < MaxValue; i++)
        {
            weights[i] /= sum;
        }

        return new CountDistribution(weights);
    }

    public int Next(ref SplitMixRandom random) => Choice.Next(ref random) + 1;

    private static double MeanOf(double[] baseline, double theta)
    {
        double sum = 0, weighted = 0, power = 1;
        for (var i = 0; i < baseline.Length; i++)
        {
            sum += baseline[i] * power;
            weighted += (i + 1) * baseline[i] * power;
            power *= theta;
        }

        return weighted / sum;
    }
}
