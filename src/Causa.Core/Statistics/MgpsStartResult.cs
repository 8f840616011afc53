namespace Causa.Core.Statistics;

/// <summary>Diagnostics for one starting point of an MGPS fit.</summary>
/// <param name="Start">The starting point.</param>
/// <param name="Estimate">Where the optimiser stopped (components ordered so component 1 has the larger prior mean); null when it failed outright.</param>
/// <param name="LogLikelihood">Log-likelihood at <see cref="Estimate"/> on the data the starts were run on (see <see cref="MgpsFitResult.StartPoints"/>); NaN when failed.</param>
/// <param name="Converged">True when the optimiser met its convergence criteria.</param>
/// <param name="Iterations">Optimiser iterations used.</param>
/// <param name="ParametersAtBound">Names of parameters (alpha1, beta1, alpha2, beta2, P) that ended at a bound; empty when none.</param>
/// <param name="Message">Why the start failed or did not converge; null when it converged.</param>
public sealed record MgpsStartResult(
    MgpsHyperparameters Start,
    MgpsHyperparameters? Estimate,
    double LogLikelihood,
    bool Converged,
    int Iterations,
    IReadOnlyList<string> ParametersAtBound,
    string? Message);
