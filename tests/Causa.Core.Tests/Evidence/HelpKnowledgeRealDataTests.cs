using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;
using Causa.Core.Verdicts;

namespace Causa.Core.Tests.Evidence;

/// <summary>"Does it help?" says what is known: the drug's uses, the condition family, and "no source knows this drug".</summary>
public sealed class HelpKnowledgeRealDataTests
{
    [Fact]
    public void Duloxetine_is_approved_for_back_pain_through_chronic_musculoskeletal_pain()
    {
        var answer = EvidenceAssessor.Assess("DULOXETINE", "Back pain", null, RealSources.All);

        Assert.Equal(HelpVerdict.Approved, answer.Help.Level);
        var line = Assert.Single(answer.Help.Lines, static l => l.Finding == "on-label");
        Assert.Contains("which includes Back pain", line.Summary, StringComparison.Ordinal);
        Assert.Contains("musculoskeletal pain", line.Summary, StringComparison.OrdinalIgnoreCase);
        Assert.True(answer.IndicationBias);
    }

    [Fact]
    public void Trazodone_and_back_pain_lists_what_trazodone_is_known_to_be_used_for()
    {
        var answer = EvidenceAssessor.Assess("TRAZODONE", "Back pain", null, RealSources.All);

        Assert.Equal(HelpVerdict.NoneFound, answer.Help.Level);
        var line = Assert.Single(answer.Help.Lines, static l => l.Finding == "not-among-indications");
        Assert.False(line.Counted);
        // DrugCentral 2016 lists Major Depressive Disorder for trazodone (docs/EVIDENCE.md, worked examples).
        Assert.Contains("approved for", line.Summary, StringComparison.Ordinal);
        Assert.Contains("depress", line.Summary, StringComparison.OrdinalIgnoreCase);

        var overview = IndicationOverview.For("trazodone", "Back pain", RealSources.All);
        Assert.Equal(IndicationOverview.ExcludesCondition, overview.Knowledge);
        Assert.Contains(overview.Indications, static k => k.Use == "approved" && k.Source.StartsWith("DrugCentral", StringComparison.Ordinal));
        Assert.Contains(overview.Indications, static k => k.Use == "off-label");
    }

    [Fact]
    public void A_drug_no_indication_source_knows_is_said_to_be_unknown_not_unused()
    {
        var overview = IndicationOverview.For("NOTADRUGXYZ", "Back pain", RealSources.All);
        Assert.Equal(IndicationOverview.DrugUnknown, overview.Knowledge);
        Assert.Empty(overview.Indications);

        var answer = EvidenceAssessor.Assess("NOTADRUGXYZ", "Back pain", null, RealSources.All);
        var line = Assert.Single(answer.Help.Lines, static l => l.Finding == "drug-unknown");
        Assert.Contains("No loaded indication source knows NOTADRUGXYZ", line.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void A_matching_use_is_reported_as_included()
    {
        var overview = IndicationOverview.For("DULOXETINE", "Fibromyalgia", RealSources.All);
        Assert.Equal(IndicationOverview.IncludesCondition, overview.Knowledge);
        Assert.Equal("approved", overview.Indications[0].Use);
        Assert.DoesNotContain(EvidenceAssessor.Assess("DULOXETINE", "Fibromyalgia", null, RealSources.All).Help.Lines, static l => l.Finding is "not-among-indications" or "drug-unknown");
    }

    [Fact]
    public void A_low_precision_use_alone_is_enough_for_indication_bias_unless_a_label_lists_the_reaction()
    {
        // MEDI links mirtazapine to PTSD from one resource only (low precision): no help, but a report signal for PTSD
        // reflects why the drug was taken.
        var ptsd = EvidenceAssessor.Assess("MIRTAZAPINE", "Post-traumatic stress disorder", null, RealSources.All);
        Assert.Equal(HelpVerdict.NoneFound, ptsd.Help.Level);
        Assert.True(ptsd.IndicationBias);
        Assert.Contains(ptsd.Caveats, static c => c.Contains("MEDI, low-precision", StringComparison.Ordinal));
        Assert.DoesNotContain(ptsd.Cause.Lines, static l => l.Kind is "counts" && l.Counted && l.Finding == "strong-signal");

        // Sertraline and suicidal ideation: also a low-precision MEDI link, but SIDER lists it as an adverse reaction, so
        // the two strong report signals still count.
        var suicidal = EvidenceAssessor.Assess("SERTRALINE", "Suicidal ideation", null, RealSources.All);
        Assert.False(suicidal.IndicationBias);
        Assert.Equal("established", suicidal.Cause.Verdict);
    }
}
