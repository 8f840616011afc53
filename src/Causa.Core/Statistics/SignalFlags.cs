namespace Causa.Core.Statistics;

/// <summary>Which conventional signal thresholds a drug–event pair meets.</summary>
[Flags]
public enum SignalFlags
{
    /// <summary>No threshold met (or none could be evaluated).</summary>
    None = 0,

    /// <summary>Evans et al. 2001: PRR ≥ 2, Yates χ² ≥ 4 and a ≥ 3.</summary>
    Evans = 1,

    /// <summary>BCPNN/WHO-UMC: the lower 95% limit of the information component, IC025, is above 0.</summary>
    IcLowerAboveZero = 2,

    /// <summary>van Puijenbroek et al. 2002: the lower 95% limit of the ROR is above 1.</summary>
    RorLowerAboveOne = 4,

    /// <summary>Szarfman et al. 2002: the MGPS EB05 is at least 2 (set only by callers that have an MGPS fit).</summary>
    Eb05AtLeastTwo = 8,
}
