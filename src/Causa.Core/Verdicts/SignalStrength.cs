namespace Causa.Core.Verdicts;

/// <summary>What a count table or the FAERS store shows for a pair.</summary>
public enum SignalStrength
{
    /// <summary>No count, or a count without the margins needed for a 2×2.</summary>
    Unknown = 0,

    /// <summary>Fewer than 3 in the source's unit.</summary>
    TooFew = 1,

    /// <summary>At least 3, no signal criterion met.</summary>
    None = 2,

    /// <summary>Some criteria met (Evans, IC025 &gt; 0, ROR lower limit &gt; 1), not both Evans and IC025.</summary>
    Weak = 3,

    /// <summary>Evans criteria and IC025 &gt; 0 (<see cref="Verdicts.VerdictLevel.Disproportionate"/>).</summary>
    Strong = 4,
}
