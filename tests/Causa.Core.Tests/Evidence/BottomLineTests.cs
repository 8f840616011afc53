using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;
using Causa.Core.Verdicts;

namespace Causa.Core.Tests.Evidence;

public sealed class BottomLineTests
{
    [Fact]
    public void Mirtazapine_weight_gain_gives_the_label_figures_in_plain_words()
    {
        // SIDER: 11.92-12% on drug, placebo median 2% (docs/EVIDENCE.md worked example).
        var lines = BottomLine.For(EvidenceAssessor.Assess("MIRTAZAPINE", "Weight increased", null, RealSources.All));
        Assert.Equal(2, lines.Count);
        Assert.StartsWith("Can mirtazapine cause weight increased? Yes: a known effect, clearly more common with mirtazapine than without it", lines[0], StringComparison.Ordinal);
        Assert.Contains("12 in 100 people on it had it, against 2 in 100 on placebo", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("PRR", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_line_says_what_the_drug_is_for_or_that_it_is_approved_through_a_broader_condition()
    {
        var trazodone = BottomLine.For(EvidenceAssessor.Assess("TRAZODONE", "Back pain", null, RealSources.All));
        Assert.StartsWith("Does trazodone help with back pain? Not a known use: no source lists this as a use. Back pain is not among the known uses of TRAZODONE: approved for", trazodone[1], StringComparison.Ordinal);

        var duloxetine = BottomLine.For(EvidenceAssessor.Assess("DULOXETINE", "Back pain", null, RealSources.All));
        Assert.StartsWith("Does duloxetine help with back pain? Yes: an approved use of the drug (", duloxetine[1], StringComparison.Ordinal);
        Assert.Contains("which includes Back pain", duloxetine[1], StringComparison.Ordinal);

        var unknown = BottomLine.For(EvidenceAssessor.Assess("NOTADRUGXYZ", "Back pain", null, RealSources.All));
        Assert.Contains("Not known", unknown[0], StringComparison.Ordinal);
        Assert.Contains("No loaded source says what notadrugxyz is used for", unknown[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mixed_class_names_the_members_that_differ()
    {
        var c = new Causa.Core.Resolution.DrugClassResolution("x", "SSRIs", "ssri", "class-words", ["A", "B", "C"], []);
        var answer = ClassAssessor.Assess(c, d => new EvidenceAnswer(d, "Nausea", new CauseAssessment(d == "B" ? CauseVerdict.Established : CauseVerdict.Weak, []), new HelpAssessment(HelpVerdict.NoneFound, []), false, []));
        var lines = BottomLine.For(answer, "Nausea");
        Assert.Equal("Can SSRIs cause nausea? It depends on the medicine; differing from most: b.", lines[0]);
        Assert.Equal("Do SSRIs help with nausea? Not a known use for all SSRIs with data: no source lists this as a use.", lines[1]);
    }

    [Theory]
    [InlineData(CauseVerdict.Established, "Yes: a known effect, clearly more common with x than without it.")]
    [InlineData(CauseVerdict.Possible, "Possibly: on the label, or reported clearly more often than expected, but not shown clearly.")]
    [InlineData(CauseVerdict.Weak, "Weak evidence: listed or reported, but not clearly more often than without x.")]
    [InlineData(CauseVerdict.NoneFound, "No sign of it: the sources that know x do not link it to this.")]
    [InlineData(CauseVerdict.InsufficientData, "Not known: the loaded sources say too little to tell.")]
    public void The_cause_sentence_opens_with_the_words_of_its_verdict_level(CauseVerdict level, string expected)
    {
        // No lines, so no figures and no remarks: the sentence is the level's wording alone, and a label of the same
        // level carries the same meaning.
        var answer = new EvidenceAnswer("X", "Nausea", new CauseAssessment(level, []), new HelpAssessment(HelpVerdict.NoneFound, []), false, []);

        var line = BottomLine.For(answer)[0];

        Assert.Equal("Can x cause nausea? " + expected, line);
        Assert.Contains(VerdictWording.Meaning(level, "x"), line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HelpVerdict.Approved, "Yes: an approved use of the drug.")]
    [InlineData(HelpVerdict.OffLabel, "Off-label use: doctors use it for this, though it is not an approved use.")]
    [InlineData(HelpVerdict.ReportedUse, "Not shown: people report taking it for this, but no source lists it as a use.")]
    [InlineData(HelpVerdict.NoneFound, "Not a known use: no source lists this as a use.")]
    public void The_help_sentence_opens_with_the_words_of_its_verdict_level(HelpVerdict level, string expected)
    {
        var answer = new EvidenceAnswer("X", "Nausea", new CauseAssessment(CauseVerdict.InsufficientData, []), new HelpAssessment(level, []), false, []);

        Assert.Equal("Does x help with nausea? " + expected, BottomLine.For(answer)[1]);
    }

    [Fact]
    public void Every_level_has_its_own_lead_and_meaning_and_the_strength_words_follow_the_scale()
    {
        var cause = Enum.GetValues<CauseVerdict>();
        Assert.Equal(cause.Length, cause.Select(static v => VerdictWording.Lead(v)).Distinct().Count());
        Assert.Equal(cause.Length, cause.Select(static v => VerdictWording.Meaning(v)).Distinct().Count());
        var help = Enum.GetValues<HelpVerdict>();
        Assert.Equal(help.Length, help.Select(static v => VerdictWording.Lead(v)).Distinct().Count());
        Assert.Equal(help.Length, help.Select(static v => VerdictWording.Meaning(v)).Distinct().Count());

        // Only the top level of each scale answers "yes"; nothing below "possible" hedges upwards.
        Assert.All(cause.Where(static v => v != CauseVerdict.Established), static v => Assert.DoesNotContain("Yes", VerdictWording.Lead(v), StringComparison.Ordinal));
        Assert.All(help.Where(static v => v != HelpVerdict.Approved), static v => Assert.DoesNotContain("Yes", VerdictWording.Lead(v), StringComparison.Ordinal));
        Assert.All(cause.Where(static v => v < CauseVerdict.Possible), static v => Assert.DoesNotContain("ossibl", VerdictWording.Opening(v), StringComparison.Ordinal));
        Assert.True(VerdictWording.TryParse("weak", out CauseVerdict weak) && weak == CauseVerdict.Weak);
        Assert.True(VerdictWording.TryParse("off-label", out HelpVerdict offLabel) && offLabel == HelpVerdict.OffLabel);
        Assert.False(VerdictWording.TryParse("mixed", out CauseVerdict _));
    }

    [Fact]
    public void A_class_sharing_one_level_gets_that_levels_words()
    {
        var c = new Causa.Core.Resolution.DrugClassResolution("x", "SSRIs", "ssri", "class-words", ["A", "B"], []);
        var answer = ClassAssessor.Assess(c, d => new EvidenceAnswer(d, "Nausea", new CauseAssessment(CauseVerdict.Weak, []), new HelpAssessment(HelpVerdict.NoneFound, []), false, []));

        var lines = BottomLine.For(answer, "Nausea");

        Assert.Equal("Can SSRIs cause nausea? Weak evidence for all SSRIs with data: listed or reported, but not clearly more often than without the drug.", lines[0]);
    }
}
