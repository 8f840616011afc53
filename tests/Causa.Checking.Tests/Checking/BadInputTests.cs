using System.Text;
using Causa.Checking;

namespace Causa.Checking.Tests.Checking;

public sealed class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    [InlineData("<html><body><script>alert(1)</script></body></html>")]
    public void Empty_articles_are_refused_with_a_message(string text)
    {
        var outcome = TestChecker.Default.Check(text);

        Assert.False(outcome.Succeeded);
        Assert.Equal(CheckErrorKind.Empty, outcome.Error.Kind);
    }

    [Fact]
    public void Input_over_the_limit_is_refused_before_reading()
    {
        var checker = TestChecker.Create(new CheckerOptions { MaxInputChars = 100 });

        var outcome = checker.Check(new string('a', 101));

        Assert.Equal(CheckErrorKind.TooLarge, outcome.Error?.Kind);
        Assert.Contains("100", outcome.Error?.Message, StringComparison.Ordinal);
        Assert.True(checker.Check(new string('a', 100)).Succeeded);
    }

    [Fact]
    public void Ten_megabytes_is_over_the_default_limit()
    {
        var outcome = TestChecker.Default.Check(new string('x', 10 * 1024 * 1024));

        Assert.Equal(CheckErrorKind.TooLarge, outcome.Error?.Kind);
        Assert.Equal(1_000_000, CheckerOptions.DefaultMaxInputChars);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var fromText = TestChecker.Default.Check(Encoding.Latin1.GetString(bytes));

        Assert.Equal(CheckErrorKind.Binary, fromText.Error?.Kind);
    }

    [Fact]
    public void Invalid_utf8_is_refused_and_valid_utf8_with_a_bom_is_read()
    {
        var invalid = TestChecker.Default.Check([0x53, 0x65, 0xC3, 0x28, 0x72]);
        var valid = TestChecker.Default.Check([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Sertraline can cause nausea.")]);

        Assert.Equal(CheckErrorKind.InvalidEncoding, invalid.Error?.Kind);
        Assert.True(valid.Succeeded);
        Assert.Single(valid.Check.Claims);
    }

    [Fact]
    public void A_hundred_thousand_sentences_are_read_in_one_pass()
    {
        var checker = TestChecker.Create(new CheckerOptions { MaxInputChars = 5_000_000 });
        var text = string.Concat(Enumerable.Repeat("Sertraline can cause nausea. ", 100_000));

        var outcome = checker.Check(text);

        Assert.True(outcome.Succeeded);
        Assert.Equal(100_000, outcome.Check.Summary.Sentences);
        var claim = Assert.Single(outcome.Check.Claims);
        Assert.Equal(checker.Options.MaxQuotesPerClaim, claim.Quotes.Count);
    }

    [Fact]
    public void A_long_run_without_punctuation_is_cut_into_bounded_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("nausea sertraline headache cause ", 20_000));

        var outcome = TestChecker.Default.Check(text);

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.Check.Summary.Sentences > 100);
    }

    [Fact]
    public void Claims_past_the_limit_are_counted_not_rated()
    {
        var checker = TestChecker.Create(new CheckerOptions { MaxClaims = 2 });

        var outcome = checker.Check("Sertraline can cause nausea. Sertraline can cause headache. Sertraline can cause dizziness. Naproxen can cause headache.");

        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        Assert.Equal(["SERTRALINE|Nausea|causes|asserted", "SERTRALINE|Headache|causes|asserted"], outcome.Check.Claims.Select(TestChecker.Describe));
        Assert.Equal(2, outcome.Check.Summary.ClaimsOmitted);
    }
}
