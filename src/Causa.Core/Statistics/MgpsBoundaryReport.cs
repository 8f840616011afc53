using System.Globalization;

namespace Causa.Core.Statistics;

/// <summary>
/// What a user needs to judge an MGPS fit whose likelihood is maximised on a parameter bound: which parameters sit
/// there, and how the constrained two-gamma maximum compares with the best one-gamma prior (a likelihood-ratio
/// comparison), so the scores can still be written with an honest warning.
/// </summary>
/// <param name="Parameters">The parameters on a bound (at least one).</param>
/// <param name="LogLikelihood">Truncated log-likelihood of the constrained two-gamma maximum (natural log).</param>
/// <param name="OneGamma">The maximum-likelihood one-gamma prior, written as a two-gamma θ with equal components (P = 0.5); null when that fit failed.</param>
/// <param name="OneGammaLogLikelihood">Its truncated log-likelihood on the same points; NaN when <paramref name="OneGamma"/> is null.</param>
/// <param name="UsesOneGamma">
/// True when the one-gamma prior fitted the data better than where the two-gamma optimiser stopped (the one-gamma
/// model is a special case of the two-gamma one, so its maximum is a valid two-gamma θ): the fit then reports it.
/// </param>
/// <remarks>
/// The likelihood-ratio statistic 2·(ℓ₂ − ℓ₁) does not follow a χ² law here (the one-gamma model sits on the
/// boundary of the two-gamma one and its mixing weight is not identified), so it is reported as a size of
/// improvement, not as a p-value. A statistic near 0 means the second component adds nothing: the data support a
/// single gamma prior and the two-gamma scores are close to the one-gamma ones.
/// </remarks>
public sealed record MgpsBoundaryReport(
    IReadOnlyList<MgpsBoundParameter> Parameters,
    double LogLikelihood,
    MgpsHyperparameters? OneGamma,
    double OneGammaLogLikelihood,
    bool UsesOneGamma = false)
{
    /// <summary>2·(ℓ₂ − ℓ₁), the likelihood-ratio statistic of the constrained two-gamma fit against one gamma; NaN when the one-gamma fit failed; negative only when <see cref="UsesOneGamma"/> is true.</summary>
    public double LikelihoodRatio => OneGamma is null ? double.NaN : 2 * (LogLikelihood - OneGammaLogLikelihood);

    /// <summary>One sentence for a warning line: the parameters and bounds, and the likelihood-ratio comparison.</summary>
    public string Describe()
    {
        var c = CultureInfo.InvariantCulture;
        var where = string.Join(", ", Parameters.Select(p => string.Create(c, $"{p.Name} = {p.Value:G6} at its {(p.IsLowerBound ? "lower" : "upper")} bound {p.Bound:G6}")));
        var comparison = OneGamma is { } one
            ? string.Create(c, $"log-likelihood {LogLikelihood:F3} vs {OneGammaLogLikelihood:F3} for the best one-gamma prior (alpha={one.Alpha1:G6}, beta={one.Beta1:G6}); likelihood ratio 2·Δ = {LikelihoodRatio:F3}")
            : string.Create(c, $"log-likelihood {LogLikelihood:F3}; the one-gamma comparison could not be fitted");
        return UsesOneGamma
            ? $"The two-gamma fit stopped on a bound ({where}) below the best one-gamma prior, which is reported instead (as two equal components): {comparison}."
            : $"The likelihood is maximised on a bound ({where}); the constrained maximum is reported: {comparison}.";
    }
}
