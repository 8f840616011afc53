namespace Causa.Core.Signals;

/// <summary>Wall time of each stage of a scan.</summary>
/// <param name="Counting">Pair counts and stratum margins.</param>
/// <param name="Expected">Stratified expected counts.</param>
/// <param name="Fit">MGPS hyperparameter fit.</param>
/// <param name="Scoring">Posterior EBGM and quantiles of every pair.</param>
public sealed record SignalScanTimings(TimeSpan Counting, TimeSpan Expected, TimeSpan Fit, TimeSpan Scoring)
{
    /// <summary>Sum of the stages.</summary>
    public TimeSpan Total => Counting + Expected + Fit + Scoring;
}
