using Causa.Core.Model;
using Causa.Core.Statistics;

namespace Causa.Core.Signals;

/// <summary>
/// Every (ingredient, term) pair with at least one case, with its count, expected count and MGPS scores, sorted by
/// ingredient id then term id. Arrays are parallel.
/// </summary>
public sealed class SignalScanResult
{
    internal SignalScanResult(int[] ingredients, int[] terms, int[] counts, double[] expected, MgpsScore[] scores, MgpsHyperparameters? theta, MgpsFitResult? fit, RoleFilter roles, StratumFields strata, int strataUsed, int sparseStrata, IReadOnlyList<string> warnings, ulong storeFingerprint, SignalScanTimings timings)
    {
        Ingredients = ingredients;
        Terms = terms;
        Counts = counts;
        Expected = expected;
        Scores = scores;
        Theta = theta;
        Fit = fit;
        Roles = roles;
        Strata = strata;
        StrataUsed = strataUsed;
        SparseStrata = sparseStrata;
        Warnings = warnings;
        StoreFingerprint = storeFingerprint;
        Timings = timings;
    }

    /// <summary>Ingredient id of each pair.</summary>
    public int[] Ingredients { get; }

    /// <summary>Term id of each pair.</summary>
    public int[] Terms { get; }

    /// <summary>Cases with both (N, the a of the 2×2 table).</summary>
    public int[] Counts { get; }

    /// <summary>Expected count E under independence within strata.</summary>
    public double[] Expected { get; }

    /// <summary>EBGM, EB05, EB95 and Qn; all NaN when the prior could not be fitted.</summary>
    public MgpsScore[] Scores { get; }

    /// <summary>The prior used; null when the fit failed.</summary>
    public MgpsHyperparameters? Theta { get; }

    /// <summary>The fit and its diagnostics; null when a prior was given.</summary>
    public MgpsFitResult? Fit { get; }

    /// <summary>Drug roles counted.</summary>
    public RoleFilter Roles { get; }

    /// <summary>Strata used for E.</summary>
    public StratumFields Strata { get; }

    /// <summary>Strata with at least one case.</summary>
    public int StrataUsed { get; }

    /// <summary>Non-empty strata with fewer cases than the sparse threshold.</summary>
    public int SparseStrata { get; }

    /// <summary>Warnings for the user (sparse strata, fit problems).</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Identity of the store content the scan was computed from.</summary>
    public ulong StoreFingerprint { get; }

    /// <summary>Time spent per stage.</summary>
    public SignalScanTimings Timings { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => Counts.Length;
}
