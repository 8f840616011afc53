namespace Causa.Core.Statistics;

/// <summary>Weighted (N, E) points for the MGPS likelihood: pairs after squashing, sorted by N then E.</summary>
/// <param name="N">Counts, ascending.</param>
/// <param name="E">Expected counts (&gt; 0).</param>
/// <param name="Weight">How many pairs each point stands for (&gt; 0).</param>
public sealed record MgpsPoints(int[] N, double[] E, double[] Weight)
{
    /// <summary>Number of points.</summary>
    public int Count => N.Length;

    /// <summary>Total weight (pairs represented).</summary>
    public double TotalWeight
    {
        get
        {
            double total = 0;
            foreach (var w in Weight)
            {
                total += w;
            }

            return total;
        }
    }
}
