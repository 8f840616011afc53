using Causa.Core.Model;

namespace Causa.Core.Tests;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2024q4", 2024, 4)]
    [InlineData("2012Q3", 2012, 3)]
    [InlineData("04Q1", 2004, 1)]
    [InlineData(" 25q4 ", 2025, 4)]
    public void Parses_quarter_spellings(string text, int year, int number)
    {
        Assert.True(Quarter.TryParse(text, out var quarter));
        Assert.Equal(new Quarter(year, number), quarter);
    }

    [Theory]
    [InlineData("2024q5")]
    [InlineData("2024")]
    [InlineData("q4")]
    [InlineData("20244q1")]
    [InlineData("")]
    public void Rejects_non_quarters(string text) => Assert.False(Quarter.TryParse(text, out _));

    [Fact]
    public void Legacy_layout_ends_at_2012Q3()
    {
        Assert.True(new Quarter(2012, 3).IsLegacyAers);
        Assert.False(new Quarter(2012, 4).IsLegacyAers);
    }

    [Theory]
    [InlineData("20141226.0", 20141226)]
    [InlineData("2014", 20140000)]
    [InlineData("201402", 20140200)]
    [InlineData("", 0)]
    public void Partial_dates_parse(string text, int value)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(value, date.Value);
    }

    [Theory]
    [InlineData("2014131")]
    [InlineData("20141301")]
    [InlineData("abcd")]
    public void Malformed_dates_are_rejected(string text) => Assert.False(PartialDate.TryParse(text, out _));
}
