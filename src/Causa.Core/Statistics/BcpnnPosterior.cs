namespace Causa.Core.Statistics;

/// <summary>
/// Exact posterior mean and standard deviation of the BCPNN information component (Gould 2003, eq. A3/A4),
/// with normal-approximation 95% limits, all in bits (log₂ units).
/// </summary>
/// <param name="Mean">Posterior expectation of IC = log₂(p₁₁ / (p₁· p·₁)).</param>
/// <param name="StandardDeviation">Posterior standard deviation of the IC (≥ 0).</param>
/// <param name="Lower95">Mean − 1.959964·sd.</param>
/// <param name="Upper95">Mean + 1.959964·sd.</param>
public sealed record BcpnnPosterior(double Mean, double StandardDeviation, double Lower95, double Upper95);
