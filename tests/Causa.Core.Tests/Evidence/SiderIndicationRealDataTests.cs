using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;
using Causa.Core.Verdicts;

namespace Causa.Core.Tests.Evidence;

/// <summary>
/// SIDER's text-mined label indications in "does it help?" (docs/EVIDENCE.md, "Does it help?"): weaker than the approved
/// list (DrugCentral), stronger than reported use. The SIDER facts are counted over the raw file in
/// <see cref="SiderIndicationImporterTests"/>; the DrugCentral facts with
/// <c>awk -F'\t' 'tolower($2) == "gabapentin"' drugcentral_2016_drug_indication.tsv</c>.
/// </summary>
public sealed class SiderIndicationRealDataTests
{
    [Fact]
    public void Where_the_approved_list_agrees_the_use_stays_approved_and_the_label_text_line_says_so()
    {
        // DrugCentral lists Fibromyalgia for duloxetine; SIDER's text mining finds it in the label too.
        var answer = EvidenceAssessor.Assess("DULOXETINE", "Fibromyalgia", null, RealSources.AllWithSiderIndications);

        Assert.Equal(HelpVerdict.Approved, answer.Help.Level);
        var line = Assert.Single(answer.Help.Lines, static l => l.Finding == "mined-from-label");
        Assert.True(line.Counted);
        Assert.Equal("SIDER 4.1 indications", line.Source);
        Assert.EndsWith("the on-label source lists it too.", line.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Caveats, static c => c.StartsWith("Sources disagree on use", StringComparison.Ordinal));
    }

    [Fact]
    public void Where_the_approved_list_knows_the_drug_without_the_use_it_counts_as_off_label_and_the_disagreement_is_said()
    {
        // SIDER finds Partial seizures among gabapentin's label indications (label concept "Seizures, Focal"); DrugCentral
        // knows gabapentin (Postherpetic Neuralgia, Restless Legs Syndrome, Partial Epilepsy Treatment Adjunct) and no row
        // of it maps to Partial seizures.
        var without = EvidenceAssessor.Assess("GABAPENTIN", "Partial seizures", null, RealSources.All);
        var with = EvidenceAssessor.Assess("GABAPENTIN", "Partial seizures", null, RealSources.AllWithSiderIndications);

        Assert.Equal(HelpVerdict.NoneFound, without.Help.Level);
        Assert.Equal(HelpVerdict.OffLabel, with.Help.Level);
        var line = Assert.Single(with.Help.Lines, static l => l.Finding == "mined-from-label");
        Assert.Equal("SIDER 4.1 indications: text mining finds Seizures, Focal (→ Partial seizures) among the indications in the labels of GABAPENTIN; the on-label source does not list it, so it counts as off-label.", line.Summary);
        Assert.Contains(
            "Sources disagree on use: SIDER 4.1 indications finds Partial seizures among the indications in GABAPENTIN's label text, but the approved indications of GABAPENTIN in DrugCentral indications do not include it; counted as off-label, not approved.",
            with.Caveats);
        var bottom = BottomLine.For(with);
        Assert.EndsWith("The sources disagree; see below.", bottom[1], StringComparison.Ordinal);
        // The disagreement is about use: the cause sentence does not claim it.
        Assert.DoesNotContain("disagree", bottom[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Where_no_approved_list_knows_the_drug_the_label_text_counts_as_a_label_use()
    {
        // Lormetazepam (not marketed in the US) is in neither DrugCentral 2016 nor PharmacotherapyDB; MEDI has one
        // low-precision row (Insomnia; unspecified), which is shown, not counted.
        var without = EvidenceAssessor.Assess("LORMETAZEPAM", "Insomnia", null, RealSources.All);
        var with = EvidenceAssessor.Assess("LORMETAZEPAM", "Insomnia", null, RealSources.AllWithSiderIndications);

        Assert.Equal(HelpVerdict.NoneFound, without.Help.Level);
        Assert.Contains(without.Help.Lines, static l => l.Finding == "not-among-indications");
        Assert.Equal(HelpVerdict.Approved, with.Help.Level);
        var line = Assert.Single(with.Help.Lines, static l => l.Finding == "mined-from-label");
        Assert.EndsWith("no on-label source knows the drug, so it counts as a label use.", line.Summary, StringComparison.Ordinal);
        Assert.True(with.IndicationBias);
    }

    [Fact]
    public void A_text_mined_indication_is_known_use_for_the_overview_and_for_indication_bias()
    {
        var overview = IndicationOverview.For("LORMETAZEPAM", "Back pain", RealSources.AllWithSiderIndications);

        Assert.Equal(IndicationOverview.ExcludesCondition, overview.Knowledge);
        var use = Assert.Single(overview.Indications);
        Assert.Equal(("Insomnia", "approved", "SIDER 4.1 indications"), (use.Term, use.Use, use.Source));
    }

    [Fact]
    public void MEDIs_possible_label_use_says_when_the_on_label_source_lists_the_use_too()
    {
        // DrugCentral lists Major Depressive Disorder for mirtazapine; MEDI's possible-label-use row for depression no
        // longer says the on-label source does not list it.
        var answer = EvidenceAssessor.Assess("MIRTAZAPINE", "Depression", null, RealSources.All);

        var medi = answer.Help.Lines.Where(static l => l.Finding == "possible-label-use").ToList();
        Assert.NotEmpty(medi);
        Assert.All(medi, static l => Assert.EndsWith("the on-label source lists it too.", l.Summary, StringComparison.Ordinal));
    }
}
