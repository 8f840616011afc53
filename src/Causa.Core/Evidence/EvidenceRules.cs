using Causa.Core.Query;
using Causa.Core.Statistics;

namespace Causa.Core.Evidence;

/// <summary>
/// The thresholds and pure rules that turn evidence lines into the two verdicts. Documented in docs/EVIDENCE.md;
/// changing a number here changes Causa's answers.
/// </summary>
public static class EvidenceRules
{
    /// <summary>Clear excess over placebo: drug rate at least this many times the placebo rate...</summary>
    public const double ClearExcessRatio = 2.0;

    /// <summary>...and at least this many percentage points above it.</summary>
    public const double ClearExcessPoints = 5.0;

    /// <summary>Close to placebo: drug rate less than this many times the placebo rate...</summary>
    public const double CloseRatio = 1.5;

    /// <summary>...or less than this many percentage points above it.</summary>
    public const double ClosePoints = 2.0;

    /// <summary>FAERS INDI cases naming the condition as the reason for use needed for <c>reported-use</c>.</summary>
    public const int MinimumIndicationCases = 3;

    /// <summary>The verdict word.</summary>
    public static string Text(CauseVerdict verdict) => verdict switch
    {
        CauseVerdict.Established => "established",
        CauseVerdict.Possible => "possible",
        CauseVerdict.Weak => "weak",
        CauseVerdict.NoneFound => "none-found",
        _ => "insufficient-data",
    };

    /// <summary>The verdict word.</summary>
    public static string Text(HelpVerdict verdict) => verdict switch
    {
        HelpVerdict.Approved => "approved",
        HelpVerdict.OffLabel => "off-label",
        HelpVerdict.ReportedUse => "reported-use",
        _ => "none-found",
    };

    /// <summary>
    /// The drug rate used for comparison: the highest exact frequency on the drug; NaN when none.
    /// </summary>
    /// <remarks>A label reports several trials and doses; the highest figure is what the label warns about.</remarks>
    public static double DrugRate(IReadOnlyList<double> drugPercents) => drugPercents.Count == 0 ? double.NaN : drugPercents.Max();

    /// <summary>
    /// The placebo rate used for comparison: the median of the placebo frequencies; NaN when none.
    /// </summary>
    /// <remarks>The median, because label-extraction rows sometimes copy a drug-arm figure into the placebo column
    /// (SIDER lists mirtazapine weight gain at 12% on placebo beside 1.66% and 2%).</remarks>
    public static double PlaceboRate(IReadOnlyList<double> placeboPercents)
    {
        if (placeboPercents.Count == 0)
        {
            return double.NaN;
        }

        var sorted = placeboPercents.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>Classifies a label entry's frequencies (percent, 0–100).</summary>
    /// <param name="drugPercents">Exact frequencies on drug.</param>
    /// <param name="placeboPercents">Exact frequencies on placebo.</param>
    /// <param name="postmarketingOnly">True when the only information is "postmarketing".</param>
    public static LabelStrength ClassifyLabel(IReadOnlyList<double> drugPercents, IReadOnlyList<double> placeboPercents, bool postmarketingOnly)
    {
        ArgumentNullException.ThrowIfNull(drugPercents);
        ArgumentNullException.ThrowIfNull(placeboPercents);
        var drug = DrugRate(drugPercents);
        var placebo = PlaceboRate(placeboPercents);
        if (double.IsNaN(drug))
        {
            return postmarketingOnly ? LabelStrength.Postmarketing : LabelStrength.Listed;
        }

        if (double.IsNaN(placebo))
        {
            return LabelStrength.Listed;
        }

        var difference = drug - placebo;
        if (drug >= ClearExcessRatio * placebo && difference >= ClearExcessPoints)
        {
            return LabelStrength.ClearExcess;
        }

        if (difference < ClosePoints || drug < CloseRatio * placebo)
        {
            return LabelStrength.CloseToPlacebo;
        }

        return LabelStrength.ModerateExcess;
    }

    /// <summary>Classifies a 2×2 table the way <see cref="VerdictRules.Classify"/> does for the store.</summary>
    public static SignalStrength ClassifyCounts(ContingencyTable table) => Strength(VerdictRules.Classify(Disproportionality.Compute(table)));

    /// <summary>Maps a report verdict level to a signal strength.</summary>
    public static SignalStrength Strength(VerdictLevel level) => level switch
    {
        VerdictLevel.Disproportionate => SignalStrength.Strong,
        VerdictLevel.WeakSignal => SignalStrength.Weak,
        VerdictLevel.NotDisproportionate => SignalStrength.None,
        _ => SignalStrength.TooFew,
    };

    /// <summary>
    /// The "can it cause?" rule over the counted findings (docs/EVIDENCE.md has the table).
    /// </summary>
    /// <param name="labels">Strength of each label source that knows the drug (<see cref="LabelStrength.NotListed"/> when it does not list the term).</param>
    /// <param name="signals">Strength of each counted count line (indication-biased lines already removed; <see cref="SignalStrength.Unknown"/> lines excluded).</param>
    public static CauseVerdict Cause(IReadOnlyList<LabelStrength> labels, IReadOnlyList<SignalStrength> signals)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(signals);
        var listed = labels.Where(static l => l != LabelStrength.NotListed).ToList();
        var onLabel = listed.Count > 0;
        var clear = listed.Contains(LabelStrength.ClearExcess);
        var close = onLabel && listed.All(static l => l == LabelStrength.CloseToPlacebo);
        var strong = signals.Count(static s => s == SignalStrength.Strong);
        var weak = signals.Count(static s => s == SignalStrength.Weak);
        var none = signals.Count(static s => s == SignalStrength.None);
        var informative = labels.Count > 0 || signals.Any(static s => s != SignalStrength.Unknown && s != SignalStrength.TooFew);

        if (clear || (onLabel && !close && strong >= 1 && none == 0) || (strong >= 2 && none == 0))
        {
            return CauseVerdict.Established;
        }

        if (close && strong == 0)
        {
            return CauseVerdict.Weak;
        }

        if (onLabel || strong >= 1)
        {
            return CauseVerdict.Possible;
        }

        if (weak >= 1)
        {
            return CauseVerdict.Weak;
        }

        return informative ? CauseVerdict.NoneFound : CauseVerdict.InsufficientData;
    }

    /// <summary>The "does it help?" rule: the best counted indication finding wins.</summary>
    /// <param name="onLabel">An on-label source lists it (DrugCentral, MEDI possible label use).</param>
    /// <param name="offLabel">A curated off-label or symptomatic source lists it (MEDI high precision, PharmacotherapyDB DM/SYM).</param>
    /// <param name="indicationCases">FAERS cases naming the condition as the reason the drug was taken; null without a store.</param>
    public static HelpVerdict Help(bool onLabel, bool offLabel, long? indicationCases) =>
        onLabel ? HelpVerdict.Approved
        : offLabel ? HelpVerdict.OffLabel
        : indicationCases >= MinimumIndicationCases ? HelpVerdict.ReportedUse
        : HelpVerdict.NoneFound;
}
