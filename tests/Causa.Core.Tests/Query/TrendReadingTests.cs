using Causa.Core.Query;

namespace Causa.Core.Tests.Query;

public sealed class TrendReadingTests
{
    // A year's table: only the pair's cases and the PRR's lower bound matter to the reading; the other cells are filler.
    private static TrendPoint P(int cases, double? lower, int drugCases = 100) =>
        new(cases, drugCases, 1_000, 100_000, lower is null ? null : lower * 1.5, lower, lower is null ? null : lower * 2.5, null);

    private static TrendAnswer Trend(params (int Year, TrendPoint InYear, TrendPoint Cumulative)[] years) =>
        new("DRUG", "Nausea", "suspect", [.. years.Select(static y => new TrendYear(y.Year, y.InYear, y.Cumulative))], 0, TrendQueries.ReadingNote);

    [Fact]
    public void Emerged_names_the_first_year_of_the_run_that_lasts_to_the_last_year()
    {
        var reading = TrendReading.Of(Trend(
            (2016, P(2, null), P(2, null)),
            (2017, P(3, 0.5), P(5, 0.8)),
            (2018, P(9, 1.4), P(14, 1.2)),
            (2019, P(10, 1.5), P(24, 1.3))));

        Assert.Equal(TrendShape.Emerged, reading.Shape);
        Assert.Equal(2018, reading.Since);
        Assert.Null(reading.Until);
        Assert.Equal([2016], reading.FewYears);
        Assert.Equal(24, reading.Last!.Cases);
    }

    [Fact]
    public void A_pair_standing_out_in_the_first_year_with_three_cases_is_from_the_start()
    {
        var reading = TrendReading.Of(Trend((2018, P(1, null), P(1, null)), (2019, P(4, 1.1), P(5, 1.2)), (2020, P(4, 1.1), P(9, 1.3))));

        Assert.Equal(TrendShape.FromTheStart, reading.Shape);
        Assert.Equal(2019, reading.Since);
    }

    [Fact]
    public void A_dip_restarts_the_run_and_a_last_year_below_makes_it_faded()
    {
        var dip = TrendReading.Of(Trend((2018, P(5, 1.2), P(5, 1.2)), (2019, P(5, 0.9), P(10, 0.95)), (2020, P(9, 1.5), P(19, 1.1))));
        Assert.Equal(TrendShape.Emerged, dip.Shape);
        Assert.Equal(2020, dip.Since);

        var faded = TrendReading.Of(Trend((2018, P(5, 1.2), P(5, 1.2)), (2019, P(5, 1.1), P(10, 1.05)), (2020, P(9, 0.5), P(19, 0.9))));
        Assert.Equal(TrendShape.Faded, faded.Shape);
        Assert.Equal(2018, faded.Since);
        Assert.Equal(2019, faded.Until);
    }

    [Fact]
    public void A_lower_bound_of_exactly_one_does_not_stand_out()
    {
        var reading = TrendReading.Of(Trend((2020, P(5, 1.0), P(5, 1.0)), (2021, P(5, 0.99), P(10, 1.0))));

        Assert.Equal(TrendShape.NeverStoodOut, reading.Shape);
        Assert.Null(reading.Since);
        Assert.False(TrendReading.StandsOut(P(3, 1.0)));
        Assert.True(TrendReading.StandsOut(P(3, 1.0001)));
        Assert.False(TrendReading.StandsOut(P(2, 5.0)));
    }

    [Fact]
    public void No_years_no_cases_and_too_few_cases_are_said_as_such()
    {
        Assert.Equal(TrendShape.NoReports, TrendReading.Of(Trend()).Shape);
        Assert.Null(TrendReading.Of(Trend()).Last);
        Assert.Equal(TrendShape.NoReports, TrendReading.Of(Trend((2020, P(0, null), P(0, null)))).Shape);
        var few = TrendReading.Of(Trend((2020, P(1, null), P(1, null)), (2021, P(0, null, drugCases: 0), P(1, null)), (2022, P(1, null), P(2, null))));
        Assert.Equal(TrendShape.TooFew, few.Shape);
        Assert.Equal([2020, 2022], few.FewYears);
        Assert.Equal([2021], few.YearsWithoutDrug);
    }
}
