using Causa.Core.Evidence;

namespace Causa.Core.Tests.Evidence;

public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData(54.0, 18.0, LabelStrength.ClearExcess)]      // DOMAIN.md: 54% vs 18% is strong
    [InlineData(2.0, 1.0, LabelStrength.CloseToPlacebo)]     // DOMAIN.md: 2% vs 1% is weak
    [InlineData(10.0, 5.0, LabelStrength.ClearExcess)]       // exactly 2x and exactly 5 points
    [InlineData(9.99, 5.0, LabelStrength.ModerateExcess)]    // just under 2x
    [InlineData(6.0, 1.0, LabelStrength.ClearExcess)]
    [InlineData(5.9, 1.0, LabelStrength.ModerateExcess)]     // 4.9 points
    [InlineData(3.0, 1.0, LabelStrength.ModerateExcess)]     // exactly 2 points, 3x
    [InlineData(2.99, 1.0, LabelStrength.CloseToPlacebo)]    // under 2 points
    [InlineData(30.0, 21.0, LabelStrength.CloseToPlacebo)]   // 9 points but ratio < 1.5
    [InlineData(31.5, 21.0, LabelStrength.ModerateExcess)]   // ratio exactly 1.5
    [InlineData(9.9, 12.0, LabelStrength.CloseToPlacebo)]    // below placebo
    public void Label_frequency_against_placebo_is_classified_at_the_documented_thresholds(double drug, double placebo, LabelStrength expected) =>
        Assert.Equal(expected, EvidenceRules.ClassifyLabel([drug], [placebo], postmarketingOnly: false));

    [Fact]
    public void Placebo_rate_is_the_median_so_a_copied_drug_figure_does_not_dominate() =>
        Assert.Equal(2.0, EvidenceRules.PlaceboRate([12.0, 1.66, 2.0]));

    [Fact]
    public void Label_without_figures_is_postmarketing_or_listed()
    {
        Assert.Equal(LabelStrength.Postmarketing, EvidenceRules.ClassifyLabel([], [], postmarketingOnly: true));
        Assert.Equal(LabelStrength.Listed, EvidenceRules.ClassifyLabel([], [], postmarketingOnly: false));
        Assert.Equal(LabelStrength.Listed, EvidenceRules.ClassifyLabel([4.0], [], postmarketingOnly: false));
    }

    public static TheoryData<LabelStrength[], SignalStrength[], CauseVerdict> CauseCases => new()
    {
        { [LabelStrength.ClearExcess], [SignalStrength.None], CauseVerdict.Established },
        { [LabelStrength.Postmarketing], [SignalStrength.Strong], CauseVerdict.Established },
        { [LabelStrength.Postmarketing], [SignalStrength.Strong, SignalStrength.None], CauseVerdict.Possible },
        { [LabelStrength.NotListed], [SignalStrength.Strong, SignalStrength.Strong], CauseVerdict.Established },
        { [LabelStrength.NotListed], [SignalStrength.Strong, SignalStrength.None], CauseVerdict.Possible },
        { [LabelStrength.NotListed], [SignalStrength.Strong], CauseVerdict.Possible },
        { [LabelStrength.CloseToPlacebo], [SignalStrength.Strong], CauseVerdict.Possible },
        { [LabelStrength.CloseToPlacebo], [SignalStrength.None], CauseVerdict.Weak },
        { [LabelStrength.CloseToPlacebo], [], CauseVerdict.Weak },
        { [LabelStrength.Listed], [], CauseVerdict.Possible },
        { [LabelStrength.ModerateExcess], [SignalStrength.None], CauseVerdict.Possible },
        { [LabelStrength.NotListed], [SignalStrength.Weak], CauseVerdict.Weak },
        { [LabelStrength.NotListed], [SignalStrength.None], CauseVerdict.NoneFound },
        { [], [SignalStrength.None], CauseVerdict.NoneFound },
        { [LabelStrength.NotListed], [], CauseVerdict.NoneFound },
        { [], [SignalStrength.TooFew], CauseVerdict.InsufficientData },
        { [], [], CauseVerdict.InsufficientData },
    };

    [Theory]
    [MemberData(nameof(CauseCases))]
    public void Cause_rule_follows_the_documented_table(LabelStrength[] labels, SignalStrength[] signals, CauseVerdict expected) =>
        Assert.Equal(expected, EvidenceRules.Cause(labels, signals));

    [Theory]
    [InlineData(true, true, 10L, HelpVerdict.Approved)]
    [InlineData(false, true, 10L, HelpVerdict.OffLabel)]
    [InlineData(false, false, 3L, HelpVerdict.ReportedUse)]
    [InlineData(false, false, 2L, HelpVerdict.NoneFound)]
    [InlineData(false, false, null, HelpVerdict.NoneFound)]
    public void Help_rule_takes_the_best_counted_finding(bool onLabel, bool offLabel, long? cases, HelpVerdict expected) =>
        Assert.Equal(expected, EvidenceRules.Help(onLabel, offLabel, cases));

    [Fact]
    public void Verdict_words_are_the_documented_ones()
    {
        Assert.Equal(["insufficient-data", "none-found", "weak", "possible", "established"], Enum.GetValues<CauseVerdict>().Select(EvidenceRules.Text));
        Assert.Equal(["none-found", "reported-use", "off-label", "approved"], Enum.GetValues<HelpVerdict>().Select(EvidenceRules.Text));
    }
}
