using Causa.Core.Statistics;

namespace Causa.Core.Signals;

/// <summary>What a scan did, without its pairs: kept by a caller after the pairs are saved, so they can be let go.</summary>
/// <param name="Count">Pairs scanned.</param>
/// <param name="Theta">The prior used; null when the fit failed.</param>
/// <param name="Fit">The fit and its diagnostics; null when a prior was given.</param>
/// <param name="StrataUsed">Strata with at least one case.</param>
/// <param name="SparseStrata">Non-empty strata with fewer cases than the sparse threshold.</param>
/// <param name="Warnings">Warnings for the user (sparse strata, fit problems).</param>
/// <param name="Timings">Time spent per stage (scoring: the scores computed by the time of the report).</param>
public sealed record SignalScanReport(int Count, MgpsHyperparameters? Theta, MgpsFitResult? Fit, int StrataUsed, int SparseStrata, IReadOnlyList<string> Warnings, SignalScanTimings Timings);
