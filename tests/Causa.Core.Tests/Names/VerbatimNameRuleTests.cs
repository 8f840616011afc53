using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Names;

/// <summary>The structure-aware rules for verbatim names, each on a small vocabulary built here.</summary>
public sealed class VerbatimNameRuleTests
{
    private static readonly Lazy<DrugResolver> Shared = new(() =>
    {
        var builder = new VocabularyBuilder();
        foreach (var name in new[]
        {
            "FUROSEMIDE", "ZOLPIDEM TARTRATE", "SERTRALINE HYDROCHLORIDE", "METOPROLOL SUCCINATE", "AMOXICILLIN", "MORPHINE SULFATE",
            "PREDNISONE", "VALPROIC ACID", "FOLIC ACID", "ASPIRIN", "TRIMETHOPRIM", "SULFAMETHOXAZOLE", "LOPINAVIR", "RITONAVIR",
            "OLMESARTAN MEDOXOMIL", "MOMETASONE FUROATE", "HYDROCHLOROTHIAZIDE", "TRIAMTERENE", "LISINOPRIL", "DICLOFENAC SODIUM",
            "CEFIXIME", "ACETAMINOPHEN", "CODEINE PHOSPHATE", "ZOLEDRONIC ACID", "FLUOXETINE", "CYCLOBENZAPRINE",
            "BETAMETHASONE", "DIPHENHYDRAMINE HCL", "PRAZOSIN HYDROCHLORIDE", "CEFTRIAXONE SODIUM", "GLUTAMINE", "LEVODOPA",
            "AMINO ACIDS", "NIACIN", "CYANOCOBALAMIN", "ALUMINUM HYDROXIDE", "FIBRINOGEN HUMAN", "INSULIN HUMAN", "SODIUM CHLORIDE",
            "WATER", "BILBERRY", "TIMOTHY POLLEN", "RAGWEED POLLEN EXTRACT",
        })
        {
            builder.AddIngredient(name);
        }

        builder.AddProduct("TYLENOL", "ACETAMINOPHEN", VocabularySource.DrugsAtFda);
        builder.AddProduct("FLEXERIL", "CYCLOBENZAPRINE HYDROCHLORIDE", VocabularySource.DrugsAtFda);
        builder.AddProduct("PROZAC", "FLUOXETINE HYDROCHLORIDE", VocabularySource.DrugsAtFda);
        builder.AddProduct("ALLEGRA", "FEXOFENADINE", VocabularySource.DrugsAtFda);
        builder.AddProduct("DOLIPRANE", "ACETAMINOPHEN", VocabularySource.Ema);

        // A national list that names a product after its ingredient's international name.
        builder.AddProduct("PARACETAMOL", "ACETAMINOPHEN", VocabularySource.Ema);
        return new DrugResolver(builder.Build());
    });

    private static DrugResolution Resolve(string name) => Shared.Value.Resolve(name, null);

    [Theory]
    [InlineData("DESAL (FUROSEMIDE)", "FUROSEMIDE")]
    [InlineData("BELSAR (OLMESARTAN MEDOXOMIL)", "OLMESARTAN")]
    [InlineData("AIROMIX [MOMETASONE FUROATE]", "MOMETASONE")]
    [InlineData("FUROSEMIDE (MANUFACTURER UNKNOWN) (FUROSEMIDE)", "FUROSEMIDE")]
    [InlineData("TYLENOL (CAPLET)", "ACETAMINOPHEN")]
    [InlineData("Morphine Sulfate (similar to NDA 19-516)", "MORPHINE")]
    [InlineData("(FUROSEMIDE) - SOLUTION- 85 MG/M2", "FUROSEMIDE")]
    [InlineData("KALETRA CONTINUING (LOPINAVIR/RITONAVIR)", "LOPINAVIR+RITONAVIR")]
    [InlineData("SULFAMETHOZAOLE W/TRIMETHOPRIM (TRIMETHOPRIM, SULFAMETHOXAZOLE)", "SULFAMETHOXAZOLE+TRIMETHOPRIM")]
    [InlineData("NAME (FUROSEMIDE", "FUROSEMIDE")]
    public void A_bracketed_ingredient_or_the_name_outside_noise_brackets_resolves(string name, string expected) =>
        Assert.Equal(expected.Split('+'), Resolve(name).Ingredients);

