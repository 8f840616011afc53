using Causa.Core.Verdicts;


namespace Causa.Core.Tests.Evidence;

public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData(54.0, 18.0, LabelStrength.ClearExcess)]      // DOMAIN.md: 54% vs 18% is strong
    [InlineData(2.0, 1.0, LabelStrength.CloseToPlacebo)]     // DOMAIN.md: 2% vs 1% is weak
    [InlineData(10.0, 5.0, LabelStrength.ClearExcess)]       // exactly 2x and exactly 5 points
    [InlineData(9.99, 5.0, LabelStrength.ModerateExcess)]    // just under 2x
    [InlineData(6.0, 1.0, LabelStrength.ClearExcess)]
    [InlineData(5.9, 1.0, LabelStrength.ClearExcess)]        // >= 5% and >= 2x: labels' "most common" convention
    [InlineData(7.0, 3.0, LabelStrength.ClearExcess)]        // the 7% vs 3%
    [InlineData(25.0, 15.0, LabelStrength.ClearExcess)]      // the 25% vs 15%: 10 points, 1.67x
    [InlineData(24.9, 15.0, LabelStrength.ModerateExcess)]   // just under 10 points, under 2x
    [InlineData(4.99, 1.0, LabelStrength.ModerateExcess)]    // under 5% on drug
    [InlineData(25.0, 23.0, LabelStrength.CloseToPlacebo)]   // large background, 2 points, ratio 1.09
    [InlineData(0.5, 0.1, LabelStrength.Rare)]               // under 1% on drug
    [InlineData(0.9, 1.0, LabelStrength.Rare)]
    [InlineData(3.0, 1.0, LabelStrength.ModerateExcess)]     // exactly 2 points, 3x
    [InlineData(2.99, 1.0, LabelStrength.CloseToPlacebo)]    // under 2 points
    [InlineData(30.0, 21.0, LabelStrength.CloseToPlacebo)]   // 9 points but ratio < 1.5
    [InlineData(31.5, 21.0, LabelStrength.ClearExcess)]      // 10.5 points, ratio exactly 1.5
    [InlineData(16.0, 8.0, LabelStrength.ClearExcess)]
    [InlineData(9.9, 12.0, LabelStrength.CloseToPlacebo)]    // below placebo
    public void Label_frequency_against_placebo_is_classified_at_the_documented_thresholds(double drug, double placebo, LabelStrength expected) =>
        Assert.Equal(expected, EvidenceRules.ClassifyLabel([drug], [placebo], postmarketingOnly: false));

    [Fact]
    public void Placebo_rate_is_the_median_so_a_copied_drug_figure_does_not_dominate() =>
        Assert.Equal(2.0, EvidenceRules.PlaceboRate([12.0, 1.66, 2.0]));

    [Fact]
    public void A_single_high_drug_figure_without_its_own_placebo_does_not_make_a_clear_excess()
    {
        // SIDER's gabapentin nausea figures: 45% from a table without a placebo arm beside 3.9% vs 3.1% and 6.1% vs 7.1%.
        // Medians 6.05% vs 5%: 1.05 points apart, so close to placebo (the old highest-vs-median reading gave 45% vs 5%).
        double[] drug = [1.3, 3.1, 3.9, 4, 45, 5.5, 6, 6.1, 7, 8, 8.4, 9];
        double[] placebo = [3, 3.1, 5, 7, 7.1];
        Assert.Equal(LabelStrength.CloseToPlacebo, EvidenceRules.ClassifyLabel(drug, placebo, postmarketingOnly: false));
        Assert.Equal(6.05, EvidenceRules.DrugMedianRate(drug), 9);
    }

    [Fact]
    public void A_moderate_excess_at_the_medians_is_clear_when_the_highest_drug_figure_is_a_clear_excess()
    {
        // Gabapentin dizziness: medians 10.9% vs 6.9% (4 points, 1.58x: moderate); highest 30% vs 6.9%: clear.
        double[] drug = [0.6, 1.6, 2.5, 3, 4.4, 6.9, 7.5, 10.9, 13, 17, 17.1, 22, 26, 28, 30];
        double[] placebo = [1.6, 2, 2.2, 4, 6.9, 7, 7.5, 8, 15];
        Assert.Equal(LabelStrength.ClearExcess, EvidenceRules.ClassifyLabel(drug, placebo, postmarketingOnly: false));

        // Mirtazapine dry mouth: 24.72–25% on drug, placebo 14.96/15/25% (25% copied from the drug arm): medians 24.86% vs
        // 15% are 9.86 points apart (moderate); the highest figure, 25% vs 15%, is 10 points and 1.67x: clear.
        Assert.Equal(LabelStrength.ClearExcess, EvidenceRules.ClassifyLabel([24.72, 25.0], [14.96, 15.0, 25.0], postmarketingOnly: false));

        // The same medians with a highest figure of 12%: 12% vs 6.9% is not clear, so the excess stays moderate.
        Assert.Equal(LabelStrength.ModerateExcess, EvidenceRules.ClassifyLabel([9.0, 10.9, 12.0], [6.9, 15.0, 2.0], postmarketingOnly: false));
    }

    [Fact]
    public void A_clear_excess_at_the_medians_stands_when_a_drug_figure_was_copied_into_the_placebo_column() =>
        // Mirtazapine weight gain: 11.92–12% on drug, placebo 1.66/2/12%: medians 11.96% vs 2%.
        Assert.Equal(LabelStrength.ClearExcess, EvidenceRules.ClassifyLabel([11.92, 12.0], [1.66, 2.0, 12.0], postmarketingOnly: false));

    [Fact]
    public void Rare_needs_every_drug_figure_under_one_percent() =>
        Assert.Equal(LabelStrength.CloseToPlacebo, EvidenceRules.ClassifyLabel([0.5, 0.8, 1.2], [0.7], postmarketingOnly: false));

    [Fact]
    public void Boxed_warning_lifts_a_grade_short_of_clear_excess()
    {
        Assert.Equal(LabelStrength.BoxedWarning, EvidenceRules.ClassifyLabel([], [], postmarketingOnly: true, boxed: true));
        Assert.Equal(LabelStrength.BoxedWarning, EvidenceRules.ClassifyLabel([2.0], [1.5], postmarketingOnly: false, boxed: true));
        Assert.Equal(LabelStrength.ClearExcess, EvidenceRules.ClassifyLabel([20.0], [2.0], postmarketingOnly: false, boxed: true));
    }

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
        // Count tables all come from FAERS: two strong tables are one signal family, one step above none-found.
        { [LabelStrength.NotListed], [SignalStrength.Strong, SignalStrength.Strong], CauseVerdict.Possible },
        // One table strong, another without a signal: the strong one does not lift the verdict; the disagreement stays weak.
        { [LabelStrength.NotListed], [SignalStrength.Strong, SignalStrength.None], CauseVerdict.Weak },
        { [LabelStrength.NotListed], [SignalStrength.Strong], CauseVerdict.Possible },
        // The case: label as often as placebo, one table strong, another none: stays weak.
        { [LabelStrength.CloseToPlacebo], [SignalStrength.Strong], CauseVerdict.Weak },
        { [LabelStrength.CloseToPlacebo], [SignalStrength.Strong, SignalStrength.None], CauseVerdict.Weak },
        { [LabelStrength.Rare], [], CauseVerdict.Possible },
        { [LabelStrength.Rare], [SignalStrength.Strong], CauseVerdict.Established },
        { [LabelStrength.BoxedWarning], [SignalStrength.None], CauseVerdict.Established },
        { [LabelStrength.Listed], [SignalStrength.Strong], CauseVerdict.Established },
        { [LabelStrength.ModerateExcess], [SignalStrength.Strong, SignalStrength.None], CauseVerdict.Possible },
        { [LabelStrength.NotListed], [SignalStrength.Weak, SignalStrength.Weak], CauseVerdict.Weak },
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

    [Fact]
    public void Disagreement_is_named_when_a_strong_signal_meets_a_table_without_one_or_a_placebo_level_label()
    {
        Assert.True(EvidenceRules.Disagree([LabelStrength.CloseToPlacebo], [SignalStrength.Strong]));
        Assert.True(EvidenceRules.Disagree([], [SignalStrength.Strong, SignalStrength.None]));
        Assert.True(EvidenceRules.Disagree([LabelStrength.ClearExcess], [SignalStrength.None]));
        Assert.False(EvidenceRules.Disagree([LabelStrength.Listed], [SignalStrength.Strong]));
        Assert.False(EvidenceRules.Disagree([LabelStrength.CloseToPlacebo], [SignalStrength.None]));
    }

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
