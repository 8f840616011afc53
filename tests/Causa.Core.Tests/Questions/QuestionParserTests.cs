using Causa.Core.Questions;
using Causa.Core.Resolution;
using Causa.Core.Tests.Vocabulary;
using Causa.Core.Vocabulary;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Questions;

/// <summary>Whole questions in five languages, read with the real vocabulary (DrugCentral, Drugs@FDA) and Causa's lay terms.</summary>
public sealed class QuestionParserTests(ITestOutputHelper output)
{
    private static readonly Lazy<QuestionParser> Parser = new(() => new QuestionParser(
        new DrugResolver(RealVocabulary.All),
        new TermResolver(RealVocabulary.All, RealPreferredTermSet.Real),
        new DrugClassResolver(RealVocabulary.All.Classes)));

    private ParsedQuestion Parse(string q)
    {
        var p = Parser.Value.Parse(q);
        output.WriteLine($"{q} -> {string.Join(", ", p.Ingredients.Take(3))} | {p.Term} | {p.KindText} | {p.Certainty} | " + string.Join(" / ", p.Reading.Select(static r => $"{r.Text}={r.Role}:{r.ReadAs}")));
        return p;
    }

    [Theory]
    // The issue's examples.
    [InlineData("does remeron cause back pain?", "MIRTAZAPINE", "Back pain", QuestionKind.Cause)]
    [InlineData("trazodone for back pain", "TRAZODONE", "Back pain", QuestionKind.Help)]
    [InlineData("mirtazapine rugpijn", "MIRTAZAPINE", "Back pain", QuestionKind.Both)]
    [InlineData("trazodone for sleep", "TRAZODONE", "Insomnia", QuestionKind.Help)]
    [InlineData("does trazodone help me sleep", "TRAZODONE", "Insomnia", QuestionKind.Help)]
    [InlineData("trazodon voor slapeloosheid", "TRAZODONE", "Insomnia", QuestionKind.Help)]
    [InlineData("does mirtazapine make you gain weight?", "MIRTAZAPINE", "Weight increased", QuestionKind.Cause)]
    [InlineData("est-ce que la mirtazapine fait grossir ?", "MIRTAZAPINE", "Weight increased", QuestionKind.Cause)]
    // Unlike the issue's examples: other drugs, orders, languages and cue phrases.
    [InlineData("Can sertraline give you headaches?", "SERTRALINE", "Headache", QuestionKind.Cause)]
    [InlineData("Verursacht Sertralin Kopfschmerzen?", "SERTRALINE", "Headache", QuestionKind.Cause)]
    [InlineData("¿El ibuprofeno provoca dolor de cabeza?", "IBUPROFEN", "Headache", QuestionKind.Cause)]
    [InlineData("Krijg je hoofdpijn van paroxetine?", "PAROXETINE", "Headache", QuestionKind.Cause)]
    [InlineData("Hilft Duloxetin gegen Rückenschmerzen?", "DULOXETINE", "Back pain", QuestionKind.Help)]
    [InlineData("¿La duloxetina sirve para el dolor de espalda?", "DULOXETINE", "Back pain", QuestionKind.Help)]
    [InlineData("Le zolpidem aide-t-il pour dormir ?", "ZOLPIDEM", "Insomnia", QuestionKind.Help)]
    [InlineData("is prozac good for depression", "FLUOXETINE", "Depression", QuestionKind.Help)]
    [InlineData("metformin diarrhoea", "METFORMIN", "Diarrhoea", QuestionKind.Both)]
    [InlineData("atorvastatin muscle pain side effect", "ATORVASTATIN", "Myalgia", QuestionKind.Cause)]
    [InlineData("Zoloft nausea", "SERTRALINE", "Nausea", QuestionKind.Both)]
    [InlineData("Kann man von Quetiapin zunehmen?", "QUETIAPINE", "Weight increased", QuestionKind.Cause)]
    [InlineData("¿La quetiapina hace engordar?", "QUETIAPINE", "Weight increased", QuestionKind.Cause)]
    [InlineData("amitriptyline tegen hoofdpijn", "AMITRIPTYLINE", "Headache", QuestionKind.Help)]
    [InlineData("la sertraline provoque-t-elle des nausées ?", "SERTRALINE", "Nausea", QuestionKind.Cause)]
    [InlineData("what is lyrica used for fibromyalgia", "PREGABALIN", "Fibromyalgia", QuestionKind.Help)]
    public void A_question_is_read_into_drug_condition_and_kind(string question, string ingredient, string term, QuestionKind kind)
    {
        var p = Parse(question);
        Assert.Contains(ingredient, p.Ingredients);
        Assert.Equal(term, p.Term);
        Assert.Equal(kind, p.Kind);
        Assert.True(p.Complete);
    }

