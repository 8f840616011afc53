using Causa.Core.Statistics;

namespace Causa.Core.Verdicts;

/// <summary>
/// The thresholds and pure rules that turn evidence lines into the two verdicts. Documented in docs/EVIDENCE.md;
/// changing a number here changes Causa's answers.
/// </summary>
public static class EvidenceRules
{
    /// <summary>Clear excess over placebo, first way: drug rate at least this many percent...</summary>
    /// <remarks>Labels' own "most common adverse reactions" cut-off: incidence ≥ 5% and at least twice placebo.</remarks>
    public const double CommonPercent = 5.0;

    /// <summary>...and at least this many times the placebo rate.</summary>
    public const double ClearExcessRatio = 2.0;

    /// <summary>Clear excess over placebo, second way: at least this many percentage points above placebo...</summary>
    /// <remarks>One extra case per ten people treated, whatever the background rate.</remarks>
    public const double LargeExcessPoints = 10.0;

    /// <summary>...and at least this many times the placebo rate (keeps large backgrounds with a noisy difference out).</summary>
    public const double LargeExcessRatio = 1.5;

    /// <summary>Close to placebo: drug rate less than this many times the placebo rate...</summary>
    public const double CloseRatio = 1.5;

    /// <summary>...or less than this many percentage points above it.</summary>
    public const double ClosePoints = 2.0;

    /// <summary>A trial rate on drug under this many percent is rare: too rare for a trial to compare with placebo.</summary>
    public const double RarePercent = 1.0;

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
    /// The highest exact frequency on the drug; NaN when none. Used to tell rare effects (every figure under
    /// <see cref="RarePercent"/>) and, against the placebo median, to make clear an excess the medians show.
    /// </summary>
    /// <remarks>Not compared with the placebo median: a label source pools several tables, products and doses, and its
    /// highest drug figure often has no placebo figure of its own (SIDER lists gabapentin nausea at 45% in one table whose
    /// placebo arm is not given, beside 3.9% vs 3.1% and 6.1% vs 7.1% in the placebo-controlled ones).</remarks>
    public static double DrugRate(IReadOnlyList<double> drugPercents) => drugPercents.Count == 0 ? double.NaN : drugPercents.Max();

    /// <summary>The median of the drug frequencies (percent); NaN when none. Compared with the median placebo frequency.</summary>
    public static double DrugMedianRate(IReadOnlyList<double> drugPercents) => Median(drugPercents);

    /// <summary>
    /// The placebo rate used for comparison: the median of the placebo frequencies; NaN when none.
    /// </summary>
    /// <remarks>The median, because label-extraction rows sometimes copy a drug-arm figure into the placebo column
    /// (SIDER lists mirtazapine weight gain at 12% on placebo beside 1.66% and 2%).</remarks>
    public static double PlaceboRate(IReadOnlyList<double> placeboPercents) => Median(placeboPercents);

    /// <summary>Classifies a label entry's frequencies (percent, 0–100) by the graded rule of docs/EVIDENCE.md.</summary>
    /// <param name="drugPercents">Exact frequencies on drug.</param>
    /// <param name="placeboPercents">Exact frequencies on placebo.</param>
    /// <param name="postmarketingOnly">True when the only information is "postmarketing".</param>
    /// <param name="boxed">True when the label names the term in a boxed warning: lifts any grade short of a clear excess to <see cref="LabelStrength.BoxedWarning"/>.</param>
    /// <returns>Like with like: the median drug figure is graded against the median placebo figure (clear excess: d ≥ 5% and
    /// d ≥ 2p, or d − p ≥ 10 points and d ≥ 1.5p; close: d − p &lt; 2 points or d &lt; 1.5p; moderate otherwise); a moderate
    /// excess there is clear when the highest drug figure is a clear excess over the placebo median. Rare: every drug
    /// figure under 1%. Without drug figures: postmarketing or listed; without placebo figures: listed (or rare).
    /// With one figure on each side both comparisons are the same.</returns>
    public static LabelStrength ClassifyLabel(IReadOnlyList<double> drugPercents, IReadOnlyList<double> placeboPercents, bool postmarketingOnly, bool boxed = false)
    {
        ArgumentNullException.ThrowIfNull(drugPercents);
        ArgumentNullException.ThrowIfNull(placeboPercents);
        var strength = Grade(drugPercents, placeboPercents, postmarketingOnly);
        return boxed && strength != LabelStrength.ClearExcess ? LabelStrength.BoxedWarning : strength;
    }

    private static LabelStrength Grade(IReadOnlyList<double> drugPercents, IReadOnlyList<double> placeboPercents, bool postmarketingOnly)
    {
        var highest = DrugRate(drugPercents);
        if (double.IsNaN(highest))
        {
            return postmarketingOnly ? LabelStrength.Postmarketing : LabelStrength.Listed;
        }

        if (highest < RarePercent)
        {
            return LabelStrength.Rare;
        }

        if (placeboPercents.Count == 0)
        {
            return LabelStrength.Listed;
        }

        // The centre decides whether there is an excess; the highest drug figure (what the label warns about) may only
        // make clear an excess the centre already shows.
        var placebo = PlaceboRate(placeboPercents);
        var centre = Compare(DrugMedianRate(drugPercents), placebo);
        return centre == LabelStrength.ModerateExcess && Compare(highest, placebo) == LabelStrength.ClearExcess
            ? LabelStrength.ClearExcess
            : centre;
    }

