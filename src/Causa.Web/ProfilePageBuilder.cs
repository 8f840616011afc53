using System.Globalization;
using Causa.Core.Query;
using Causa.Web.Models;

namespace Causa.Web;

/// <summary>
/// The "Who reports this and when" section of the answer page from a pair's <see cref="CaseProfile"/>: charts of reports
/// per year, sex, age, how serious (beside all reports for the drug) and time to onset, each with its numbers written
/// on it, plus plain sentences for the medians and for every field the reports do not record. Pure: no store access.
/// </summary>
public static class ProfilePageBuilder
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The section, or null when the profile counts no case at all (nothing to show).</summary>
    /// <param name="profile">The pair's profile; its <see cref="CaseProfile.Baseline"/> (all cases with the drug) may be null.</param>
    /// <param name="drug">The drug as the page writes it ("mirtazapine").</param>
    /// <param name="condition">The condition as the page writes it in a sentence ("back pain").</param>
    /// <param name="source">The FAERS store the profile comes from.</param>
    public static ProfileModel? Build(CaseProfile profile, string drug, string condition, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(source);
        var total = profile.Sex.F + profile.Sex.M + profile.Sex.Unknown;
        if (total == 0)
        {
            return null;
        }

        var charts = new List<BarChartModel>();
        var facts = new List<string>();
        var reports = PlainNumbers.Count(total, "report", "reports");

        // Reports per year: the year FDA first received each case.
        var years = profile.ByYear?.Where(static y => y.Key != "unknown").ToList() ?? [];
        string summary;
        if (years.Count > 0)
        {
            var first = years[0].Key;
            var last = years[^1].Key;
            summary = first == last
                ? $"{reports} in the store mention both {drug} and {condition}, all received by the FDA in {first}."
                : $"{reports} in the store mention both {drug} and {condition}, received by the FDA from {first} to {last}.";
            var bars = profile.ByYear!.Select(static y => new BarModel(y.Key == "unknown" ? "Year not recorded" : y.Key, y.Value, PlainNumbers.Count(y.Value))).ToList();
            var busiest = years.MaxBy(static y => y.Value);
            charts.Add(new BarChartModel(
                "Reports per year",
                $"Reports received by the FDA per year, from {first} to {last}; the most, {PlainNumbers.Count(busiest.Value)}, in {busiest.Key}.",
                "reports",
                bars));
        }
        else
        {
            summary = $"{reports} in the store mention both {drug} and {condition}.";
            facts.Add("When the FDA received these reports is not recorded in them.");
        }

        // Sex.
        var s = profile.Sex;
        charts.Add(new BarChartModel(
            "Women and men in the reports",
            $"Women {PlainNumbers.Count(s.F)}, men {PlainNumbers.Count(s.M)}, not stated {PlainNumbers.Count(s.Unknown)}.",
            "reports",
            [new BarModel("Women", s.F, PlainNumbers.Count(s.F)), new BarModel("Men", s.M, PlainNumbers.Count(s.M)), new BarModel("Not stated", s.Unknown, PlainNumbers.Count(s.Unknown))]));

        // Age.
        var age = profile.Age;
        if (age.N > 0 && age.Median is { } median)
        {
            var spread = age.Q1 is { } q1 && age.Q3 is { } q3 ? $"; half were between {Years(q1)} and {Years(q3)} years old" : "";
            facts.Add($"Age: {PlainNumbers.Count(age.N)} of {reports} give an age. The middle age was {Years(median)} years{spread}.");
            var ageBars = age.Groups.Select(static g => new BarModel(AgeLabel(g.Key), g.Value, PlainNumbers.Count(g.Value))).ToList();
            charts.Add(new BarChartModel(
                "Age of the people in the reports",
                string.Join(", ", ageBars.Select(static b => $"{b.Label}: {b.ValueText}")) + ".",
                "reports",
                ageBars));
        }
        else
        {
            facts.Add("Age is not recorded in these reports.");
        }

        // How serious, in 100 of these reports beside 100 of all reports with the drug.
        var o = profile.Outcomes;
        var b = profile.Baseline;
        var baseTotal = b is null ? 0 : b.Outcomes.Serious + b.Outcomes.NonSerious;
        var outcomeBars = new List<BarModel>();
        foreach (var (label, here, all) in Outcomes(o, b?.Outcomes))
        {
            if (here == 0 && (all ?? 0) == 0)
            {
                continue;
            }

            var pct = 100.0 * here / total;
            var line = $"{label}: {PlainNumbers.Count(here)} of these {reports} ({Percent(pct)})";
            outcomeBars.Add(new BarModel($"{label}: these reports", pct, Percent(pct)));
            if (all is { } allCount && baseTotal > 0)
            {
                var basePct = 100.0 * allCount / baseTotal;
                var share = Percent(basePct);
                line += share == "all"
                    ? $", as in all {PlainNumbers.Count(baseTotal)} reports with {drug}"
                    : $", against {share} of all {PlainNumbers.Count(baseTotal)} reports with {drug}";
                outcomeBars.Add(new BarModel($"{label}: all {drug} reports", basePct, Percent(basePct), Comparison: true));
            }

            facts.Add(line + ".");
        }

        if (outcomeBars.Count > 0)
        {
            charts.Add(new BarChartModel(
                "How serious",
                baseTotal > 0
                    ? $"Out of every 100 reports: these reports (solid bars) beside all reports with {drug} (striped bars)."
                    : "Out of every 100 of these reports.",
                "reports out of 100",
                outcomeBars));
        }
        else
        {
            facts.Add("None of these reports says the person was in hospital, died or had another serious outcome.");
        }

        // Time from starting the drug to the event.
        if (profile.TimeToOnsetDays is { N: > 0, Median: { } onset } t)
        {
            facts.Add($"Time from starting {drug} to {condition}: {PlainNumbers.Count(t.N)} of {reports} give both dates; for half of them it began {Days(onset)}.");
            var onsetBars = t.Bins.Select(static x => new BarModel(OnsetLabel(x.Key), x.Value, PlainNumbers.Count(x.Value))).ToList();
            charts.Add(new BarChartModel(
                $"Time from starting {drug} to {condition}",
                string.Join(", ", onsetBars.Select(static x => $"{x.Label}: {x.ValueText}")) + ".",
                "reports",
                onsetBars));
        }
        else
        {
            facts.Add($"The time from starting {drug} to {condition} is not recorded in these reports.");
        }

        return new ProfileModel(summary, charts, source) { Facts = facts };
    }

    private static IEnumerable<(string Label, int Here, int? All)> Outcomes(OutcomeCounts o, OutcomeCounts? b)
    {
        yield return ("Serious in any way", o.Serious, b?.Serious);
        yield return ("In hospital", o.Hospitalization, b?.Hospitalization);
        yield return ("Life-threatening", o.LifeThreatening, b?.LifeThreatening);
        yield return ("Died", o.Death, b?.Death);
        yield return ("Lasting disability", o.Disability, b?.Disability);
    }

    /// <summary>"18 in 100"; "none" for 0, "fewer than 1 in 100" below 0.5%, "all" for 100%.</summary>
    private static string Percent(double pct) =>
        pct == 0 ? "none"
        : pct >= 100 ? "all"
        : pct < 0.5 ? "fewer than 1 in 100"
        : string.Create(Ci, $"{Math.Round(pct, MidpointRounding.AwayFromZero):0} in 100");

    private static string Years(double years) => years.ToString("0", Ci);

    private static string Days(double days) => days switch
    {
        < 1 => "on the day they started",
        < 1.5 => "within 1 day",
        _ => "within " + days.ToString("0", Ci) + " days",
    };

    private static string AgeLabel(string band) => band switch
    {
        "<2" => "Under 2",
        "2-11" => "2 to 11",
        "12-17" => "12 to 17",
        "18-44" => "18 to 44",
        "45-64" => "45 to 64",
        "65-74" => "65 to 74",
        "75+" => "75 and over",
        "unknown" => "Not stated",
        _ => band,
    };

    private static string OnsetLabel(string bin) => bin switch
    {
        "0" => "Same day",
        "1-7" => "1 to 7 days",
        "8-30" => "8 to 30 days",
        "31-90" => "1 to 3 months",
        "91-365" => "3 to 12 months",
        "366+" => "Over a year",
        _ => bin,
    };
}
