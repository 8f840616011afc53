using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Core.Tests.Vocabulary;

public sealed class TermResolverTests
{
    private static readonly TermResolver Resolver = new();

    [Theory]
    [InlineData("backache", "Back pain", TermMatchKind.LayTerm, "en")]
    [InlineData("belly fat", "Weight increased", TermMatchKind.LayTerm, "en")]
    [InlineData("can't sleep", "Insomnia", TermMatchKind.LayTerm, "en")]
    [InlineData("restless legs", "Restless legs syndrome", TermMatchKind.LayTerm, "en")]
    [InlineData("brain fog", "Cognitive disorder", TermMatchKind.LayTerm, "en")]
    [InlineData("pins and needles", "Paraesthesia", TermMatchKind.LayTerm, "en")]
    [InlineData("rugpijn", "Back pain", TermMatchKind.Language, "nl")]
    [InlineData("hoofdpijn", "Headache", TermMatchKind.Language, "nl")]
    [InlineData("angst", "Anxiety", TermMatchKind.Language, "nl")]
    [InlineData("Rückenschmerzen", "Back pain", TermMatchKind.Language, "de")]
    [InlineData("mal de dos", "Back pain", TermMatchKind.Language, "fr")]
    [InlineData("dolor de espalda", "Back pain", TermMatchKind.Language, "es")]
    public void Everyday_words_resolve_to_their_preferred_term(string text, string term, TermMatchKind kind, string language)
    {
        var r = Resolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(kind, r.Kind);
        Assert.Equal(language, r.Language);
        Assert.Equal(1, r.Confidence);
    }

    [Fact]
    public void Preferred_terms_match_themselves_in_any_case()
    {
        var r = Resolver.Lookup("RESTLESS LEGS SYNDROME");
        Assert.Equal("Restless legs syndrome", r.Match);
        Assert.Equal(TermMatchKind.Exact, r.Kind);
    }

    [Fact]
    public void Related_terms_are_listed_but_not_merged()
    {
        var r = Resolver.Lookup("back pain");
        Assert.Equal("Back pain", r.Match);
        Assert.Contains("Sciatica", r.Related);
        Assert.Equal("Sciatica", Resolver.Lookup("sciatica").Match);
    }

    [Fact]
    public void Typos_resolve_as_misspellings_with_lower_confidence()
    {
        var r = Resolver.Lookup("insomina");
        Assert.Equal("Insomnia", r.Match);
        Assert.Equal(TermMatchKind.Misspelling, r.Kind);
        Assert.True(r.Confidence < 1);
    }

    [Fact]
    public void Nothing_resolvable_gives_suggestions()
    {
        var r = Resolver.Lookup("zzqxv");
        Assert.Null(r.Match);
        Assert.Equal(TermMatchKind.Unresolved, r.Kind);
        Assert.Empty(Resolver.Lookup("   ").Suggestions);
    }

