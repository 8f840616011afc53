using System.Globalization;
using Causa.Core.Query;
using Spectre.Console;

namespace Causa.Cli.Rendering;

/// <summary>
/// The short profile block of a text answer: who reports the pair (sex, median age), when (first and last year FDA
/// received a case, and the busiest year), how serious (hospitalised and died, beside every case with the drug) and how
/// soon (median days from starting the drug to the event). A field the reports do not record is said in words, never
/// filled in.
/// </summary>
internal static class ProfileView
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The block's lines, without markup: a heading, then one line each for who, when, how serious and how soon;
    /// one line only when no case reports both.</summary>
    /// <param name="profile">The pair's (or class's) profile; its baseline may be null.</param>
    /// <param name="drug">The drug or class as the answer names it.</param>
    /// <param name="condition">The event as the answer names it.</param>
    public static IReadOnlyList<string> Lines(CaseProfile profile, string drug, string condition)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var total = Total(profile);
        if (total == 0)
        {
            return [$"Who reports it: no case in the store reports both {drug} and {condition}, so there is nothing to describe."];
        }

        return
        [
            string.Create(Ci, $"Who reports it, when, how serious, how soon (the {Cases(total)} with both):"),
            "  Who: " + Who(profile, total),
            "  When: " + When(profile),
            "  How serious: " + Serious(profile, total, drug),
            "  How soon: " + Onset(profile.TimeToOnsetDays, drug),
        ];
    }

    /// <summary>Writes the block (see <see cref="Lines"/>), each line escaped, after a blank line.</summary>
    public static void Render(IAnsiConsole console, CaseProfile profile, string drug, string condition)
    {
        console.WriteLine();
        var lines = Lines(profile, drug, condition);
        ConsoleLine.Write(console, lines[0], ConsoleLine.Bold);
        for (var i = 1; i < lines.Count; i++)
        {
            ConsoleLine.Write(console, lines[i]);
        }
    }

    private static int Total(CaseProfile profile) => profile.Sex.F + profile.Sex.M + profile.Sex.Unknown;

    private static string Who(CaseProfile profile, int total)
    {
        var s = profile.Sex;
        var sex = s.F + s.M == 0
            ? "no case states the sex"
            : string.Create(Ci, $"{Count(s.F, "woman", "women")} ({Percent(s.F, total)}), {Count(s.M, "man", "men")} ({Percent(s.M, total)})")
              + (s.Unknown > 0 ? string.Create(Ci, $", {s.Unknown:N0} not stated") : string.Empty);
        var age = profile.Age is { N: > 0, Median: { } median }
            ? string.Create(Ci, $"median age {median:0.#} years ({profile.Age.N:N0} of the {total:N0} give an age)")
            : "no case gives an age";
        return $"{sex}; {age}.";
    }

    private static string When(CaseProfile profile)
    {
        if (profile.ByYear is not { } byYear)
        {
            return "these reports do not record when the FDA first received a case.";
        }

        // The years come in ascending order; the busiest is the earliest of those with the most cases. A plain loop rather
        // than LINQ over the dictionary's pairs, whose generic code would be compiled at run time for this one use.
        string? first = null, last = null, peak = null;
        int count = 0, peakCases = 0;
        foreach (var (year, cases) in byYear)
        {
            if (year == "unknown")
            {
                continue;
            }

            first ??= year;
            last = year;
            count++;
            if (peak is null || cases > peakCases)
            {
                (peak, peakCases) = (year, cases);
            }
        }

        var unknown = byYear.TryGetValue("unknown", out var n) ? n : 0;
        if (count == 0)
        {
            return "no case records when the FDA first received it.";
        }

        var span = count == 1
            ? $"first received by the FDA in {first}"
            : string.Create(Ci, $"first received by the FDA from {first} to {last}; most in {peak} ({Cases(peakCases)})");
        return span + (unknown > 0 ? string.Create(Ci, $"; {Cases(unknown)} without the date") : string.Empty) + ".";
    }

    private static string Serious(CaseProfile profile, int total, string drug)
    {
        var o = profile.Outcomes;
        var baseline = profile.Baseline;
        var baseTotal = baseline is null ? 0 : Total(baseline);
        string Versus(Func<OutcomeCounts, int> pick, bool first) => baseline is null || baseTotal == 0
            ? string.Empty
            : first
                ? string.Create(Ci, $" vs {Percent(pick(baseline.Outcomes), baseTotal)} of all {Cases(baseTotal)} with {drug}")
                : string.Create(Ci, $" vs {Percent(pick(baseline.Outcomes), baseTotal)}");

        return string.Create(Ci, $"hospitalised in {Percent(o.Hospitalization, total)} ({o.Hospitalization:N0}){Versus(static x => x.Hospitalization, true)}; ")
            + string.Create(Ci, $"died in {Percent(o.Death, total)} ({o.Death:N0}){Versus(static x => x.Death, false)}; ")
            + string.Create(Ci, $"any serious outcome {Percent(o.Serious, total)}{Versus(static x => x.Serious, false)}.");
    }

    private static string Onset(OnsetSummary? onset, string drug)
    {
        if (onset is null)
        {
            return "these reports do not record when the drug was started.";
        }

        var excluded = onset.Excluded > 0
            ? string.Create(Ci, $"; {Cases(onset.Excluded)} left out, the event dated before the start or implausibly long after")
            : string.Empty;
        if (onset is not { N: > 0, Median: { } median })
        {
            return "no case gives both a complete start date and a complete event date" + excluded + ".";
        }

        return string.Create(Ci, $"median {median:0.#} days from starting {drug} to the event ({onset.N:N0} {(onset.N == 1 ? "case gives" : "cases give")} both dates{excluded}).");
    }

    private static string Percent(int n, int total)
    {
        var p = 100.0 * n / total;
        return n > 0 && p < 0.5 ? "<1%" : string.Create(Ci, $"{Math.Round(p, MidpointRounding.AwayFromZero):0}%");
    }

    private static string Cases(int n) => Count(n, "case", "cases");

    private static string Count(int n, string one, string many) => string.Create(Ci, $"{n:N0} {(n == 1 ? one : many)}");
}
