namespace Causa.Web.Tests.Units;

public sealed class PlainNumbersTests
{
    // Expected values worked by hand: n in 100 rounds half away from zero; below 1% the denominator 100/p is
    // rounded on a log scale to 1, 2 or 5 times a power of ten.
    [Theory]
    [InlineData(2.0, "about 2 in 100")]
    [InlineData(1.9, "about 2 in 100")]
    [InlineData(2.5, "about 3 in 100")]
    [InlineData(12.0, "about 12 in 100")]
    [InlineData(0.95, "about 1 in 100")]
    [InlineData(99.4, "about 99 in 100")]
    [InlineData(99.5, "almost all")]
    [InlineData(100, "almost all")]
    [InlineData(0.5, "about 1 in 200")]
    [InlineData(0.3, "about 1 in 500")]
    [InlineData(0.1, "about 1 in 1,000")]
    [InlineData(0.04, "about 1 in 2,000")]
    [InlineData(0.01, "about 1 in 10,000")]
    [InlineData(0.009, "fewer than 1 in 10,000")]
    [InlineData(0, "none")]
    [InlineData(-1, "unknown")]
    [InlineData(double.NaN, "unknown")]
    [InlineData(double.PositiveInfinity, "unknown")]
    public void Percentages_read_as_natural_frequencies(double percent, string expected) =>
        Assert.Equal(expected, PlainNumbers.PerHundred(percent));

    [Theory]
    [InlineData(0, "0 reports")]
    [InlineData(1, "1 report")]
    [InlineData(1204, "1,204 reports")]
    public void Counts_are_written_with_separators_and_the_right_noun(long count, string expected) =>
        Assert.Equal(expected, PlainNumbers.Count(count, "report", "reports"));
}