    [Theory]
    [InlineData("do antidepressants help back pain", "antidepressants", QuestionKind.Help)]
    [InlineData("veroorzaken SSRI's misselijkheid", "ssri", QuestionKind.Cause)]
    [InlineData("statines contre les douleurs musculaires", "statins", QuestionKind.Help)]
    public void A_class_word_is_read_as_the_class_with_its_members(string question, string classKey, QuestionKind kind)
    {
        var p = Parse(question);
        var c = new DrugClassResolver(RealVocabulary.All.Classes).Resolve(ClassWordTable.Words.First(w => w.ClassKey == classKey).Word)!;
        Assert.Equal(c.Name, p.ClassName);
        Assert.Equal(c.Members, p.Ingredients);
        Assert.Equal(kind, p.Kind);
        Assert.Contains(p.Reading, static r => r.Role == "class");
    }

    [Fact]
    public void Desyrel_sleep_is_not_silently_a_question_about_somnolence()
    {
        var p = Parse("desyrel sleep");
        Assert.Equal(["TRAZODONE"], p.Ingredients);
        Assert.Equal("Insomnia", p.Term);
        Assert.Equal(ReadingCertainty.Partial, p.Certainty);
        var word = Assert.Single(p.Reading, static r => r.Role == "condition");
        Assert.Equal(["Somnolence"], word.Alternatives);
        Assert.Contains(p.Problems, static s => s.Contains("Somnolence", StringComparison.Ordinal));

        Assert.Equal("Somnolence", Parse("does desyrel cause sleep").Term);
        Assert.Equal(ReadingCertainty.Confident, Parse("does trazodone help me sleep").Certainty);
    }

    [Fact]
    public void A_question_without_a_drug_or_a_condition_says_what_is_missing()
    {
        var noDrug = Parse("does it cause back pain");
        Assert.False(noDrug.Complete);
        Assert.Empty(noDrug.Ingredients);
        Assert.Contains(noDrug.Problems, static s => s.StartsWith("No drug", StringComparison.Ordinal));

        var noCondition = Parse("sertraline");
        Assert.Null(noCondition.Term);
        Assert.Contains(noCondition.Problems, static s => s.StartsWith("No condition", StringComparison.Ordinal));
        Assert.Equal(ReadingCertainty.Low, Parse("").Certainty);
    }

    [Fact]
    public void Each_word_is_accounted_for_in_question_order()
    {
        var p = Parse("does remeron cause back pain?");
        Assert.Equal(["does", "remeron", "cause", "back pain"], p.Reading.Select(static r => r.Text));
        Assert.Equal(["ignored", "drug", "cue", "condition"], p.Reading.Select(static r => r.Role));
        Assert.Equal(ReadingCertainty.Confident, p.Certainty);
    }

    [Theory]
    // Sentences written for this test: each holds common words of its language ("nothing", "niets", "nichts", "rien",
    // "nada", "never", "anything") beside one real condition, which must be the one read. Before, "nothing" alone was read
    // as Anhedonia (the content of the lay wording "feel nothing"), "never" as Pyrexia (one letter from "fever") and
    // "nichts" as Gout (two letters from "Gicht").
    [InlineData("does sertraline help with back pain when nothing else works", "SERTRALINE", "Back pain")]
    [InlineData("nothing has helped my headache, can ibuprofen do anything", "IBUPROFEN", "Headache")]
    [InlineData("I never had nausea before, can sertraline cause it", "SERTRALINE", "Nausea")]
    [InlineData("helpt sertraline als niets meer werkt tegen rugpijn", "SERTRALINE", "Back pain")]
    [InlineData("Hilft Duloxetin gegen Rückenschmerzen, wenn nichts anderes hilft?", "DULOXETINE", "Back pain")]
    [InlineData("rien ne marche, est-ce que la mirtazapine fait grossir ?", "MIRTAZAPINE", "Weight increased")]
    [InlineData("nada funciona, ¿el ibuprofeno provoca dolor de cabeza?", "IBUPROFEN", "Headache")]
    public void Common_words_are_never_read_as_the_condition(string question, string ingredient, string term)
    {
        var p = Parse(question);
        Assert.Contains(ingredient, p.Ingredients);
        Assert.Equal(term, p.Term);
        Assert.DoesNotContain(p.Reading, static r => r.Role == "condition" && r.ReadAs is "Anhedonia" or "Pyrexia" or "Gout" or "Drug ineffective");
    }

