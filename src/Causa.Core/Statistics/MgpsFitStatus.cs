namespace Causa.Core.Statistics;

/// <summary>Outcome of an MGPS hyperparameter fit.</summary>
public enum MgpsFitStatus
{
    /// <summary>The best start converged inside the bounds and at least one other start agreed with it.</summary>
    Converged = 0,

    /// <summary>The best start converged inside the bounds but no other start reached the same optimum (estimate still reported).</summary>
    NoAgreement = 1,

    /// <summary>The best estimate has a parameter at its bound (e.g. α₁ → 0, or P → 0/1 for one-component data); estimate reported, not trustworthy.</summary>
    ParameterAtBound = 2,

    /// <summary>No start converged.</summary>
    Failed = 3,

    /// <summary>Too few pairs with N ≥ N* to fit five parameters.</summary>
    NoData = 4,
}
