using Causa.Core.Query;
using Causa.Web.Models;

namespace Causa.Web.Tests.Units;

public sealed class TrendPageBuilderTests
{
    private static readonly SourceInfo Store = new("FAERS", "2018 to 2021", "public domain");

    private static TrendPoint P(int cases, int drugCases, double? prr, double? lower, double? upper) => new(cases, drugCases, 500, 50_000, prr, lower, upper, null);

    private static TrendAnswer Trend(int withoutYear, params TrendYear[] years) => new("DRUG", "Nausea", "suspect", years, withoutYear, TrendQueries.ReadingNote);

    [Fact]
    public void An_emerging_pair_gets_its_year_and_last_numbers_in_one_sentence_and_a_row_per_year()
    {
        var trend = Trend(
            2,
            new TrendYear(2018, P(3, 40, 1.2, 0.4, 3.6), P(3, 40, 1.2, 0.4, 3.6)),
            new TrendYear(2019, P(0, 0, null, null, null), P(3, 40, 1.2, 0.4, 3.6)),
            new TrendYear(2020, P(6, 50, 2.44, 1.1, 5.4), P(7, 90, 2.0, 1.05, 3.81)),
            new TrendYear(2021, P(12, 60, 14.2, 8.01, 25.2), P(19, 150, 6.0, 3.5, 10.3)));

        var model = TrendPageBuilder.Build(trend, "drug", "nausea", Store);

        Assert.Equal("Reports of drug and nausea first stood out in 2020, and have in every year since: up to 2021, the PRR is 6.0 (3.5 to 10) from 19 reports.", model.Summary);
        Assert.Contains("No reports of drug at all in 2019.", model.Notes);
        Assert.DoesNotContain(model.Notes, static n => n.StartsWith("Too few", StringComparison.Ordinal));
        Assert.Contains("2 reports have no date of receipt and are in no year.", model.Notes);
        var rows = model.Chart!.Rows;
        // 2019, without a report of the drug, is in the note, not in the chart.
        Assert.Equal(["2018", "2020", "2021"], rows.Select(static r => r.Label));
        Assert.Equal(["1.2 (0.40–3.6)", "2.4 (1.1–5.4)", "14 (8.0–25)"], rows.Select(static r => r.ValueText));
        Assert.Equal([false, true, true], rows.Select(static r => r.StandsOut));
        Assert.Equal("12 reports", rows[2].Count);
    }

    [Fact]
    public void Years_with_one_or_two_reports_are_named_and_drawn_without_a_ratio()
    {
        var trend = Trend(
            0,
            new TrendYear(2017, P(2, 40, 3.1, 0.9, 11), P(2, 40, 3.1, 0.9, 11)),
            new TrendYear(2018, P(1, 40, 1.5, 0.2, 9), P(3, 80, 2.5, 0.9, 7)),
            new TrendYear(2019, P(2, 40, 3.1, 0.9, 11), P(5, 120, 2.7, 1.2, 6)),
            new TrendYear(2020, P(4, 40, 3.1, 1.4, 7), P(9, 160, 2.8, 1.5, 5)));

        var model = TrendPageBuilder.Build(trend, "drug", "nausea", Store);

        Assert.Contains("Too few reports (fewer than 3) to read that year's ratio on its own in 2017 to 2019.", model.Notes);
        Assert.Equal(["too few to tell", "too few to tell", "too few to tell", "3.1 (1.4–7.0)"], model.Chart!.Rows.Select(static r => r.ValueText));
        Assert.All(model.Chart.Rows.Take(3), static r => Assert.Null(r.Estimate));
    }

    [Fact]
    public void One_year_and_no_reports_are_said_in_words()
    {
        var one = TrendPageBuilder.Build(Trend(0, new TrendYear(2031, P(5, 80, 0.9, 0.4, 2.1), P(5, 80, 0.9, 0.4, 2.1))), "drug", "nausea", Store);
        Assert.StartsWith("In no year did reports of drug and nausea stand out", one.Summary, StringComparison.Ordinal);
        Assert.EndsWith("All the store's reports are from 2031: one year cannot show a change over time.", one.Summary, StringComparison.Ordinal);

        var none = TrendPageBuilder.Build(Trend(0, new TrendYear(2031, P(0, 80, null, null, null), P(0, 80, null, null, null))), "drug", "nausea", Store);
        Assert.Equal("No report in the store mentions both drug and nausea, so there is no trend to show.", none.Summary);
        Assert.Null(none.Chart);
    }
}
