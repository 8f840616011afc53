using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Names learned from FAERS rows need a majority with a margin (60% of the name's rows) to be learned.</summary>
public sealed class LearnedMajorityTests
{
    [Fact]
    public void A_clear_majority_is_learned_and_a_split_vote_is_not()
    {
        var builder = new VocabularyBuilder();
        builder.AddLearnedPairs(
        [
            new LearnedNamePair("DIAMICRON", "GLICLAZIDE", 7),
            new LearnedNamePair("DIAMICRON", "METFORMIN HYDROCHLORIDE", 3),
            new LearnedNamePair("SPLITBRAND", "GLICLAZIDE", 5),
            new LearnedNamePair("SPLITBRAND", "METFORMIN", 5),
        ]);
        var vocabulary = builder.Build();
        var resolver = new DrugResolver(vocabulary);
        Assert.Equal(["GLICLAZIDE"], resolver.Resolve("DIAMICRON", null).Ingredients);
        Assert.Empty(resolver.Resolve("SPLITBRAND", null).Ingredients);
        Assert.Equal(1, builder.LearnedNames);
        Assert.Equal(1, builder.LearnedConflicts);
    }

    [Fact]
    public void A_name_FAERS_rows_disagree_on_falls_back_to_a_lower_source()
    {
        var builder = new VocabularyBuilder();
        builder.AddLearnedPairs([new LearnedNamePair("SPLITBRAND", "GLICLAZIDE", 1), new LearnedNamePair("SPLITBRAND", "METFORMIN", 1)]);
        builder.AddProduct("SPLITBRAND", "METFORMIN HYDROCHLORIDE", VocabularySource.OpenFda);
        Assert.Equal(["METFORMIN"], new DrugResolver(builder.Build()).Resolve("SPLITBRAND", null).Ingredients);
    }

    [Fact]
    public void The_share_and_count_thresholds_are_settable()
    {
        var builder = new VocabularyBuilder { LearnedMinShare = 0.8, LearnedMinCount = 3 };
        builder.AddLearnedPairs([new LearnedNamePair("DIAMICRON", "GLICLAZIDE", 7), new LearnedNamePair("DIAMICRON", "METFORMIN", 3), new LearnedNamePair("RAREBRAND", "GLICLAZIDE", 2)]);
        var resolver = new DrugResolver(builder.Build());
        Assert.Empty(resolver.Resolve("DIAMICRON", null).Ingredients);
        Assert.Empty(resolver.Resolve("RAREBRAND", null).Ingredients);
    }

    [Fact]
    public void The_summary_counts_pairs_rows_learned_names_and_conflicts()
    {
        LearnedNamePair[] pairs =
        [
            new("DIAMICRON", "GLICLAZIDE", 7),
            new("DIAMICRON", "METFORMIN", 3),
            new("SPLITBRAND", "GLICLAZIDE", 5),
            new("SPLITBRAND", "METFORMIN", 5),
            new("GLICLAZIDE", "GLICLAZIDE", 4),
        ];
        var summary = LearnedNameSummary.Of(ImportedVocabulary.Empty, pairs);
        Assert.Equal(new LearnedNameSummary(5, 24, 1, 1), summary);
    }

    [Fact]
    public void A_learned_name_with_its_ingredient_beside_it_teaches_the_product_name_alone()
    {
        var builder = new VocabularyBuilder();
        builder.AddLearnedPairs(
        [
            new LearnedNamePair("ZORBAX [FUROSEMIDE]", "FUROSEMIDE", 3),
            new LearnedNamePair("QUIXAL//GLICLAZIDE", "GLICLAZIDE", 2),
            new LearnedNamePair("MIXOL (CAPLET) 500MG", "ACETAMINOPHEN", 1),
            new LearnedNamePair("FUROSEMIDE\\SPIRONOLACTONE (MANUFACTURER UNKNOWN)", "FUROSEMIDE\\SPIRONOLACTONE", 1),
        ]);
        var resolver = new DrugResolver(builder.Build());
        Assert.Equal(["FUROSEMIDE"], resolver.Resolve("ZORBAX", null).Ingredients);
        Assert.Equal(["GLICLAZIDE"], resolver.Resolve("Quixal 30 mg", null).Ingredients);
        Assert.Equal(["ACETAMINOPHEN"], resolver.Resolve("MIXOL", null).Ingredients);
        var forms = NameStructure.LearnedForms("ZORBAX [FUROSEMIDE]", "FUROSEMIDE");
        Assert.Equal(2, forms.Count);
        Assert.Equal("ZORBAX", DrugNameCleaner.Clean(forms[1]));

        // The outside of a combination is a combination, not a product name: nothing more is learned from it.
        Assert.Single(NameStructure.LearnedForms("FUROSEMIDE\\SPIRONOLACTONE (MANUFACTURER UNKNOWN)", "FUROSEMIDE\\SPIRONOLACTONE"));

        // A bracket that says which product it is (the species of an antiserum) keeps the name whole.
        Assert.Single(NameStructure.LearnedForms("ANTISERUM GLOBULIN (RABBIT)", "LAPINE IMMUNE GLOBULIN"));
        Assert.Single(NameStructure.LearnedForms("ZORBAX", "FUROSEMIDE"));
        Assert.Single(NameStructure.LearnedForms("ZORBAX [FUROSEMIDE]", null));
    }

    [Fact]
    public void A_product_name_taught_by_structure_needs_the_same_majority_as_any_learned_name()
    {
        var builder = new VocabularyBuilder();
        builder.AddLearnedPairs(
        [
            new LearnedNamePair("ZORBAX", "METFORMIN", 5),
            new LearnedNamePair("ZORBAX (FUROSEMIDE)", "FUROSEMIDE", 4),
        ]);
        var resolver = new DrugResolver(builder.Build());

        // 5 rows against 4: no set has 60% of ZORBAX's rows, so ZORBAX alone is not learned.
        Assert.Empty(resolver.Resolve("ZORBAX", null).Ingredients);
        Assert.Equal(1, builder.LearnedConflicts);
    }
}
