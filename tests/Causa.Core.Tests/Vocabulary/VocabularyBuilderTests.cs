using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;

namespace Causa.Core.Tests.Vocabulary;

public sealed class VocabularyBuilderTests
{
    [Fact]
    public void Drugs_at_FDA_wins_over_a_learned_mapping_for_the_same_brand()
    {
        var builder = new VocabularyBuilder();
        builder.AddLearnedPairs([new LearnedNamePair("DESYREL", "NEFAZODONE", 500)]);
        builder.AddProduct("DESYREL", "TRAZODONE HYDROCHLORIDE", VocabularySource.DrugsAtFda, 1);

        var brand = Assert.Single(builder.Build().Brands, b => b.Name == "DESYREL");
        Assert.Equal(["TRAZODONE"], brand.Ingredients);
        Assert.Equal(VocabularySource.DrugsAtFda, brand.Source);
    }

    [Fact]
    public void Learned_mapping_fills_brands_the_regulators_do_not_list()
    {
        var builder = new VocabularyBuilder();
        builder.AddProduct("REMERON", "MIRTAZAPINE", VocabularySource.DrugsAtFda);
        builder.AddLearnedPairs([new LearnedNamePair("REMERON SOLTAB", "MIRTAZAPINE", 3)]);

        Assert.Contains(builder.Build().Brands, b => b.Name == "REMERON" && b.Source == VocabularySource.DrugsAtFda);
    }

    [Fact]
    public void A_name_listed_as_an_ingredient_never_becomes_a_brand_of_something_else()
    {
        var builder = new VocabularyBuilder();
        builder.AddIngredient("CODEINE");
        builder.AddLearnedPairs([new LearnedNamePair("CODEINE", "ACETAMINOPHEN\\CODEINE PHOSPHATE", 50)]);

        Assert.DoesNotContain(builder.Build().Brands, b => b.Name == "CODEINE");
    }

    [Fact]
    public void International_names_become_synonyms_of_the_US_name()
    {
        var builder = new VocabularyBuilder();
        builder.AddProduct("Panadol", "paracetamol", VocabularySource.Ema);
        var vocabulary = builder.Build();

        Assert.Contains("ACETAMINOPHEN", vocabulary.Ingredients);
        Assert.DoesNotContain("PARACETAMOL", vocabulary.Ingredients);
        Assert.Contains(vocabulary.Brands, b => b.Name == "PANADOL" && b.Ingredients.SequenceEqual(["ACETAMINOPHEN"]));
        Assert.Equal(DrugResolutionKind.Synonym, new DrugResolver(vocabulary).Lookup("paracetamol").Kind);
    }

    [Fact]
    public void Ema_class_referrals_do_not_map_a_brand_to_every_listed_substance()
    {
        const string Ema = "\uFEFFActive substance,Brand name,EU Number,Human or veterinary,Procedure type,\n" +
            "\"Citalopram, Sertraline and Venlafaxine\",Sertralin,,Human,Referral,\n" +
            "ambroxol / bromhexine,Mucosolvan,,Human,Referral,\n" +
            "mirtazapine,Remeron,,Human,Referral,\n" +
            "amlodipine / valsartan,Exforge,EU/1/06/370,Human,Centralised - Authorised,\n" +
            "meloxicam,Metacam,EU/2/97/004,Veterinary,Centralised - Authorised,\n";
        var builder = new VocabularyBuilder();
        var result = VocabularyImporter.ImportText(new StringReader(Ema), "ema.txt", builder);
        var brands = builder.Build().Brands.ToDictionary(b => b.Name, b => string.Join("+", b.Ingredients));

        Assert.True(result.Succeeded);
        Assert.Equal(VocabularySource.Ema, result.Source);
        Assert.Equal(5, result.Rows);
        Assert.False(brands.ContainsKey("SERTRALIN"));
        Assert.False(brands.ContainsKey("MUCOSOLVAN"));
        Assert.False(brands.ContainsKey("METACAM"));
        Assert.Equal("MIRTAZAPINE", brands["REMERON"]);
        Assert.Equal("AMLODIPINE+VALSARTAN", brands["EXFORGE"]);
    }

    [Fact]
    public void Drugs_at_FDA_and_DrugCentral_classes_are_recognised_and_read()
    {
        const string Products = "ApplNo\tProductNo\tForm\tStrength\tReferenceDrug\tDrugName\tActiveIngredient\tReferenceStandard\r\n" +
            "020415\t001\tTABLET;ORAL\t15MG\t1\tREMERON\tMIRTAZAPINE\t0\r\n" +
            "018207\t001\tTABLET;ORAL\t50MG\t0\tDESYREL\tTRAZODONE HYDROCHLORIDE\t0\r\n" +
            "broken line\r\n";
        const string Classes = "DRUG_ID\tDRUG_NAME\tTYPE\tCLASS_SOURCE_ID\tCLASS\tSOURCE\n" +
            "1\tsertraline\tEPC\tN1\tSerotonin Reuptake Inhibitor\tFDA\n" +
            "2\tfluoxetine\tEPC\tN1\tSerotonin Reuptake Inhibitor\tFDA\n" +
            "3\tamitriptyline\tEPC\tN2\tTricyclic Antidepressant\tFDA\n" +
            "4\tsertraline\thas role\tC1\tantidepressant\tCHEBI\n";
        var builder = new VocabularyBuilder();
        var products = VocabularyImporter.ImportText(new StringReader(Products), "Products.txt", builder);
        var classes = VocabularyImporter.ImportText(new StringReader(Classes), "pharm_class.tsv", builder);
        var resolver = new DrugResolver(builder.Build());

        Assert.Equal((3L, 1L), (products.Rows, products.Rejected));
        Assert.Equal(VocabularySource.DrugCentral, classes.Source);
        Assert.Equal(["TRAZODONE"], resolver.Lookup("Desyrel 50 mg").Ingredients);
        Assert.Equal(["FLUOXETINE", "SERTRALINE"], resolver.IngredientsOfClass("SSRIs"));
        Assert.Equal(["AMITRIPTYLINE"], resolver.IngredientsOfClass("tricyclic antidepressants"));
    }

    [Fact]
    public void Unrecognised_or_missing_files_are_results_with_the_file_name()
    {
        var builder = new VocabularyBuilder();
        var unknown = VocabularyImporter.ImportText(new StringReader("a,b,c\n1,2,3\n"), "mystery.csv", builder);
        var missing = VocabularyImporter.Import("/nonexistent/Products.txt", builder);

        Assert.False(unknown.Succeeded);
        Assert.StartsWith("mystery.csv, line 1: format not recognised", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/Products.txt: file not found", missing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sider_lowest_level_terms_become_event_synonyms_of_their_preferred_term()
    {
        const string Sider = "CID1\tCID2\tC0000729\tLLT\tC0000729\tAbdominal cramps\n" +
            "CID1\tCID2\tC0000729\tPT\tC0000737\tAbdominal pain\n" +
            "CID1\tCID2\tC0004604\tLLT\tC0004604\tBackache\n" +
            "CID1\tCID2\tC0004604\tPT\tC0004604\tBack pain\n" +
            "CID1\tCID2\tC0004604\tLLT\tC0004604\tBack pain\n";
        var builder = new VocabularyBuilder();
        VocabularyImporter.ImportText(new StringReader(Sider), "meddra_all_se.tsv", builder);
        var resolver = new TermResolver(builder.Build());

        Assert.Equal("Abdominal pain", resolver.Lookup("abdominal cramps").Match);
        Assert.Equal(TermMatchKind.Synonym, resolver.Lookup("abdominal cramps").Kind);
    }
}