    private static LabelStrength Compare(double drug, double placebo)
    {
        var difference = drug - placebo;
        if ((drug >= CommonPercent && drug >= ClearExcessRatio * placebo) || (difference >= LargeExcessPoints && drug >= LargeExcessRatio * placebo))
        {
            return LabelStrength.ClearExcess;
        }

        return difference < ClosePoints || drug < CloseRatio * placebo ? LabelStrength.CloseToPlacebo : LabelStrength.ModerateExcess;
    }

    private static double Median(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var mid = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
    /// The calibrated "can it cause?" rule over the counted findings (docs/EVIDENCE.md, "Calibrated cause rule").
    /// </summary>
    /// <param name="labels">Strength of each label source that knows the drug (<see cref="LabelStrength.NotListed"/> when it does not list the term).</param>
    /// <param name="signals">Strength of each counted count line (indication-biased lines already removed; <see cref="SignalStrength.Unknown"/> lines excluded).</param>
    /// <remarks>
    /// Every count source Causa reads is built from FAERS, so they are one family: several strong tables are one signal.
    /// A strong signal raises the verdict one step only when nothing disagrees (no table without a signal, and no label
    /// grading the pair close to placebo); weak signals never raise a verdict above <c>weak</c>.
    /// </remarks>
    public static CauseVerdict Cause(IReadOnlyList<LabelStrength> labels, IReadOnlyList<SignalStrength> signals)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(signals);
        var labelArray = new LabelStrength[labels.Count];
        for (var i = 0; i < labelArray.Length; i++)
        {
            labelArray[i] = labels[i];
        }

        var signalArray = new SignalStrength[signals.Count];
        for (var i = 0; i < signalArray.Length; i++)
        {
            signalArray[i] = signals[i];
        }

        return Cause(new ReadOnlySpan<LabelStrength>(labelArray), new ReadOnlySpan<SignalStrength>(signalArray));
    }

    /// <inheritdoc cref="Cause(IReadOnlyList{LabelStrength}, IReadOnlyList{SignalStrength})"/>
    /// <remarks>The form the assessor calls, with plain loops: lists and LINQ over these enums are compiled at run time in
    /// every process.</remarks>
    public static CauseVerdict Cause(ReadOnlySpan<LabelStrength> labels, ReadOnlySpan<SignalStrength> signals)
    {
        bool onLabel = false, clear = false, allClose = true;
        foreach (var l in labels)
        {
            if (l != LabelStrength.NotListed)
            {
                onLabel = true;
                clear |= l is LabelStrength.ClearExcess or LabelStrength.BoxedWarning;
                allClose &= l == LabelStrength.CloseToPlacebo;
            }
        }

        var close = onLabel && allClose;
        bool strong = false, weak = false, none = false, informative = labels.Length > 0;
        foreach (var s in signals)
        {
            strong |= s == SignalStrength.Strong;
            weak |= s == SignalStrength.Weak;
            none |= s == SignalStrength.None;
            informative |= s != SignalStrength.Unknown && s != SignalStrength.TooFew;
        }

        var agreeingStrong = strong && !none;

        if (clear)
        {
            return CauseVerdict.Established;
        }

        if (close)
        {
            // Controlled trials could not tell it from placebo: a report signal does not overrule them.
            return CauseVerdict.Weak;
        }

        if (onLabel)
        {
            return agreeingStrong ? CauseVerdict.Established : CauseVerdict.Possible;
        }

        if (agreeingStrong)
        {
            return CauseVerdict.Possible;
        }

        if (strong || weak)
        {
            return CauseVerdict.Weak;
        }

        return informative ? CauseVerdict.NoneFound : CauseVerdict.InsufficientData;
    }

    /// <summary>True when the evidence for a pair disagrees: a strong report signal beside a table without one, or beside a label grading it close to placebo, or a label excess beside tables without a signal.</summary>
    /// <param name="labels">As for <see cref="Cause(IReadOnlyList{LabelStrength}, IReadOnlyList{SignalStrength})"/>.</param>
    /// <param name="signals">As for <see cref="Cause(IReadOnlyList{LabelStrength}, IReadOnlyList{SignalStrength})"/>.</param>
    public static bool Disagree(IReadOnlyList<LabelStrength> labels, IReadOnlyList<SignalStrength> signals)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(signals);
        var listed = labels.Where(static l => l != LabelStrength.NotListed).ToList();
        var close = listed.Count > 0 && listed.All(static l => l == LabelStrength.CloseToPlacebo);
        var strong = signals.Contains(SignalStrength.Strong);
        var none = signals.Contains(SignalStrength.None);
        var excess = listed.Any(static l => l is LabelStrength.ClearExcess or LabelStrength.ModerateExcess);
        return (strong && (none || close)) || (excess && none && !strong);
    }

    /// <summary>The "does it help?" rule: the best counted indication finding wins.</summary>
    /// <param name="onLabel">An on-label source lists it (DrugCentral), or label text does (MEDI possible label use, SIDER's
    /// text-mined indications) while no on-label source knows the drug.</param>
    /// <param name="offLabel">A curated off-label or symptomatic source lists it (MEDI high precision, PharmacotherapyDB DM/SYM),
    /// or label text does while the on-label source knows the drug without it.</param>
    /// <param name="indicationCases">FAERS cases naming the condition as the reason the drug was taken; null without a store.</param>
    public static HelpVerdict Help(bool onLabel, bool offLabel, long? indicationCases) =>
        onLabel ? HelpVerdict.Approved
        : offLabel ? HelpVerdict.OffLabel
        : indicationCases >= MinimumIndicationCases ? HelpVerdict.ReportedUse
        : HelpVerdict.NoneFound;
}
