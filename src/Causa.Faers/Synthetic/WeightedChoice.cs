namespace Causa.Faers.Synthetic;

/// <summary>Draws an index with probability proportional to its weight (cumulative table, binary search).</summary>
internal sealed class WeightedChoice
{
    private readonly double[] _cumulative;

    public WeightedChoice(ReadOnlySpan<double> weights)
    {
        if (weights.IsEmpty)
        {
            throw new ArgumentException("At least one weight is needed.", nameof(weights));
        }

        _cumulative = new double[weights.Length];
        double sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] < 0 || double.IsNaN(weights[i]))
            {
                throw new ArgumentException("Weights must be non-negative.", nameof(weights));
            }

            sum += weights[i];
            _cumulative[i] = sum;
        }

        if (sum <= 0)
        {
            throw new ArgumentException("Weights must not all be zero.", nameof(weights));
        }

        Total = sum;
    }

    /// <summary>Number of choices.</summary>
    public int Count => _cumulative.Length;

    /// <summary>Sum of the weights.</summary>
    public double Total { get; }

    /// <summary>Probability of choice <paramref name="index"/>.</summary>
    public double Probability(int index) => (_cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1])) / Total;

    public int Next(ref SplitMixRandom random)
    {
        var target = random.NextDouble() * Total;
        var index = Array.BinarySearch(_cumulative, target);
        index = index < 0 ? ~index : index + 1;
        return Math.Min(index, _cumulative.Length - 1);
    }
}
