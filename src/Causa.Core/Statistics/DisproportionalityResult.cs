namespace Causa.Core.Statistics;

/// <summary>Frequentist and BCPNN disproportionality measures for one 2×2 table.</summary>
/// <remarks>
/// No member is ever NaN or infinite: a measure or bound that is undefined for the table is <c>null</c>
/// (see <see cref="Disproportionality.Compute"/> for each case). Immutable.
/// </remarks>
/// <param name="Table">The table the measures were computed from.</param>
/// <param name="Expected">Expected count E = (a+b)(a+c)/N; 0 when N = 0.</param>
/// <param name="Prr">Proportional reporting ratio [a/(a+b)]/[c/(c+d)]; 0 when a = 0 and the ratio is otherwise defined; null when a+b = 0, c+d = 0 or c = 0.</param>
/// <param name="PrrLower">Lower Wald 95% limit of the PRR; null when a = 0 or c = 0 or the PRR is null.</param>
/// <param name="PrrUpper">Upper Wald 95% limit of the PRR; null when a = 0 or c = 0 or the PRR is null.</param>
/// <param name="Ror">Reporting odds ratio ad/(bc); 0 when ad = 0 and bc > 0; null when b = 0 or c = 0.</param>
/// <param name="RorLower">Lower Wald 95% limit of the ROR; null unless all four cells are positive.</param>
/// <param name="RorUpper">Upper Wald 95% limit of the ROR; null unless all four cells are positive.</param>
/// <param name="ChiSquareYates">Pearson χ² with Yates' continuity correction (as R's <c>chisq.test(correct = TRUE)</c>); null when a row or column total is 0.</param>
/// <param name="Ic">Information component log₂((a+0.5)/(E+0.5)), in bits; always defined (0 for the empty table).</param>
/// <param name="Ic025">Lower closed-form 95% limit of the IC (Norén et al. 2013), in bits.</param>
/// <param name="Ic975">Upper closed-form 95% limit of the IC (Norén et al. 2013), in bits.</param>
/// <param name="Signals">Thresholds met; a null measure never meets a threshold. <see cref="SignalFlags.Eb05AtLeastTwo"/> is never set here.</param>
public sealed record DisproportionalityResult(
    ContingencyTable Table,
    double Expected,
    double? Prr,
    double? PrrLower,
    double? PrrUpper,
    double? Ror,
    double? RorLower,
    double? RorUpper,
    double? ChiSquareYates,
    double Ic,
    double Ic025,
    double Ic975,
    SignalFlags Signals);
