using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Tests.Sources;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Evidence;

/// <summary>
/// Questions whose answer depends on mapping an indication source's wording to a preferred term (the curated condition
/// table) and on condition families. Expected levels follow from docs/EVIDENCE.md and the rows quoted beside each test,
/// read from the files themselves.
/// </summary>
public sealed class IndicationMappingRealDataTests
{
    private static EvidenceAnswer Ask(string drug, string term) => EvidenceAssessor.Assess(drug, term, null, RealSources.All);

    [Fact]
    public void Mirtazapine_depression_is_approved_through_the_major_depression_family_and_flags_indication_bias()
    {
        // DrugCentral: "mirtazapine	Major Depressive Disorder". TAKMU has mirtazapine Depression rows.
        var answer = Ask("mirtazapine", "Depression");
        Assert.Equal("approved", answer.Help.Verdict);
        var line = Assert.Single(answer.Help.Lines, l => l.Source == "DrugCentral indications");
        Assert.Contains("Major Depressive Disorder (→ Major depression, same condition family as Depression)", line.Summary, StringComparison.Ordinal);
        Assert.True(answer.IndicationBias);
        Assert.StartsWith("Indication bias", answer.Caveats[0], StringComparison.Ordinal);

        // TAKMU: 534 of 84,937 mirtazapine rows are Depression (PRR 2.19): shown, not counted; SIDER does not list it.
        var takmu = Assert.Single(answer.Cause.Lines, l => l.Source == "TAKMU antidepressants");
        Assert.Equal("strong-signal", takmu.Finding);
        Assert.False(takmu.Counted);
        Assert.Contains("indication bias", takmu.Note, StringComparison.Ordinal);
        Assert.Equal("none-found", answer.Cause.Verdict);
    }

    [Fact]
    public void Without_the_condition_table_the_same_question_misses_the_indication()
    {
        // The DrugCentral row imported by a mapper without the table keeps no preferred term, so nothing matches Depression.
        var plain = SourceImporter.Import(
            [TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv")],
            null,
            new SourceNameMapper(null, new TermResolver(), conditionTable: false),
            RealSources.ImportedAt);
        var sources = new EvidenceSources([RealSources.Sider, Assert.Single(plain).Source!, RealSources.Takmu]);
        var answer = EvidenceAssessor.Assess("mirtazapine", "Depression", null, sources);
        Assert.Equal("none-found", answer.Help.Verdict);
        Assert.False(answer.IndicationBias);
        Assert.Equal("possible", answer.Cause.Verdict);
    }

    [Fact]
    public void Atorvastatin_hypercholesterolaemia_is_approved_from_the_DrugCentral_spelling()
    {
        // DrugCentral: "Hypercholesterolemia" and "Heterozygous Hypercholesterolemia" (US spelling; the PT is -aemia).
        var answer = Ask("atorvastatin", "Hypercholesterolaemia");
        Assert.Equal("approved", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "DrugCentral indications" && l.Summary.Contains("Hypercholesterolemia (→ Hypercholesterolaemia)", StringComparison.Ordinal));
    }

    [Fact]
    public void Metformin_diabetes_is_approved_through_type_2_diabetes()
    {
        // DrugCentral: "Type 2 Diabetes Mellitus"; asking about Diabetes mellitus counts it as the narrower form.
        var answer = Ask("metformin", "Diabetes mellitus");
        Assert.Equal("approved", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "DrugCentral indications" && l.Summary.Contains("same condition family as Diabetes mellitus", StringComparison.Ordinal));
    }

    [Fact]
    public void Sertraline_anxiety_is_approved_through_panic_disorder_and_social_phobia()
    {
        // DrugCentral: "Panic Disorder", "Social Phobia" (anxiety disorders); MEDI: "Anxiety state unspecified" (label use 1).
        var answer = Ask("sertraline", "Anxiety");
        Assert.Equal("approved", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "DrugCentral indications" && l.Summary.Contains("same condition family as Anxiety", StringComparison.Ordinal));
        Assert.Contains(answer.Help.Lines, l => l.Source == "MEDI" && l.Summary.Contains("Anxiety state", StringComparison.Ordinal));
    }

    [Fact]
    public void Trazodone_insomnia_is_off_label_from_MEDI()
    {
        // DrugCentral lists only Major Depressive Disorder; MEDI: "Persistent disorder of initiating or maintaining sleep",
        // POSSIBLE_LABEL_USE 0 (curated off-label use).
        var answer = Ask("trazodone", "Insomnia");
        Assert.Equal("off-label", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "MEDI" && l.Summary.Contains("(→ Insomnia)", StringComparison.Ordinal));
        Assert.DoesNotContain(answer.Help.Lines, l => l.Source == "DrugCentral indications");
    }

    [Fact]
    public void A_question_about_the_narrower_term_counts_the_broader_indication_and_says_so()
    {
        // Sertraline's DrugCentral row "Depression" is the broader term: an approval for depression includes major
        // depression (the condition families hold both directions since the help answer says what is known).
        var answer = Ask("sertraline", "Major depression");
        Assert.Equal("approved", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "DrugCentral indications" && l.Summary.Contains("which includes Major depression", StringComparison.Ordinal));
    }
}
