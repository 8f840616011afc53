using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Tests.Sources;
using Causa.Core.Tests.Vocabulary;
using Causa.Core.Verdicts;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Names;

public sealed class DrugClassResolverTests
{
    private static readonly Lazy<DrugClassResolver> Real = new(() => new DrugClassResolver(RealVocabulary.All.Classes));

    [Theory]
    [InlineData("antidepressants", "en")]
    [InlineData("antidepressiva", "nl")]
    [InlineData("Antidepressiva", "de")]
    [InlineData("antidépresseurs", "fr")]
    [InlineData("antidepresivos", "es")]
    public void Class_words_in_five_languages_name_the_same_class_with_its_members(string words, string language)
    {
        var c = Real.Value.Resolve(words);
        Assert.NotNull(c);
        Assert.Equal("antidepressants", c.Key);
        Assert.Equal("class-words", c.Origin);
        // Independent reference: WHO ATC N06AB (SSRIs) and N06AX members every antidepressant list includes.
        Assert.Contains("SERTRALINE", c.Members);
        Assert.Contains("MIRTAZAPINE", c.Members);
        Assert.Contains("AMITRIPTYLINE", c.Members);
        Assert.DoesNotContain("ATORVASTATIN", c.Members);
        Assert.NotEmpty(language);
    }