    [Theory]
    [InlineData("does sertraline help when you feel like nothing matters")]
    [InlineData("can sertraline do something about it")]
    [InlineData("is there anything sertraline is never used for")]
    [InlineData("helpt sertraline als niets helpt")]
    [InlineData("hilft Sertralin, wenn nichts hilft")]
    [InlineData("la sertraline ne sert à rien")]
    [InlineData("la sertralina no sirve para nada")]
    public void A_question_of_common_words_only_names_no_condition(string question)
    {
        var p = Parse(question);
        Assert.Equal(["SERTRALINE"], p.Ingredients);
        Assert.Null(p.Term);
        Assert.Contains(p.Problems, static s => s.StartsWith("No condition", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_lay_wording_of_common_words_is_still_read()
    {
        // "feel nothing" is a lay wording of Anhedonia (lay_terms.tsv): it counts when the question holds it whole.
        Assert.Equal("Anhedonia", Parse("can sertraline make you feel nothing").Term);
    }

    [Fact]
    public void The_cue_table_parses_without_errors_and_covers_five_languages()
    {
        using var reader = new StreamReader(typeof(QuestionParser).Assembly.GetManifestResourceStream("Causa.Core.Questions.question_cues.tsv")!);
        var read = QuestionParser.ParseCues(reader);
        Assert.Empty(read.Errors);
        Assert.Equal(["de", "en", "es", "fr", "nl"], read.Rows.Select(static r => r.Language).Distinct().Order(StringComparer.Ordinal));
        Assert.All(read.Rows.Where(static r => r.Kind != "skip"), r => Assert.Contains(r.Kind, new[] { "cause", "help", "either" }));
    }

    [Theory]
    // Harm asked about an organ alone, in words of the test's own: read as that organ's problems, never taken for granted.
    [InlineData("is naproxen bad for the kidneys?", "NAPROXEN", "Renal impairment")]
    [InlineData("Is paracetamol hard on your liver", "ACETAMINOPHEN", null)]
    [InlineData("Ist Diclofenac schlecht für die Nieren?", "DICLOFENAC", null)]
    public void Harm_to_an_organ_alone_is_read_as_harm_to_it(string question, string ingredient, string? term)
    {
        var p = Parse(question);
        Assert.Contains(ingredient, p.Ingredients);
        Assert.Equal(QuestionKind.Cause, p.Kind);
        if (term is not null)
        {
            Assert.Equal(term, p.Term);
            Assert.Equal(ReadingCertainty.Partial, p.Certainty);
            Assert.Contains(p.Problems, x => x.Contains("read as harm to it", StringComparison.Ordinal));
            Assert.Equal("harm to it", Assert.Single(p.Reading, static r => r.Role == "condition").Note);
        }
    }

    [Fact]
    public void Each_uncertain_word_says_why_in_its_own_note_and_a_confident_one_has_none()
    {
        // A near spelling of a drug
        var misspelt = Parse("sertaline nausea");
        Assert.Equal("a near spelling", Assert.Single(misspelt.Reading, static r => r.Role == "drug").Note);
        Assert.Null(Assert.Single(misspelt.Reading, static r => r.Role == "condition").Note);

        // A condition of which only some words were recognised: the note names the words, never the alternatives
        var desyrel = Assert.Single(Parse("desyrel sleep").Reading, static r => r.Role == "condition");
        Assert.Equal(ReadingCertainty.Partial, desyrel.Certainty);
        Assert.DoesNotContain("Somnolence", desyrel.Note ?? string.Empty, StringComparison.Ordinal);

        Assert.All(Parse("does trazodone cause nausea").Reading, static r => Assert.Null(r.Note));
    }

    [Fact]
    public void An_organ_whose_problems_only_resemble_another_wording_is_not_read_as_that_wording()
    {
        // Without a store's terms, "bone problems" is only a near spelling of "bowel problems": harm to the bones must
        // not become a gut disorder.
        var p = Parse("is naproxen bad for your bones?");
        Assert.Contains("NAPROXEN", p.Ingredients);
        Assert.NotEqual("Gastrointestinal disorder", p.Term);
    }

    [Fact]
    public void Bad_for_asks_about_harm_not_about_a_use()
    {
        // "for" alone asks whether a drug helps; "bad for" whether it harms.
        Assert.Equal(QuestionKind.Cause, Parse("is ibuprofen bad for asthma").Kind);
        Assert.Equal(QuestionKind.Help, Parse("is ibuprofen for asthma").Kind);
    }

    [Theory]
    [InlineData("can lansoprazole cause low magnesium", "LANSOPRAZOLE", "Hypomagnesaemia")]
    [InlineData("does furosemide cause low potassium?", "FUROSEMIDE", "Hypokalaemia")]
    [InlineData("can metformin lower B12", "METFORMIN", "Vitamin B12 deficiency")]
    [InlineData("does sertraline make you lose hair?", "SERTRALINE", "Alopecia")]
    public void Everyday_wordings_of_test_results_and_losses_are_read_as_their_terms(string question, string ingredient, string term)
    {
        var p = Parse(question);
        Assert.Contains(ingredient, p.Ingredients);
        Assert.Equal(term, p.Term);
    }

    [Fact]
    public void Words_that_read_as_a_condition_are_the_drug_only_when_nothing_else_is()
    {
        // A product may be named like a condition ("LOW MAGNESIUM" as a brand of some product); beside a real drug name the
        // words are the condition.
        var vocabulary = new VocabularyBuilder();
        vocabulary.AddIngredient("OMEPRAZOLE");
        vocabulary.AddIngredient("ASPIRIN");
        vocabulary.AddProduct("LOW MAGNESIUM", "ASPIRIN", VocabularySource.DrugsAtFda);
        vocabulary.AddProduct("LOW", "ASPIRIN", VocabularySource.DrugsAtFda);
        vocabulary.AddIngredient("FUROSEMIDE");
        var parser = new QuestionParser(new DrugResolver(vocabulary.Build()), new TermResolver(), new DrugClassResolver([]));
        var p = parser.Parse("can omeprazole cause low magnesium");
        Assert.Equal(["OMEPRAZOLE"], p.Ingredients);
        Assert.Equal("Hypomagnesaemia", p.Term);

        // Nor is a part of such words the drug ("LOW" names a product as well), whatever the order of the question.
        var reversed = parser.Parse("low magnesium from omeprazole?");
        Assert.Equal(["OMEPRAZOLE"], reversed.Ingredients);
        Assert.Equal("Hypomagnesaemia", reversed.Term);
        var passive = parser.Parse("is low potassium caused by furosemide");
        Assert.Equal(["FUROSEMIDE"], passive.Ingredients);
        Assert.Equal("Hypokalaemia", passive.Term);
        Assert.Equal(["ASPIRIN"], parser.Parse("low magnesium for headache").Ingredients);
    }

    [Theory]
    [InlineData("can the birth control pill cause migraines", "Hormonal contraceptives", "Migraine", QuestionKind.Cause)]
    [InlineData("does hydroxychloroquine cause eye problems", null, "Eye disorder", QuestionKind.Cause)]
    [InlineData("can amiodarone cause thyroid issues?", null, "Thyroid disorder", QuestionKind.Cause)]
    [InlineData("does citalopram make panic attacks worse", null, "Panic attack", QuestionKind.Cause)]
    [InlineData("sertaline nausea", null, "Nausea", QuestionKind.Both)]
    public void Everyday_names_for_classes_organs_and_worsening_are_read(string question, string? className, string term, QuestionKind kind)
    {
        var p = Parse(question);
        Assert.True(p.Complete);
        if (className is not null)
        {
            Assert.Equal(className, p.ClassName);
        }

        Assert.Equal(term, p.Term);
        Assert.Equal(kind, p.Kind);
    }
}
