using System.Diagnostics.CodeAnalysis;

namespace Causa.Core.Statistics;

/// <summary>The result of an MGPS hyperparameter fit: an estimate with diagnostics, never an exception for bad data.</summary>
/// <param name="Status">Outcome; see <see cref="Succeeded"/>.</param>
/// <param name="Hyperparameters">The maximum-likelihood θ (best start, polished on the full reduced data); null when <see cref="Status"/> is Failed or NoData.</param>
/// <param name="LogLikelihood">Truncated log-likelihood at θ over all pairs with N ≥ N* (as openEBGM's −negLLsquash on the fitted points); NaN when no estimate.</param>
/// <param name="NStar">Truncation point N*: pairs with N &lt; N* were ignored and each component was truncated at N*.</param>
/// <param name="PairsUsed">Pairs with N ≥ N* (sum of weights when weights were given).</param>
/// <param name="Points">Points in the likelihood after squashing.</param>
/// <param name="StartPoints">Points the starting points were run on (a coarser squash when the data are large).</param>
/// <param name="Starts">One entry per starting point.</param>
/// <param name="Warnings">Human-readable warnings (agreement, bounds, sparse data).</param>
/// <param name="Message">One-line summary of the outcome.</param>
/// <param name="Evaluations">Log-likelihood evaluations used (all starts and the polish).</param>
/// <param name="Boundary">When <see cref="Status"/> is <see cref="MgpsFitStatus.ParameterAtBound"/> and θ is finite: the parameters on a bound and the likelihood-ratio comparison with a one-gamma prior; otherwise null.</param>
public sealed record MgpsFitResult(
    MgpsFitStatus Status,
    MgpsHyperparameters? Hyperparameters,
    double LogLikelihood,
    int NStar,
    double PairsUsed,
    int Points,
    int StartPoints,
    IReadOnlyList<MgpsStartResult> Starts,
    IReadOnlyList<string> Warnings,
    string Message,
    int Evaluations,
    MgpsBoundaryReport? Boundary = null)
{
    /// <summary>True when the estimate can be used without caveat (<see cref="MgpsFitStatus.Converged"/>).</summary>
    public bool Succeeded => Status == MgpsFitStatus.Converged && Hyperparameters is not null;

    /// <summary>
    /// True when there is a finite, valid θ to score with: a converged fit, one whose starts disagree, or the constrained
    /// maximum on a parameter bound (see <see cref="Boundary"/>). False only when no finite θ exists (Failed, NoData).
    /// </summary>
    [MemberNotNullWhen(true, nameof(Hyperparameters))]
    public bool HasEstimate => Hyperparameters is { IsValid: true } && double.IsFinite(LogLikelihood);
}