    [Theory]
    [InlineData("BILBERRY EXTRACT", "BILBERRY")]
    [InlineData("Bilberry extract 60 mg capsules", "BILBERRY")]
    [InlineData("ALLERGENIC EXTRACT TIMOTHY POLLEN", "TIMOTHY POLLEN")]
    [InlineData("TIMOTHY POLLEN EXTRACT", "TIMOTHY POLLEN")]
    public void The_word_extract_beside_a_known_ingredient_is_dropped(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Synonym, r.Kind);
        Assert.Equal(0.9, r.Confidence);
    }

    [Theory]
    [InlineData("RAGWEED POLLEN")]
    [InlineData("ZANTROX EXTRACT")]
    [InlineData("EXTRACT")]
    public void The_word_extract_is_never_added_nor_makes_an_unknown_name_known(string name) =>
        Assert.Empty(Resolve(name).Ingredients);

    [Fact]
    public void Brackets_naming_two_different_ingredients_give_no_answer_from_structure()
    {
        var r = Resolve("UNKNOWNBRAND (FUROSEMIDE) (PREDNISONE)");
        Assert.NotEqual(["FUROSEMIDE"], r.Ingredients);
        Assert.NotEqual(["PREDNISONE"], r.Ingredients);
    }

    [Theory]
    [InlineData("FUROSEMIDE                          /00032601/")]
    [InlineData("FUROSEMIDE 40 MG TABLETS SANDOZ")]
    [InlineData("FUROSEMIDE MERCK")]
    [InlineData("FUROSEMIDE INJECTION EMERGENCY KIT")]
    [InlineData("FUROSEMIDE ORAL SOLUTION CHERRY FLAVOR PEDIATRIC")]
    [InlineData("FUROSEMIDE 20MG/2ML AMPOULES PACK")]
    public void A_name_whose_other_words_are_known_noise_resolves(string name) =>
        Assert.Equal(["FUROSEMIDE"], Resolve(name).Ingredients);

    [Theory]
    [InlineData("ZOLPIDEM TARTATE", "ZOLPIDEM")]
    [InlineData("SERTRALINE HYDROCHORIDE", "SERTRALINE")]
    [InlineData("METOPROLOL SUCCINTE", "METOPROLOL")]
    public void A_misspelt_salt_beside_a_correct_ingredient_resolves_as_a_salt_form(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Salt, r.Kind);
        Assert.True(r.Confidence < 1);
    }

    [Theory]
    [InlineData("AMOXICILLINE", "AMOXICILLIN")]
    [InlineData("AMOXICILINA", "AMOXICILLIN")]
    [InlineData("MORFINA", "MORPHINE")]
    [InlineData("MORPHIN", "MORPHINE")]
    [InlineData("PREDNISON", "PREDNISONE")]
    [InlineData("PREDNISONA", "PREDNISONE")]
    [InlineData("FUROSEMIDA", "FUROSEMIDE")]
    [InlineData("VALPROINEZUUR", "VALPROIC ACID")]
    [InlineData("Valproinsäure", "VALPROIC ACID")]
    [InlineData("Folsäure", "FOLIC ACID")]
    [InlineData("acide valproïque", "VALPROIC ACID")]
    [InlineData("ácido fólico", "FOLIC ACID")]
    [InlineData("Zoledroninezuur", "ZOLEDRONIC ACID")]
    [InlineData("Acetylsalicylzuur", "ASPIRIN")]
    [InlineData("PARACETAMOL", "ACETAMINOPHEN")]
    public void Ingredient_names_in_other_languages_resolve_as_synonyms(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Synonym, r.Kind);
    }

    [Theory]
    [InlineData("HUMANINSULIN", "INSULIN")]
    [InlineData("Humanfibrinogen", "FIBRINOGEN")]
    [InlineData("HUMANGLUTAMINE", "GLUTAMINE")]
    public void A_species_glued_before_a_known_ingredient_is_dropped(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Synonym, r.Kind);
    }

    [Theory]
    [InlineData("HUMANEXOL")]
    [InlineData("HUMANOFLEX")]
    public void A_name_that_only_starts_with_the_species_stays_unknown(string name) =>
        Assert.Empty(Resolve(name).Ingredients);

    [Theory]
    [InlineData("TYLENOLE", "ACETAMINOPHEN")]
    [InlineData("Flexerile", "CYCLOBENZAPRINE")]
    [InlineData("DOLIPRAN", "ACETAMINOPHEN")]
    [InlineData("DOLIPRAN 500 MG", "ACETAMINOPHEN")]
    public void A_brand_with_or_without_the_French_final_e_is_the_brand(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Brand, r.Kind);
        Assert.Equal(0.85, r.Confidence);
    }

    [Theory]
    [InlineData("DOLIPRA")]
    [InlineData("ALLEGR")]
    [InlineData("PROZA")]
    public void A_brand_more_than_a_final_e_away_or_too_short_is_not_taken(string name) =>
        Assert.Empty(Resolve(name).Ingredients);

    [Theory]
    [InlineData("HCTZ + TRIAMTERENE", "HYDROCHLOROTHIAZIDE+TRIAMTERENE")]
    [InlineData("LISINOPRIL WITH HCTZ", "HYDROCHLOROTHIAZIDE+LISINOPRIL")]
    [InlineData("HYDROCODONE/ APAP", null)]
    [InlineData("APAP W/ CODEINE", "ACETAMINOPHEN+CODEINE")]
    [InlineData("ACETAMINOPHEN AND CODEINE", "ACETAMINOPHEN+CODEINE")]
    [InlineData("SULFAMETHOXAZOLE, TRIMETHOPRIM", "SULFAMETHOXAZOLE+TRIMETHOPRIM")]
    public void Combinations_and_ingredient_abbreviations_resolve_to_ingredient_sets(string name, string? expected)
    {
        var r = Resolve(name);
        if (expected is null)
        {
            // HYDROCODONE is not in this vocabulary: a combination with an unknown part is not reported as less than it is.
            Assert.Empty(r.Ingredients);
            return;
        }

        Assert.Equal(expected.Split('+'), r.Ingredients);
    }

    [Fact]
    public void An_unknown_word_with_an_INN_stem_is_a_guess_with_low_confidence()
    {
        var r = Resolve("ONARTUZUMAB.");
        Assert.Equal(["ONARTUZUMAB"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Guess, r.Kind);
        Assert.True(r.Confidence <= 0.6);
        Assert.Empty(Resolve("SKYLUTAMIDE").Ingredients);
        Assert.Empty(Resolve("ZORBIMAB X").Ingredients);
    }

    [Fact]
    public void A_foreign_ending_never_turns_an_unknown_brand_into_an_ingredient_that_is_not_known()
    {
        Assert.Empty(Resolve("LYRICA").Ingredients);
        Assert.Empty(Resolve("DIABEX").Ingredients);
    }

    [Theory]
    [InlineData("BETAMETASON", "BETAMETHASONE")]
    [InlineData("BETAMETASONA", "BETAMETHASONE")]
    [InlineData("PREDNISONUM", "PREDNISONE")]
    [InlineData("DIFENHIDRAMINA", "DIPHENHYDRAMINE")]
    [InlineData("SEFTRIAXONA", "CEFTRIAXONE")]
    public void Spellings_of_other_languages_and_latin_meet_the_ingredient_through_its_spelling_key(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal([expected], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Synonym, r.Kind);
        Assert.True(r.Confidence < 1);
    }

    [Fact]
    public void A_sound_alike_letter_one_edit_away_is_a_misspelling()
    {
        var r = Resolve("PRAZOCIN");
        Assert.Equal(["PRAZOSIN"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Misspelling, r.Kind);
    }

    [Theory]
    [InlineData("PREDNISOLONUM")]
    [InlineData("ALLEGRO")]
    public void A_spelling_key_never_joins_two_different_names(string name) =>
        Assert.Empty(Resolve(name).Ingredients);

    [Fact]
    public void Spelling_keys_merge_sound_alike_letters_and_foreign_endings_only()
    {
        Assert.Equal(SpellingKey.Of("DEXAMETHASONE"), SpellingKey.Of("DEXAMETASON"));
        Assert.Equal(SpellingKey.Of("TRIHEXYPHENIDYL"), SpellingKey.Of("TRIHEXIFENIDIL"));
        Assert.Equal(SpellingKey.Of("FUROSEMIDE"), SpellingKey.Of("FUROSEMIDUM"));
        Assert.NotEqual(SpellingKey.Of("PREDNISONE"), SpellingKey.Of("PREDNISOLONE"));
        Assert.NotEqual(SpellingKey.Of("CHLORPROMAZINE"), SpellingKey.Of("CHLORPROPAMIDE"));
        Assert.Equal("ABCDE", SpellingKey.Of("ABCDE"));
    }

    [Fact]
    public void A_french_brand_spelling_with_a_final_e_is_the_brand()
    {
        var r = Resolve("FLEXERILE");
        Assert.Equal(["CYCLOBENZAPRINE"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Brand, r.Kind);
        Assert.True(r.Confidence < 1);
    }

    [Theory]
    [InlineData("APO-FLUOXETINE", "FLUOXETINE")]
    [InlineData("NOVO-FUROSEMIDE 40MG", "FUROSEMIDE")]
    [InlineData("PMS-LISINOPRIL", "LISINOPRIL")]
    [InlineData("FUROSEMIDE FILMTABLETTEN", "FUROSEMIDE")]
    [InlineData("FUROSEMIDE 40 MG COMPRIMES SECABLES", "FUROSEMIDE")]
    [InlineData("FUROSEMIDE COMPRIMIDOS", "FUROSEMIDE")]
    [InlineData("FUROSEMIDE TABLETTEN", "FUROSEMIDE")]
    [InlineData("FUROSEMIDE PILL", "FUROSEMIDE")]
    [InlineData("COMPARATOR FUROSEMIDE", "FUROSEMIDE")]
    [InlineData("FUROSEMIDE OTC", "FUROSEMIDE")]
    public void Maker_prefixes_and_dose_forms_in_five_languages_are_noise(string name, string expected) =>
        Assert.Equal([expected], Resolve(name).Ingredients);

    [Fact]
    public void A_maker_prefix_before_an_unknown_word_resolves_nothing() =>
        Assert.Empty(Resolve("APO-ZORBAXIL").Ingredients);

    [Theory]
    [InlineData("CODEINE,PARACETAMOL", "ACETAMINOPHEN+CODEINE")]
    [InlineData("PARACETAMOL CODEINE", "ACETAMINOPHEN+CODEINE")]
    [InlineData("VIT B12", "CYANOCOBALAMIN")]
    [InlineData("VITAMIN B3", "NIACIN")]
    [InlineData("ALUMINIUM HYDROXIDE", "ALUMINUM HYDROXIDE")]
    [InlineData("L-GLUTAMINE", "GLUTAMINE")]
    [InlineData("L-DOPA", "LEVODOPA")]
    [InlineData("ASPIRIN DL-LYSINE", "ASPIRIN")]
    [InlineData("CEFTRIAXONE NA", "CEFTRIAXONE")]
    [InlineData("AMINO ACID", "AMINO ACIDS")]
    [InlineData("HUMAN FIBRINOGEN", "FIBRINOGEN")]
    [InlineData("INSULIN, HUMAN", "INSULIN")]
    public void Comma_lists_vitamin_numbers_british_spellings_stereo_descriptors_and_qualifiers_resolve(string name, string expected) =>
        Assert.Equal(expected.Split('+'), Resolve(name).Ingredients);

    [Fact]
    public void An_unknown_word_with_salt_words_is_a_guess_and_without_them_is_not()
    {
        var r = Resolve("ZAPROMELIN MESYLATE");
        Assert.Equal(["ZAPROMELIN"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Guess, r.Kind);
        Assert.True(r.Confidence <= 0.6);
        Assert.Empty(Resolve("ZAPROMELIN").Ingredients);
        Assert.Empty(Resolve("ZAPROMELIN FORTE").Ingredients);
        Assert.Empty(Resolve("ZAP MESYLATE").Ingredients);
    }

    [Fact]
    public void A_name_in_the_coded_backslash_form_names_its_substances_as_a_guess()
    {
        var r = Resolve("HERBALS\\WILLOW BARK");
        Assert.Equal(["WILLOW BARK"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Guess, r.Kind);
        Assert.Equal(["FOLIC ACID", "WILLOW BARK"], Resolve("FOLIC ACID\\WILLOW BARK").Ingredients);

        Assert.Equal(["WILLOW BARK"], Resolve("WILLOW BARK NOS").Ingredients);

        // Typed by a reporter with a slash, an unknown part still leaves the combination unresolved.
        Assert.Empty(Resolve("FOLIC ACID/WILLOW BARK").Ingredients);
        Assert.Empty(Resolve("WILLOW BARK").Ingredients);
    }

    [Theory]
    [InlineData("CO-AMOXICLAV", "AMOXICILLIN+CLAVULANATE")]
    [InlineData("COAMOXICLAV 625MG", "AMOXICILLIN+CLAVULANATE")]
    [InlineData("Co-careldopa", "CARBIDOPA+LEVODOPA")]
    [InlineData("CO-TRIMOXAZOLE", "SULFAMETHOXAZOLE+TRIMETHOPRIM")]
    public void British_combination_names_resolve_to_their_ingredients(string name, string expected)
    {
        var r = Resolve(name);
        Assert.Equal(expected.Split('+'), r.Ingredients);
        Assert.Equal(DrugResolutionKind.Synonym, r.Kind);
    }

    [Theory]
    [InlineData("NORMAL SALINE", "SODIUM CHLORIDE")]
    [InlineData("STERILE WATER", "WATER")]
    [InlineData("AAS 100 MG", "ASPIRIN")]
    [InlineData("MORPHIN SULFAT", "MORPHINE")]
    [InlineData("DICLOFENACO SODICO 50 MG COMPRIMIDOS", "DICLOFENAC")]
    public void Common_names_abbreviations_and_foreign_salt_spellings_resolve(string name, string expected) =>
        Assert.Equal([expected], Resolve(name).Ingredients);

    [Fact]
    public void The_cleaner_drops_species_qualifiers_and_leading_stereo_descriptors_and_respells_british_words()
    {
        Assert.Equal("INSULIN", DrugNameCleaner.Clean("INSULIN HUMAN"));
        Assert.Equal("FIBRINOGEN", DrugNameCleaner.Clean("Human fibrinogen"));
        Assert.Equal("HUMAN", DrugNameCleaner.Clean("HUMAN"));
        Assert.Equal("CALCITONIN SALMON", DrugNameCleaner.Clean("CALCITONIN SALMON"));
        Assert.Equal("PANTOTHENATE", DrugNameCleaner.Clean("CALCIUM D-PANTOTHENATE"));
        Assert.Equal("L DOPA", DrugNameCleaner.Clean("L-DOPA"));
        Assert.Equal("VITAMIN D", DrugNameCleaner.Clean("VIT D"));
        Assert.Equal("MORPHINE", DrugNameCleaner.Clean("MORPHINE SULPHATE"));
        Assert.Equal("ESTRADIOL", DrugNameCleaner.Clean("OESTRADIOL"));
        Assert.Equal("DEXKETOPROFEN", DrugNameCleaner.Clean("DEXKETOPROFEN TROMETAMOL"));
        Assert.Equal("DARUNAVIR", DrugNameCleaner.Clean("DARUNAVIR ETHANOLATE"));
        Assert.Equal("MORPHIN", DrugNameCleaner.Clean("MORPHIN SULFAT"));
        Assert.Equal("METOPROLOL", DrugNameCleaner.Clean("METOPROLOL SUCCINATO"));
        Assert.Equal("SERTRALIN", DrugNameCleaner.Clean("SERTRALIN HYDROCHLORID"));
        Assert.Equal("DICLOFENAC", DrugNameCleaner.Clean("DICLOFENAC NATRIUM"));
        Assert.Equal("DICLOFENAC", DrugNameCleaner.Clean("DICLOFENAC SODIQUE"));
        Assert.Equal("SODIUM CHLORIDE", DrugNameCleaner.Clean("SODIUM CHLORIDE"));
        Assert.Equal("PERINDOPRIL", DrugNameCleaner.Clean("PERINDOPRIL TERT-BUTYLAMINE"));
        Assert.Equal("PREDNISOLONE", DrugNameCleaner.Clean("PREDNISOLONE SODIUM METAZOATE"));
    }
}
