namespace Causa.Core.Statistics;

/// <summary>The MGPS posterior summary of one drug–event pair.</summary>
/// <param name="Ebgm">Empirical Bayes geometric mean exp(E[ln λ | N, E]); a relative reporting ratio, &gt; 0.</param>
/// <param name="Eb05">5th percentile of the posterior of λ (the FDA's EB05; signal when ≥ 2).</param>
/// <param name="Eb95">95th percentile of the posterior of λ.</param>
/// <param name="Qn">Posterior probability that λ comes from the first prior component, 0–1.</param>
public readonly record struct MgpsScore(double Ebgm, double Eb05, double Eb95, double Qn);
