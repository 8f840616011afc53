using System.Globalization;
using Causa.Core.Statistics;

namespace Causa.Core.Verdicts;

/// <summary>
/// Turns the numbers of a drug–event pair into a verdict level, one plain-language sentence and the caveats that
/// apply. The thresholds are part of the documented behaviour (README, docs/ARCHITECTURE.md).
/// </summary>
public static class VerdictRules
{
    /// <summary>Below this many cases nothing is concluded.</summary>
    public const int MinimumCases = 3;

    /// <summary>Below this many cases in the whole store, figures are flagged as coming from a sample.</summary>
    public const long SmallStoreCases = 100_000;

    /// <summary>
    /// The event counts as an indication of the drug when at least this share of the drug's cases with the event
    /// also name it as the reason for use (or at least 3 cases do).
    /// </summary>
    public const double IndicationShare = 0.1;

    /// <summary>Classifies a result.</summary>
    public static VerdictLevel Classify(DisproportionalityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var a = result.Table.A;
        if (a == 0)
        {
            return VerdictLevel.NoReports;
        }

        if (a < MinimumCases)
        {
            return VerdictLevel.TooFewReports;
        }

        var strong = result.Signals.HasFlag(SignalFlags.IcLowerAboveZero) && result.Signals.HasFlag(SignalFlags.Evans);
        if (strong)
        {
            return VerdictLevel.Disproportionate;
        }

        return result.Signals != SignalFlags.None ? VerdictLevel.WeakSignal : VerdictLevel.NotDisproportionate;
    }

    /// <summary>True when the event is plausibly why the drug was taken, judged from FAERS INDI counts.</summary>
    /// <param name="indicationCases">Drug cases naming the event term as an indication.</param>
    /// <param name="a">Drug cases reporting the event.</param>
    public static bool IsLikelyIndication(long indicationCases, long a) =>
        indicationCases >= 3 || (a > 0 && indicationCases >= Math.Max(1, IndicationShare * a));

    /// <summary>The one-sentence verdict.</summary>
    public static string Sentence(string drug, string eventTerm, DisproportionalityResult result, VerdictLevel level, bool likelyIndication)
    {
        ArgumentNullException.ThrowIfNull(result);
        var t = result.Table;
        var c = CultureInfo.InvariantCulture;
        var drugShare = t.DrugTotal == 0 ? 0 : 100.0 * t.A / t.DrugTotal;
        var otherShare = (t.C + t.D) == 0 ? 0 : 100.0 * t.C / (t.C + t.D);
        var text = level switch
        {
            VerdictLevel.NoReports => t.DrugTotal == 0
                ? string.Create(c, $"No case in this store lists {drug} as a drug of the counted roles, so the reports say nothing about {eventTerm}.")
                : string.Create(c, $"None of the {t.DrugTotal:N0} cases with {drug} reports {eventTerm}; this is not evidence that it cannot happen."),
            VerdictLevel.TooFewReports => string.Create(c, $"Only {t.A} case(s) report {eventTerm} with {drug}: too few to tell a pattern from chance."),
            VerdictLevel.NotDisproportionate => string.Create(c, $"{eventTerm} is reported with {drug} ({t.A:N0} cases, {drugShare:0.##}% of its cases) about as often as with other drugs ({otherShare:0.##}%): the reports show no sign that {drug} raises it."),
            VerdictLevel.WeakSignal => string.Create(c, $"{eventTerm} is reported somewhat more often with {drug} ({t.A:N0} cases, {drugShare:0.##}% vs {otherShare:0.##}% for other drugs), but not every measure agrees: a weak signal."),
            _ => string.Create(c, $"{eventTerm} is reported clearly more often with {drug} than with other drugs ({t.A:N0} cases, {drugShare:0.##}% vs {otherShare:0.##}%; PRR {Format(result.Prr)}, 95% CI {Format(result.PrrLower)}–{Format(result.PrrUpper)}): a signal, not proof that {drug} causes it."),
        };
        if (likelyIndication && level >= VerdictLevel.WeakSignal)
        {
            text += string.Create(c, $" But {eventTerm} is also a reason people take {drug}, so the excess probably reflects why it was prescribed.");
        }

        return text;
    }

    /// <summary>The caveats that apply, most important first.</summary>
    public static IReadOnlyList<string> Caveats(string drug, string eventTerm, DisproportionalityResult result, long indicationCases, bool allRoles)
    {
        ArgumentNullException.ThrowIfNull(result);
        var c = CultureInfo.InvariantCulture;
        var caveats = new List<string>
        {
            "Spontaneous reports cannot show that a drug caused an event: they count reports, not patients, and nobody reports the people who took the drug without problems.",
        };
        if (IsLikelyIndication(indicationCases, result.Table.A))
        {
            caveats.Add(string.Create(c, $"Indication bias: {indicationCases:N0} case(s) give {eventTerm} as the reason {drug} was taken, so reports of it may describe the condition being treated rather than a side effect."));
        }

        if (result.Table.A is > 0 and < 5)
        {
            caveats.Add(string.Create(c, $"Small count: with {result.Table.A} case(s) the ratios are unstable; the shrunk IC ({result.Ic:0.00}, lower limit {result.Ic025:0.00}) is the safer guide."));
        }

        if (result.Table.N < SmallStoreCases)
        {
            caveats.Add(string.Create(c, $"This store holds only {result.Table.N:N0} cases; figures from a sample are illustrations, not estimates for the whole FAERS database."));
        }

        if (allRoles)
        {
            caveats.Add("Concomitant and interacting drugs are counted too: many of these reports did not suspect this drug.");
        }

        caveats.Add("Reporting rises with publicity and warnings (stimulated reporting), and a drug heavily reported for an event lowers the ratios of others (masking).");
        return caveats;
    }

    private static string Format(double? value) => value is { } v ? v.ToString(v >= 100 ? "0" : v >= 10 ? "0.0" : "0.00", CultureInfo.InvariantCulture) : "n/a";
}