    [Fact]
    public void The_classes_of_an_ingredient_are_the_curated_classes_that_list_it_narrowest_first()
    {
        // Reference: every curated class resolved through one of its words, kept when it lists the ingredient, ordered by
        // member count then key; for every ingredient of every curated class, one not in any class, and blank-padded case.
        var resolver = Real.Value;
        var curated = ClassWordTable.Words.GroupBy(static w => w.ClassKey, StringComparer.Ordinal)
            .Select(g => resolver.Resolve(g.First().Word))
            .OfType<DrugClassResolution>()
            .Where(static c => c.Origin == "class-words")
            .ToList();
        Assert.True(curated.Count > 10, $"expected the curated classes, found {curated.Count}");
        var ingredients = curated.SelectMany(static c => c.Members).Distinct(StringComparer.Ordinal).Append("NOT AN INGREDIENT").ToList();
        foreach (var ingredient in ingredients)
        {
            var expected = curated.Where(c => c.Members.Contains(ingredient, StringComparer.Ordinal))
                .OrderBy(static c => c.Members.Count).ThenBy(static c => c.Key, StringComparer.Ordinal)
                .Select(static c => (c.Key, c.Name, string.Join(",", c.Members))).ToList();
            var actual = resolver.ClassesOf(" " + ingredient.ToLowerInvariant() + " ").Select(static c => (c.Key, c.Name, string.Join(",", c.Members))).ToList();
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void Ssris_are_the_six_atc_n06ab_ingredients()
    {
        var c = Real.Value.Resolve("SSRIs");
        Assert.NotNull(c);
        Assert.Equal(["CITALOPRAM", "ESCITALOPRAM", "FLUOXETINE", "FLUVOXAMINE", "PAROXETINE", "SERTRALINE"], c.Members);
    }

    [Fact]
    public void Statins_take_their_members_from_the_drugcentral_class_by_exact_name()
    {
        var c = Real.Value.Resolve("statines");
        Assert.NotNull(c);
        Assert.Contains("ATORVASTATIN", c.Members);
        Assert.Contains("SIMVASTATIN", c.Members);
        Assert.All(c.Members, m => Assert.EndsWith("STATIN", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_drugcentral_class_name_matches_only_in_full()
    {
        var c = Real.Value.Resolve("tricyclic antidepressant");
        Assert.NotNull(c);
        Assert.Contains("AMITRIPTYLINE", c.Members);
        var exact = Real.Value.Resolve("Food Additives");
        Assert.NotNull(exact);
        Assert.Equal("drugcentral", exact.Origin);
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("food")]
    [InlineData("stat")]
    [InlineData("anti")]
    [InlineData("inhibitor")]
    [InlineData("")]
    public void Parts_of_class_names_are_not_classes(string words) => Assert.Null(Real.Value.Resolve(words));

    [Theory]
    [InlineData("foo")]
    [InlineData("addit")]
    [InlineData("antidepress")]
    public void The_class_filter_matches_no_class_by_a_shared_root(string words) =>
        Assert.Empty(DrugClassMatcher.Find(RealVocabulary.All.Classes, words));

    [Fact]
    public void The_class_filter_still_matches_whole_words_and_aliases()
    {
        Assert.Contains(DrugClassMatcher.Find(RealVocabulary.All.Classes, "food additives"), static c => c.Name == "Food Additives");
        Assert.NotEmpty(DrugClassMatcher.Find(RealVocabulary.All.Classes, "statins"));
        Assert.NotEmpty(DrugClassMatcher.Find(RealVocabulary.All.Classes, "antipsychotic"));
    }

    [Fact]
    public void Suggestions_are_close_spellings_never_unrelated_names()
    {
        Assert.Contains("Antidepressants", Real.Value.Suggest("antidepresants"));
        Assert.Empty(Real.Value.Suggest("foo"));
        Assert.DoesNotContain(Real.Value.Suggest("antidepressant for back pain"), s => s.Contains("COAGULANT", StringComparison.OrdinalIgnoreCase));
        Assert.All(Real.Value.Suggest("statns"), s => Assert.Contains("statin", s, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Class_answer_lists_each_member_and_says_mixed_with_the_members_that_stand_out()
    {
        var ssri = Real.Value.Resolve("SSRIs")!;
        var answer = ClassAssessor.Assess(ssri, "Nausea", RealSources.All);
        Assert.Equal(ssri.Members, answer.Members.Select(static m => m.Drug));
        var sertraline = EvidenceAssessor.Assess("SERTRALINE", "Nausea", null, RealSources.All);
        Assert.Equal(sertraline.Cause.Verdict, answer.Members.Single(static m => m.Drug == "SERTRALINE").Cause.Verdict);
        var distinct = answer.Members.Where(static m => m.Cause.Verdict != "insufficient-data").Select(static m => m.Cause.Verdict).Distinct().ToList();
        Assert.Equal(distinct.Count == 1 ? distinct[0] : ClassAssessor.Mixed, answer.CauseVerdict);
        Assert.Equal(answer.HelpVerdict == ClassAssessor.Mixed, answer.StandOut.Any(static s => s.Contains("does it help?", StringComparison.Ordinal)));
    }

    [Fact]
    public void Class_verdict_is_shared_when_members_agree_and_mixed_with_stand_outs_when_they_differ()
    {
        var c = new DrugClassResolution("x", "X", "x", "class-words", ["A", "B", "C", "D"], []);
        EvidenceAnswer Answer(string drug, CauseVerdict cause, HelpVerdict help) =>
            new(drug, "T", new CauseAssessment(cause, []), new HelpAssessment(help, []), false, []);

        var same = ClassAssessor.Assess(c, d => Answer(d, CauseVerdict.Possible, HelpVerdict.NoneFound));
        Assert.Equal("possible", same.CauseVerdict);
        Assert.Equal("none-found", same.HelpVerdict);
        Assert.Empty(same.StandOut);

        var mixed = ClassAssessor.Assess(c, d => d == "B" ? Answer(d, CauseVerdict.Established, HelpVerdict.Approved) : d == "C" ? Answer(d, CauseVerdict.InsufficientData, HelpVerdict.NoneFound) : Answer(d, CauseVerdict.NoneFound, HelpVerdict.NoneFound));
        Assert.Equal("mixed", mixed.CauseVerdict);
        Assert.Equal("mixed", mixed.HelpVerdict);
        // Written in the words of the answer page, not the JSON codes (established, none-found).
        Assert.Equal(["B: can it cause? Yes (most members: no sign of it).", "B: does it help? Yes (most members: not a known use)."], mixed.StandOut);
        Assert.Equal("insufficient-data", mixed.Members[2].Cause.Verdict);
    }

    [Fact]
    public void Class_json_has_the_documented_shape()
    {
        var c = new DrugClassResolution("x", "SSRIs", "ssri", "class-words", ["SERTRALINE"], []);
        var answer = ClassAssessor.Assess(c, d => new EvidenceAnswer(d, "T", new CauseAssessment(CauseVerdict.Weak, []), new HelpAssessment(HelpVerdict.OffLabel, []), false, []));
        var json = System.Text.Json.JsonSerializer.Serialize(answer, new System.Text.Json.JsonSerializerOptions { PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower });
        Assert.Equal("""{"name":"SSRIs","members":[{"drug":"SERTRALINE","cause":{"verdict":"weak"},"help":{"verdict":"off-label"}}]}""", json);
    }
}
