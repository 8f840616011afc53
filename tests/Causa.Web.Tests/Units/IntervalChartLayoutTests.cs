using Causa.Web.Charts;
using Causa.Web.Models;

namespace Causa.Web.Tests.Units;

public sealed class IntervalChartLayoutTests
{
    private static IntervalRowModel Row(double? estimate, double? lower = null, double? upper = null) =>
        new("2020", "5 reports", estimate, lower, upper, "text", estimate is not null && lower > 1);

    private static IntervalChartModel Chart(params IntervalRowModel[] rows) => new("t", "d", "PRR", rows);

    [Fact]
    public void The_scale_is_logarithmic_with_one_in_the_middle_of_a_symmetric_range()
    {
        // Bounds 0.25 and 4 are symmetric around 1 on a log scale: 1 sits in the middle, 0.5 and 2 a quarter in.
        var g = IntervalChartLayout.Layout(Chart(Row(1, 0.25, 4)));
        var inner = IntervalChartLayout.Width - (2 * IntervalChartLayout.SidePadding);

        Assert.Equal(IntervalChartLayout.SidePadding + (inner / 2), g.OneX, 2);
        Assert.Equal(IntervalChartLayout.SidePadding, g.Rows[0].LowerX!.Value, 2);
        Assert.Equal(IntervalChartLayout.Width - IntervalChartLayout.SidePadding, g.Rows[0].UpperX!.Value, 2);
        var two = g.Ticks.Single(static t => t.Text == "2").X;
        Assert.Equal(IntervalChartLayout.SidePadding + (inner * 0.75), two, 2);
    }

    [Fact]
    public void A_narrow_interval_still_gets_a_scale_from_a_half_to_two_and_rows_without_an_estimate_draw_no_line()
    {
        var g = IntervalChartLayout.Layout(Chart(Row(1.1, 1.05, 1.2), Row(null)));

        Assert.Contains(g.Ticks, static t => t.Text == "0.5");
        Assert.Contains(g.Ticks, static t => t.Text == "2");
        Assert.Null(g.Rows[1].EstimateX);
        Assert.True(g.Rows[0].LowerX < g.Rows[0].EstimateX && g.Rows[0].EstimateX < g.Rows[0].UpperX);
        Assert.Equal(2 * IntervalChartLayout.RowHeight, g.AxisY - 4, 2);
    }

    [Fact]
    public void A_wide_range_keeps_at_most_five_ticks_and_always_one()
    {
        var g = IntervalChartLayout.Layout(Chart(Row(3, 0.011, 900)));

        Assert.InRange(g.Ticks.Count, 3, 5);
        Assert.Contains(g.Ticks, static t => t.Text == "1");
        Assert.All(g.Ticks, static t => Assert.InRange(t.X, 0, IntervalChartLayout.Width));
    }

    [Theory]
    [InlineData(0.0, 1.0, 2.0)]
    [InlineData(1.5, 1.0, 2.0)]
    [InlineData(double.NaN, 1.0, 2.0)]
    public void Bounds_that_are_not_positive_finite_and_ordered_are_refused(double lower, double estimate, double upper)
    {
        Assert.Throws<ArgumentException>(() => IntervalChartLayout.Layout(Chart(Row(estimate, lower, upper))));
    }
}
