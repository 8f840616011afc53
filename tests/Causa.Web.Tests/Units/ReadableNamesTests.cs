namespace Causa.Web.Tests.Units;

public sealed class ReadableNamesTests
{
    [Theory]
    [InlineData("MIRTAZAPINE", "mirtazapine")]
    [InlineData("ACETYLSALICYLIC ACID", "acetylsalicylic acid")]
    [InlineData("Back pain", "Back pain")]
    [InlineData("HIV infection", "HIV infection")]
    [InlineData("5-FU", "5-fu")]
    [InlineData("123", "123")]
    [InlineData("", "")]
    public void Capitals_become_lower_case_and_mixed_case_is_kept(string name, string expected) =>
        Assert.Equal(expected, ReadableNames.Of(name));

    [Theory]
    [InlineData("Back pain", "back pain")]
    [InlineData("HIV infection", "HIV infection")]
    [InlineData("NAUSEA", "nausea")]
    [InlineData("Dry mouth", "dry mouth")]
    public void A_term_inside_a_sentence_starts_in_lower_case_unless_it_is_an_abbreviation(string term, string expected) =>
        Assert.Equal(expected, ReadableNames.InSentence(term));

    [Fact]
    public void Only_whole_words_in_capitals_are_replaced_in_a_sentence()
    {
        var text = "None of the 3 cases with MIRTAZAPINE reports Back pain; MIRTAZAPINEX and Mirtazapine are other words.";

        var readable = ReadableNames.InText(text, "MIRTAZAPINE", "Back pain");

        Assert.Equal("None of the 3 cases with mirtazapine reports Back pain; MIRTAZAPINEX and Mirtazapine are other words.", readable);
    }
}
