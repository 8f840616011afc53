using System.Globalization;
using Causa.Core.Query;
using Causa.Web.Models;

namespace Causa.Web;

/// <summary>
/// The "Has it been reported more over the years?" part of the answer page from the pair's <see cref="TrendAnswer"/>:
/// one sentence read by <see cref="TrendReading"/> with its numbers, a chart of each year's reports and PRR with its
/// interval, and plain sentences for the years the chart cannot speak for. Pure: no store access.
/// </summary>
public static class TrendPageBuilder
{
    private static readonly CultureInfo Ci = CultureInfo.InvariantCulture;

    /// <summary>The trend part; never null, as "no reports" and "too few" are said in words.</summary>
    /// <param name="trend">The pair's trend (per year and cumulative).</param>
    /// <param name="drug">The drug as the page writes it ("mirtazapine").</param>
    /// <param name="condition">The condition as the page writes it in a sentence ("back pain").</param>
    /// <param name="source">The FAERS store the trend comes from.</param>
    public static TrendModel Build(TrendAnswer trend, string drug, string condition, SourceInfo source)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(source);
        var reading = TrendReading.Of(trend);
        var years = trend.Years;
        var notes = new List<string>();
        var pair = $"{drug} and {condition}";
        var summary = reading.Shape switch
        {
            TrendShape.NoReports => $"No report in the store mentions both {pair}, so there is no trend to show.",
            TrendShape.TooFew => $"Only {PlainNumbers.Count(reading.Last!.Cases, "report", "reports")} in the store mention both {pair}: too few to tell whether they stand out in any year.",
            TrendShape.NeverStoodOut => $"In no year did reports of {pair} stand out: counting every report up to {years[^1].Year}, {Estimate(reading.Last!)}, and the interval includes 1 (as often as with other drugs).",
            TrendShape.FromTheStart => $"Reports of {pair} stood out from {reading.Since} on, the first year with enough reports, and still do: up to {years[^1].Year}, {Estimate(reading.Last!)}.",
            TrendShape.Emerged => $"Reports of {pair} first stood out in {reading.Since}, and have in every year since: up to {years[^1].Year}, {Estimate(reading.Last!)}.",
            _ => $"Reports of {pair} stood out from {reading.Since} to {reading.Until}, but no longer: up to {years[^1].Year}, {Estimate(reading.Last!)}, and the interval includes 1.",
        };

        if (years.Count == 1 && reading.Shape is not (TrendShape.NoReports or TrendShape.TooFew))
        {
            summary += $" All the store's reports are from {years[0].Year}: one year cannot show a change over time.";
        }

        if (reading.YearsWithoutDrug.Count > 0)
        {
            notes.Add($"No reports of {drug} at all in {Years(reading.YearsWithoutDrug)}.");
        }

        if (reading.FewYears.Count > 0)
        {
            notes.Add($"Too few reports (fewer than {TrendReading.MinimumCases}) to read that year's ratio on its own in {Years(reading.FewYears)}.");
        }

        if (trend.CasesWithoutYear > 0)
        {
            notes.Add($"{PlainNumbers.Count(trend.CasesWithoutYear, "report has", "reports have")} no date of receipt and {(trend.CasesWithoutYear == 1 ? "is" : "are")} in no year.");
        }

        IntervalChartModel? chart = null;
        if (years.Count > 0 && reading.Shape != TrendShape.NoReports)
        {
            notes.Add("A year stands out when its ratio's interval lies above 1. " + trend.Note);
            // Years without a single report of the drug say nothing about the pair: they are named in a note, not drawn.
            var rows = years.Where(static y => y.InYear.DrugCases > 0).Select(static y => Row(y)).ToList();
            var busiest = years.MaxBy(static y => y.InYear.Cases)!;
            chart = new IntervalChartModel(
                "Reports per year, and how much more often than with other drugs (PRR)",
                $"Reports of {pair} per year from {years[0].Year} to {years[^1].Year}, the most ({PlainNumbers.Count(busiest.InYear.Cases)}) in {busiest.Year}; each year's PRR with its 95% interval. {summary}",
                "PRR",
                rows);
        }

        return new TrendModel(summary, chart, notes, source);
    }

    private static IntervalRowModel Row(TrendYear year)
    {
        var p = year.InYear;
        var count = PlainNumbers.Count(p.Cases, "report", "reports");
        if (p.Cases < TrendReading.MinimumCases || p.Prr is not { } prr || p.PrrLower is not { } lower || p.PrrUpper is not { } upper
            || !double.IsFinite(prr) || !double.IsFinite(upper) || lower <= 0)
        {
            return new IntervalRowModel(year.Year.ToString(Ci), count, null, null, null, p.Cases == 0 ? "no ratio" : "too few to tell", false);
        }

        return new IntervalRowModel(year.Year.ToString(Ci), count, prr, lower, upper, $"{Ratio(prr)} ({Ratio(lower)}–{Ratio(upper)})", TrendReading.StandsOut(p));
    }

    /// <summary>"PRR 2.1 (1.4 to 3.2), from 12 reports", or why there is no ratio.</summary>
    private static string Estimate(TrendPoint p) => p.Prr is { } prr && p.PrrLower is { } lower && p.PrrUpper is { } upper && double.IsFinite(upper)
        ? $"the PRR is {Ratio(prr)} ({Ratio(lower)} to {Ratio(upper)}) from {PlainNumbers.Count(p.Cases, "report", "reports")}"
        : $"there are {PlainNumbers.Count(p.Cases, "report", "reports")} but no ratio can be computed";

    /// <summary>A ratio with as many digits as people can use: 0.43, 2.1, 14, 230.</summary>
    private static string Ratio(double value) => value switch
    {
        < 1 => value.ToString("0.00", Ci),
        < 10 => value.ToString("0.0", Ci),
        _ => value.ToString("N0", Ci),
    };

    /// <summary>"2014", "2014 and 2016", "2014, 2015 and 2019"; runs of three or more as "2014 to 2017".</summary>
    private static string Years(IReadOnlyList<int> years)
    {
        var parts = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1)
            {
                j++;
            }

            if (j - i >= 2)
            {
                parts.Add($"{years[i]} to {years[j]}");
            }
            else
            {
                for (var k = i; k <= j; k++)
                {
                    parts.Add(years[k].ToString(Ci));
                }
            }

            i = j + 1;
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts.Take(parts.Count - 1)) + " and " + parts[^1];
    }
}
