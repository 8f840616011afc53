using Causa.Web.Charts;
using Causa.Web.Models;

namespace Causa.Web.Tests.Units;

public sealed class BarChartLayoutTests
{
    private static BarChartModel Chart(params (double Value, string Text)[] bars) =>
        new("t", "d", "reports", [.. bars.Select((b, i) => new BarModel("bar " + i, b.Value, b.Text))]);

    [Fact]
    public void Bar_lengths_are_proportional_to_the_values()
    {
        var g = BarChartLayout.Layout(Chart((50, "50"), (100, "100"), (25, "25")));

        // The longest value text is 3 characters: the longest bar is what is left after it.
        var longest = BarChartLayout.Width - BarChartLayout.ValueGap - BarChartLayout.RightPadding - (3 * BarChartLayout.CharWidth);
        Assert.Equal(longest, g.Rows[1].BarLength, 2);
        Assert.Equal(longest / 2, g.Rows[0].BarLength, 2);
        Assert.Equal(longest / 4, g.Rows[2].BarLength, 2);
    }

    [Fact]
    public void Every_value_is_written_just_after_its_bar_and_fits_in_the_drawing()
    {
        var g = BarChartLayout.Layout(Chart((268, "268"), (121, "121"), (3, "3"), (0, "0")));

        Assert.All(g.Rows, static r =>
        {
            Assert.Equal(r.BarLength + BarChartLayout.ValueGap, r.ValueX, 2);
            Assert.True(r.ValueX + (r.Bar.ValueText.Length * BarChartLayout.CharWidth) <= BarChartLayout.Width);
        });
    }

    [Fact]
    public void A_small_positive_value_stays_visible_and_zero_draws_no_bar()
    {
        var g = BarChartLayout.Layout(Chart((10_000, "10,000"), (1, "1"), (0, "0")));

        Assert.Equal(BarChartLayout.MinimumVisibleBar, g.Rows[1].BarLength);
        Assert.Equal(0, g.Rows[2].BarLength);
    }

    [Fact]
    public void All_zero_values_draw_no_bars()
    {
        var g = BarChartLayout.Layout(Chart((0, "0"), (0, "0")));

        Assert.All(g.Rows, static r => Assert.Equal(0, r.BarLength));
    }

    [Fact]
    public void Rows_stack_downwards_and_the_unit_line_is_below_them()
    {
        var g = BarChartLayout.Layout(Chart((1, "1"), (2, "2"), (3, "3")));

        Assert.Equal((3 * BarChartLayout.RowHeight) + BarChartLayout.FooterHeight, g.Height);
        Assert.Equal(BarChartLayout.RowHeight, g.Rows[1].BarY - g.Rows[0].BarY);
        Assert.True(g.UnitY > g.Rows[2].BarY + BarChartLayout.BarHeight);
        Assert.True(g.Rows[0].LabelY < g.Rows[0].BarY);
    }

    [Fact]
    public void An_empty_chart_has_only_the_unit_line()
    {
        var g = BarChartLayout.Layout(Chart());

        Assert.Empty(g.Rows);
        Assert.Equal(BarChartLayout.FooterHeight, g.Height);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Negative_or_non_finite_values_are_refused(double value) =>
        Assert.Throws<ArgumentException>(() => BarChartLayout.Layout(Chart((value, "x"))));
}