    [Fact]
    public void Wordings_of_two_terms_are_ambiguous_with_choices()
    {
        // "oorsuizen en piepen": ringing ears (Tinnitus) and wheezing (Wheezing) in one phrase.
        var r = Resolver.Lookup("oorsuizen en piepen");
        Assert.Equal(TermMatchKind.Ambiguous, r.Kind);
        Assert.Null(r.Match);
        Assert.Equal(["Tinnitus", "Wheezing"], r.Alternatives.Select(a => a.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Known_store_terms_extend_what_matches_exactly()
    {
        var withStore = new TermResolver(null, ["Hepatic steatosis"]);
        Assert.Equal(TermMatchKind.Exact, withStore.Lookup("hepatic steatosis").Kind);
        Assert.Contains("Hepatic steatosis", withStore.Complete("hepatic s"));
    }

    [Fact]
    public void Lexicon_entries_name_only_five_languages()
    {
        Assert.All(LayTermLexicon.All, e => Assert.Contains(e.Language, LayTermLexicon.Languages));
        Assert.True(LayTermLexicon.All.Select(e => e.PreferredTerm).Distinct().Count() >= 300);
    }

    // Store terms as FAERS reports them (MedDRA's British spellings), including near neighbours that must not be taken.
    private static readonly TermResolver StoreResolver = new(null,
    [
        "Ischaemic stroke", "Oesophagitis", "Gastrooesophageal reflux disease", "Lymphoedema", "Angioedema", "Leukaemia",
        "Tumour pain", "Anaesthesia", "Haemorrhage", "Diarrhoea", "Paediatric autoimmune neuropsychiatric disorders", "Vitamin D deficiency",
        "Vitamin B1 deficiency", "Hepatitis C", "Hepatitis B", "Stress", "Post-traumatic stress disorder", "Hypoglycaemia",
        "Dyspnoea", "Oedema peripheral", "Type 1 diabetes mellitus", "Type 2 diabetes mellitus",
    ]);

    [Theory]
    [InlineData("Ischemic stroke", "Ischaemic stroke")]
    [InlineData("esophagitis", "Oesophagitis")]
    [InlineData("gastroesophageal reflux disease", "Gastrooesophageal reflux disease")]
    [InlineData("lymphedema", "Lymphoedema")]
    [InlineData("angioedema", "Angioedema")]
    [InlineData("leukemia", "Leukaemia")]
    [InlineData("tumor pain", "Tumour pain")]
    [InlineData("anesthesia", "Anaesthesia")]
    [InlineData("hemorrhage", "Haemorrhage")]
    [InlineData("hypoglycemia", "Hypoglycaemia")]
    [InlineData("dyspnea", "Dyspnoea")]
    [InlineData("edema peripheral", "Oedema peripheral")]
    public void American_spellings_match_British_preferred_terms_exactly(string text, string term)
    {
        var r = StoreResolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(TermMatchKind.Exact, r.Kind);
        Assert.Equal(1, r.Confidence);
    }

    [Theory]
    [InlineData("anaemia", "anemia")]
    [InlineData("ischaemic", "ischemic")]
    [InlineData("oesophageal", "esophageal")]
    [InlineData("gastrooesophageal", "gastroesophageal")]
    [InlineData("diarrhoea", "diarrhea")]
    [InlineData("oedema", "edema")]
    [InlineData("haemorrhage", "hemorrhage")]
    [InlineData("tumours", "tumors")]
    [InlineData("paediatric", "pediatric")]
    [InlineData("sulphonamide", "sulfonamide")]
    [InlineData("paralysed", "paralyzed")]
    public void Spelling_rule_folds_British_and_American_forms_together(string british, string american) =>
        Assert.Equal(TermText.FoldSpellings(american), TermText.FoldSpellings(british));

    [Theory]
    [InlineData("toe pain")]
    [InlineData("aerophagia")]
    [InlineData("angioedema")]
    [InlineData("shoe")]
    public void Spelling_rule_leaves_words_that_only_look_British(string text) =>
        Assert.Equal(text, TermText.FoldSpellings(text));

    [Theory]
    [InlineData("Vitamin B6 deficiency")]
    [InlineData("vitamin b6 deficiency")]
    [InlineData("hepatitis D")]
    [InlineData("traumatic stress")]
    [InlineData("type 3 diabetes")]
    public void A_reading_that_drops_a_meaningful_word_is_never_taken(string text)
    {
        var r = StoreResolver.Lookup(text);
        Assert.Null(r.Match);
        Assert.NotEqual(TermMatchKind.Exact, r.Kind);
    }

    [Fact]
    public void A_dropped_word_is_reported_as_partial_with_the_reading_as_alternative()
    {
        // "traumatic" beside "stress" belongs to Post-traumatic stress disorder, whose extra word "post" is no generic head.
        var r = StoreResolver.Lookup("traumatic stress");
        Assert.Equal(TermMatchKind.Partial, r.Kind);
        Assert.Null(r.Match);
        Assert.Equal(0, r.Confidence);
        Assert.Contains(r.Alternatives, a => a.Term == "Stress" && a.Kind == TermMatchKind.Partial);
        Assert.Contains("Stress", r.Suggestions);
    }

    // Terms whose words beyond a typed phrase are generic heads, beside near neighbours that add a word of substance.
    private static readonly TermResolver HeadResolver = new(null,
    [
        "Stress", "Post-traumatic stress disorder", "Obsessive-compulsive disorder", "Obsessive-compulsive personality disorder",
        "Irritable bowel syndrome", "Bowel movement irregularity", "Bipolar disorder", "Bipolar II disorder", "Cushing's syndrome",
        "Cushing's disease", "Sleep disorder", "Raynaud's phenomenon", "Tourette's disorder", "Coeliac disease", "Vitamin B12 deficiency",
        "Disease progression", "Condition aggravated", "Liver disorder", "Chronic kidney disease",
    ]);

    [Theory]
    [InlineData("post traumatic stress", "Post-traumatic stress disorder")]
    [InlineData("Post-traumatic stress", "Post-traumatic stress disorder")]
    [InlineData("obsessive compulsive", "Obsessive-compulsive disorder")]
    [InlineData("irritable bowel", "Irritable bowel syndrome")]
    [InlineData("bipolar", "Bipolar disorder")]
    [InlineData("celiac", "Coeliac disease")]
    [InlineData("tourettes", "Tourette's disorder")]
    [InlineData("stress post traumatic", "Post-traumatic stress disorder")]
    public void A_term_whose_only_extra_words_are_generic_heads_is_a_full_reading(string text, string term)
    {
        var r = HeadResolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(TermMatchKind.Synonym, r.Kind);
        Assert.Equal(0.9, r.Confidence);
    }

    [Theory]
    [InlineData("compulsive")]
    [InlineData("obsessive personality")]
    [InlineData("traumatic stress")]
    [InlineData("vitamin deficiency")]
    [InlineData("aggravated")]
    [InlineData("liver")]
    [InlineData("kidney")]
    public void A_term_that_adds_a_word_of_substance_is_not_a_full_reading(string text) =>
        Assert.Null(HeadResolver.Lookup(text).Match);

    [Theory]
    [InlineData("pulmonar intersticial", "Interstitial lung disease")]
    [InlineData("cognitivo", "Cognitive disorder")]
    [InlineData("digestifs", "Gastrointestinal disorder")]
    public void In_other_languages_the_generic_head_may_come_first(string text, string term)
    {
        var r = Resolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(TermMatchKind.Synonym, r.Kind);
    }

    [Fact]
    public void An_English_wording_with_its_head_first_is_no_full_reading()
    {
        // "trouble breathing" is an English wording of Dyspnoea: "breathing" alone is not read through it.
        Assert.NotEqual(TermMatchKind.Synonym, Resolver.Lookup("breathing").Kind);
    }

    [Fact]
    public void Two_terms_with_as_few_generic_heads_are_ambiguous()
    {
        var r = HeadResolver.Lookup("cushings");
        Assert.Equal(TermMatchKind.Ambiguous, r.Kind);
        Assert.Null(r.Match);
        Assert.Equal(["Cushing's disease", "Cushing's syndrome"], r.Alternatives.Select(a => a.Term).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_generic_head_typed_alone_or_beside_the_same_words_keeps_its_exact_answer()
    {
        Assert.Equal(TermMatchKind.Exact, HeadResolver.Lookup("post traumatic stress disorder").Kind);
        Assert.Equal("Stress", HeadResolver.Lookup("stress").Match);
        Assert.Null(HeadResolver.Lookup("disorder").Match);
    }

    [Fact]
    public void A_word_that_cannot_change_the_meaning_may_be_dropped_as_a_partial_match()
    {
        var r = Resolver.Lookup("my lower back is killing me");
        Assert.Equal("Back pain", r.Match);
        Assert.Equal(TermMatchKind.Partial, r.Kind);
        Assert.Equal(0.8, r.Confidence);
    }

    [Fact]
    public void A_spelling_correction_never_changes_a_number_or_a_letter()
    {
        Assert.NotEqual("Vitamin B1 deficiency", StoreResolver.Lookup("vitamin B12 deficiency").Match);
        Assert.Equal("Vitamin B12 deficiency", StoreResolver.Lookup("vitamin B12 deficiency").Match);
        Assert.NotEqual("Vitamin B1 deficiency", StoreResolver.Lookup("vitamin B13 deficiency").Match);
        Assert.NotEqual("Hepatitis C", StoreResolver.Lookup("hepatitis D").Match);
        Assert.Equal("Hepatitis C", StoreResolver.Lookup("hepatitus C").Match);
    }

    [Theory]
    [InlineData("PTSD", "Post-traumatic stress disorder")]
    [InlineData("RLS", "Restless legs syndrome")]
    [InlineData("GERD", "Gastrooesophageal reflux disease")]
    [InlineData("DVT", "Deep vein thrombosis")]
    [InlineData("uti", "Urinary tract infection")]
    [InlineData("MI", "Myocardial infarction")]
    [InlineData("ADHD", "Attention deficit hyperactivity disorder")]
    [InlineData("OCD", "Obsessive-compulsive disorder")]
    [InlineData("COPD", "Chronic obstructive pulmonary disease")]
    [InlineData("IBS", "Irritable bowel syndrome")]
    public void Common_abbreviations_resolve(string text, string term)
    {
        var r = Resolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(1, r.Confidence);
    }

    [Theory]
    [InlineData("UTIs", "Urinary tract infection")]
    [InlineData("DVTs", "Deep vein thrombosis")]
    [InlineData("M.I.", "Myocardial infarction")]
    [InlineData("P.T.S.D.", "Post-traumatic stress disorder")]
    public void Abbreviations_with_dots_or_a_plural_s_resolve(string text, string term)
    {
        var r = Resolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(TermMatchKind.Abbreviation, r.Kind);
    }

    [Theory]
    [InlineData("Mo.")]
    [InlineData("Dr. Sox")]
    public void A_word_with_a_dot_is_not_read_as_an_abbreviation(string text) =>
        Assert.NotEqual(TermMatchKind.Abbreviation, Resolver.Lookup(text).Kind);

    [Fact]
    public void Abbreviation_table_names_each_abbreviation_once()
    {
        var abbreviations = LayTermLexicon.Abbreviations.Select(a => a.Abbreviation.ToUpperInvariant()).ToList();
        Assert.Equal(abbreviations.Count, abbreviations.Distinct().Count());
        Assert.True(abbreviations.Count >= 40);
    }

    // Test-result terms and deficiencies a store might know, beside a lay wording ("feeling low") that holds one of the
    // direction words on its own.
    private static readonly TermResolver MeasureResolver = new(null,
    [
        "Blood chloride decreased", "Blood zinc increased", "White blood cell count decreased", "Iron deficiency",
        "Depressed mood", "Blood pressure increased", "Zinc deficiency", "Copper deficiency", "Blood copper decreased",
        "Vitamin K decreased", "Vitamin K deficiency",
    ]);

    [Theory]
    [InlineData("low chloride", "Blood chloride decreased")]
    [InlineData("chloride is low", "Blood chloride decreased")]
    [InlineData("decreased chloride level", "Blood chloride decreased")]
    [InlineData("raised zinc levels", "Blood zinc increased")]
    [InlineData("high zinc", "Blood zinc increased")]
    [InlineData("low zinc", "Zinc deficiency")]
    [InlineData("reduced white blood cell count", "White blood cell count decreased")]
    [InlineData("reduced iron", "Iron deficiency")]
    [InlineData("low copper", "Copper deficiency")]
    public void A_quantity_and_its_direction_read_as_the_test_result_term(string text, string term)
    {
        var r = MeasureResolver.Lookup(text);
        Assert.Equal(term, r.Match);
        Assert.Equal(TermMatchKind.Synonym, r.Kind);
        Assert.Equal(0.9, r.Confidence);
    }

    [Fact]
    public void A_low_quantity_read_equally_well_as_deficiency_and_as_decreased_result_offers_both()
    {
        var r = MeasureResolver.Lookup("low vitamin K");
        Assert.Null(r.Match);
        Assert.Equal(TermMatchKind.Ambiguous, r.Kind);
        Assert.Equal(["Vitamin K decreased", "Vitamin K deficiency"], r.Alternatives.Select(a => a.Term).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("high copper")]
    [InlineData("low selenium")]
    [InlineData("high chloride")]
    public void A_direction_is_never_turned_into_its_opposite_nor_a_quantity_into_another(string text)
    {
        var r = MeasureResolver.Lookup(text);
        Assert.Null(r.Match);
    }

    [Theory]
    [InlineData("low selenium")]
    [InlineData("loss of selenium")]
    [InlineData("high ferritin")]
    public void A_reading_that_keeps_only_a_modifier_word_is_never_taken(string text)
    {
        // "feeling low" is a known wording of Depressed mood, but "low" beside another content word qualifies that word.
        var r = Resolver.Lookup(text);
        Assert.Null(r.Match);
        Assert.NotEqual("Depressed mood", r.Match);
    }

    [Theory]
    [InlineData("lose hair", "Alopecia")]
    [InlineData("lost weight", "Weight decreased")]
    [InlineData("lose weight", "Weight decreased")]
    [InlineData("gained weight", "Weight increased")]
    [InlineData("swollen ankles", "Peripheral swelling")]
    [InlineData("ankles swollen", "Peripheral swelling")]
    public void Verb_forms_read_as_the_noun_of_the_same_meaning(string text, string term) =>
        Assert.Equal(term, Resolver.Lookup(text).Match);
}
