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
        Assert.StartsWith("Can mirtazapine cause weight increased? Yes", lines[0], StringComparison.Ordinal);
        Assert.Contains("12 in 100 people on it had it, against 2 in 100 on placebo", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("PRR", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Help_line_says_what_the_drug_is_for_or_that_it_is_approved_through_a_broader_condition()
    {
        var trazodone = BottomLine.For(EvidenceAssessor.Assess("TRAZODONE", "Back pain", null, RealSources.All));
        Assert.StartsWith("Does trazodone help with back pain? Not among its known uses. Back pain is not among the known uses of TRAZODONE: approved for", trazodone[1], StringComparison.Ordinal);

        var duloxetine = BottomLine.For(EvidenceAssessor.Assess("DULOXETINE", "Back pain", null, RealSources.All));
        Assert.StartsWith("Does duloxetine help with back pain? Yes, it is an approved use", duloxetine[1], StringComparison.Ordinal);
        Assert.Contains("which includes Back pain", duloxetine[1], StringComparison.Ordinal);

        var unknown = BottomLine.For(EvidenceAssessor.Assess("NOTADRUGXYZ", "Back pain", null, RealSources.All));
        Assert.Contains("Not known", unknown[0], StringComparison.Ordinal);
        Assert.Contains("no loaded source says what notadrugxyz is used for", unknown[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_mixed_class_names_the_members_that_differ()
    {
        var c = new Causa.Core.Resolution.DrugClassResolution("x", "SSRIs", "ssri", "class-words", ["A", "B", "C"], []);
        var answer = ClassAssessor.Assess(c, d => new EvidenceAnswer(d, "Nausea", new CauseAssessment(d == "B" ? CauseVerdict.Established : CauseVerdict.Weak, []), new HelpAssessment(HelpVerdict.NoneFound, []), false, []));
        var lines = BottomLine.For(answer, "Nausea");
        Assert.Equal("Can SSRIs cause nausea? It depends on the medicine; differing from most: b.", lines[0]);
        Assert.Equal("Do SSRIs help with nausea? All SSRIs with data: none-found.", lines[1]);
    }
}
