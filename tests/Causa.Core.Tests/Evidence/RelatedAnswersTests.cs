using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Resolution;
using Causa.Core.Tests.Sources;
using Causa.Core.Tests.Vocabulary;
using Causa.Core.Verdicts;

namespace Causa.Core.Tests.Evidence;

public sealed class RelatedAnswersTests
{
    private static readonly Lazy<DrugClassResolver> Classes = new(() => new DrugClassResolver(RealVocabulary.All.Classes));

    [Fact]
    public void Warning_signs_cover_the_condition_and_the_reaction_most_urgent_first_each_with_its_source()
    {
        var signs = RelatedAnswers.WarningSigns("SERTRALINE", Classes.Value.ClassesOf("SERTRALINE"), "Back pain", "Serotonin syndrome");

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
        // In the words the answer page uses ("Weak evidence", "Not a known use"), never the JSON codes.
        Assert.Contains($"can it cause Nausea? {VerdictWording.Lead(answer.Cause.Level)}. Does it help? {VerdictWording.Lead(answer.Help.Level)}.", alternative.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Cause.Verdict + ";", alternative.Why, StringComparison.Ordinal);
        Assert.DoesNotContain(items, static i => i.Drug == "SERTRALINE" && i.Why.StartsWith("Same class", StringComparison.Ordinal));
    }

    [Fact]
    public void A_use_found_only_in_label_text_is_not_called_off_label()
    {
        // SIDER's text-mined indications find lormetazepam's insomnia use in (European) label text; no loaded source
        // lists it as approved or as an off-label use, so the related question must not say "used off-label".
        var items = RelatedAnswers.SeeAlso("zolpidem", "Insomnia", RealSources.AllWithSiderIndications, null, [], perKind: 500);
        var lormetazepam = Assert.Single(items, static i => i.Drug == "LORMETAZEPAM");
        Assert.Equal("LORMETAZEPAM's label text names Insomnia as a use (SIDER 4.1 indications).", lormetazepam.Why);
        Assert.DoesNotContain(items, static i => i.Why.Contains("used off-label", StringComparison.Ordinal) && i.Why.EndsWith("(SIDER 4.1 indications).", StringComparison.Ordinal));
        // A use an off-label source names keeps its word.
        Assert.Contains(items, static i => i.Why.Contains(" is used off-label for Insomnia (", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broad_pain_indication_is_not_an_approval_for_fibromyalgia()
    {
        // Checked by hand in ../shared/data/indications: DrugCentral names Fibromyalgia (C0016053) for exactly duloxetine,
        // milnacipran and pregabalin; MEDI and PharmacotherapyDB name it for no drug. Acetaminophen, alclofenac and
        // algeldrate have DrugCentral rows "Pain" only, which is no approval for fibromyalgia (NICE NG193).
        Assert.Equal(["DULOXETINE", "MILNACIPRAN", "PREGABALIN"], RealSources.All.IngredientsIndicatedFor("Fibromyalgia"));
        Assert.Empty(RealSources.All.Indications("ACETAMINOPHEN", "Fibromyalgia"));
        Assert.Empty(RealSources.All.Indications("ALCLOFENAC", "Fibromyalgia"));
    }

    [Fact]
    public void See_also_for_duloxetine_and_fibromyalgia_puts_the_same_class_alternative_first_and_names_only_real_approvals()
    {
        var items = RelatedAnswers.SeeAlso("DULOXETINE", "Fibromyalgia", RealSources.All, null, Classes.Value.ClassesOf("DULOXETINE"));

        // Milnacipran is an SNRI approved for fibromyalgia (DrugCentral): the same-class alternative, listed once, first.
        Assert.Equal("MILNACIPRAN", items[0].Drug);
        Assert.StartsWith("Same class", items[0].Why, StringComparison.Ordinal);
        Assert.Single(items, static i => i.Drug == "MILNACIPRAN");
        // The one other drug DrugCentral approves for fibromyalgia.
        Assert.Equal(["PREGABALIN"], items.Where(static i => i.Why.Contains(" is approved for ", StringComparison.Ordinal)).Select(static i => i.Drug));
        Assert.DoesNotContain(items, static i => i.Drug is "ACETAMINOPHEN" or "ALCLOFENAC" or "ALGELDRATE");
    }

    [Fact]
    public void Drugs_for_restless_legs_are_those_whose_indication_names_it_not_every_sleep_drug()
    {
        // DrugCentral's "Restless Legs Syndrome" rows (checked with grep): gabapentin, gabapentin enacarbil, pramipexole,
        // ropinirole, rotigotine. Its "Sleep disorder"/"Insomnia" drugs (zolpidem...) are not approved for it.
        var drugCentral = new EvidenceSources([RealSources.DrugCentral]);
        Assert.Equal(["GABAPENTIN", "GABAPENTIN ENACARBIL", "PRAMIPEXOLE", "ROPINIROLE", "ROTIGOTINE"], drugCentral.IngredientsIndicatedFor("Restless legs syndrome"));
    }

    [Fact]
    public void Warning_signs_show_another_drugs_label_warning_only_for_that_drug_or_its_class()
    {
        // warning_signs.tsv: "Weight increased" has two condition rows (NHS oedema and obesity pages) and one reaction row
        // from the olanzapine label about antipsychotics. Mirtazapine is an antidepressant, olanzapine an antipsychotic.
        const string Antipsychotic = "Antipsychotics can raise weight, blood sugar and blood fats; ask for your weight, blood sugar and cholesterol to be checked before and during treatment.";
        var mirtazapine = RelatedAnswers.WarningSigns("MIRTAZAPINE", Classes.Value.ClassesOf("MIRTAZAPINE"), "Weight increased");
        Assert.Equal(2, mirtazapine.Count);
        Assert.DoesNotContain(mirtazapine, static s => s.Sign == Antipsychotic);
        Assert.All(mirtazapine, static s => Assert.StartsWith("NHS:", s.Source, StringComparison.Ordinal));

        var olanzapine = RelatedAnswers.WarningSigns("OLANZAPINE", Classes.Value.ClassesOf("OLANZAPINE"), "Weight increased");
        Assert.Equal(3, olanzapine.Count);
        Assert.Contains(olanzapine, static s => s.Sign == Antipsychotic);

        // Without a drug only the condition's own signs; a curated member list works without the imported classes
        // (chlorpromazine is listed under antipsychotics in drug_classes.tsv).
        Assert.Equal(2, RelatedAnswers.WarningSigns("Weight increased").Count);
        Assert.Equal(3, RelatedAnswers.WarningSigns("CHLORPROMAZINE", [], "Weight increased").Count);
    }

    [Fact]
    public void Agranulocytosis_warning_names_mirtazapine_and_clozapine_only()
    {
        // The row says "while taking mirtazapine or clozapine": not advice for sertraline.
        Assert.Single(RelatedAnswers.WarningSigns("MIRTAZAPINE", [], "Agranulocytosis"));
        Assert.Empty(RelatedAnswers.WarningSigns("SERTRALINE", Classes.Value.ClassesOf("SERTRALINE"), "Agranulocytosis"));
    }
}
