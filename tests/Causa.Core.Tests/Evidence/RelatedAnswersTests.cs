using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Tests.Sources;
using Causa.Core.Tests.Vocabulary;

namespace Causa.Core.Tests.Evidence;

public sealed class RelatedAnswersTests
{
    private static readonly Lazy<DrugClassResolver> Classes = new(() => new DrugClassResolver(RealVocabulary.All.Classes));

    [Fact]
    public void Warning_signs_cover_the_condition_and_the_reaction_most_urgent_first_each_with_its_source()
    {
        var signs = RelatedAnswers.WarningSigns("Back pain", "Serotonin syndrome");

        // warning_signs.tsv: four back-pain rows (two emergency, one urgent, one soon) and serotonin syndrome rows.
        Assert.Equal(WarningSignTable.For("Back pain").Count + WarningSignTable.For("Serotonin syndrome").Count, signs.Count);
        Assert.Equal("emergency", signs[0].Urgency);
        Assert.Equal("soon", signs[^1].Urgency);
        Assert.Contains(signs, static s => s.Subject == "Serotonin syndrome");
        Assert.All(signs, static s => Assert.Contains("(https://", s.Source, StringComparison.Ordinal));
        Assert.Empty(RelatedAnswers.WarningSigns("Not a term at all"));
    }

    [Fact]
    public void Warning_signs_serialise_as_sign_and_source_only()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(RelatedAnswers.WarningSigns("Insomnia")[0]);
        Assert.StartsWith("{\"Sign\":", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Urgency", json, StringComparison.Ordinal);
    }

    [Fact]
    public void See_also_names_the_drugs_other_associations_drugs_used_for_the_condition_and_same_class_alternatives()
    {
        TopEntry Entry(string e, long a, double prrLower) => new("MIRTAZAPINE", e, a, 1, prrLower * 2, prrLower, null, null, 1, 0.5, []);
        IReadOnlyList<TopEntry> Associations(string drug) =>
            [Entry("Back pain", 10, 3), Entry("Restless legs syndrome", 167, 15.2), Entry("Nausea", 40, 0.8), Entry("Somnolence", 90, 4)];

        var items = RelatedAnswers.SeeAlso("mirtazapine", "Back pain", RealSources.All, Associations, Classes.Value.ClassesOf("MIRTAZAPINE"));

        // The asked event and a PRR lower bound not above 1 are left out.
        Assert.Equal(["Restless legs syndrome", "Somnolence"], items.Where(static i => i.Drug == "MIRTAZAPINE").Select(static i => i.Event));
        // Duloxetine is approved for back pain through chronic musculoskeletal pain (DrugCentral).
        Assert.Contains(items, static i => i.Event == "Back pain" && i.Why.Contains("approved for Back pain", StringComparison.Ordinal));
        Assert.Contains(items, static i => i.Why.StartsWith("Same class", StringComparison.Ordinal) && i.Drug != "MIRTAZAPINE");
        Assert.All(items, static i => Assert.False(string.IsNullOrWhiteSpace(i.Why)));
    }

    [Fact]
    public void Same_class_alternatives_carry_the_verdicts_the_assessor_gives()
    {
        var ssri = Classes.Value.ClassesOf("SERTRALINE");
        Assert.Equal("ssri", ssri[0].Key);
        var items = RelatedAnswers.SeeAlso("SERTRALINE", "Nausea", RealSources.All, null, ssri);
        var alternative = items.First(static i => i.Why.StartsWith("Same class", StringComparison.Ordinal));
        var answer = EvidenceAssessor.Assess(alternative.Drug, "Nausea", null, RealSources.All);
        Assert.Contains($"can it cause Nausea? {answer.Cause.Verdict}; does it help? {answer.Help.Verdict}.", alternative.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(items, static i => i.Drug == "SERTRALINE" && i.Why.StartsWith("Same class", StringComparison.Ordinal));
    }
}
