using Causa.Core.Statistics;

namespace Causa.Application.Mgps;

/// <summary>An MGPS scoring: the prior used and every pair's scores, or a failed fit with its diagnostics.</summary>
/// <param name="Prior">The fitted or given prior; null when the fit found no finite estimate (see <paramref name="Fit"/>).</param>
/// <param name="LogLikelihood">The truncated log-likelihood at <paramref name="Prior"/>; NaN when no pair reaches N*.</param>
/// <param name="Scores">EBGM, EB05, EB95 and Qn per pair, in the table's order; empty without a prior.</param>
/// <param name="Fit">The fit (warnings, every start's outcome); null when a prior was given.</param>
public sealed record MgpsResponse(MgpsHyperparameters? Prior, double LogLikelihood, IReadOnlyList<MgpsScore> Scores, MgpsFitResult? Fit);
