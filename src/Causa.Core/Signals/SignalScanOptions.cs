using Causa.Core.Model;
using Causa.Core.Statistics;

namespace Causa.Core.Signals;

/// <summary>Options of a whole-store signal scan.</summary>
public sealed record SignalScanOptions
{
    /// <summary>Drug roles counted (default suspect).</summary>
    public RoleFilter Roles { get; init; } = RoleFilter.Suspect;

    /// <summary>Strata for expected counts (default sex × age group × report year).</summary>
    public StratumFields Strata { get; init; } = StratumFields.Default;

    /// <summary>A stratum with fewer cases than this is reported as sparse (its E contributions are noisy).</summary>
    public int SparseStratumCases { get; init; } = 50;

    /// <summary>MGPS fit options; N* defaults to 1 since every pair of the store is present.</summary>
    public MgpsFitOptions Fit { get; init; } = MgpsFitOptions.Default with { NStar = 1 };

    /// <summary>Score with this prior instead of fitting one.</summary>
    public MgpsHyperparameters? Theta { get; init; }
}
