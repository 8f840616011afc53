using Causa.Checking;

namespace Causa.Checking.Tests.Checking;

public sealed class ClaimExtractionTests
{
    [Fact]
    public void Each_item_of_a_side_effect_list_is_its_own_claim_with_the_sentence_as_quote()
    {
        var check = TestChecker.Check("Sertraline can cause nausea, headache and dizziness.");

        Assert.Equal(
            ["SERTRALINE|Dizziness|causes|asserted", "SERTRALINE|Headache|causes|asserted", "SERTRALINE|Nausea|causes|asserted"],
            check.Claims.Select(TestChecker.Describe).Order(StringComparer.Ordinal));
        Assert.All(check.Claims, c => Assert.True(c.Hedged));
        var quote = check.Claims[0].Quotes.Single();
        Assert.Equal(quote.Text, check.Text[quote.Start..quote.End]);
        Assert.Equal(0, quote.Start);
    }

    [Fact]
    public void A_list_under_a_side_effect_heading_goes_on_past_one_line_of_advice()
    {
        var check = TestChecker.Check("Naproxen: a guide\nNaproxen eases joint pain.\nCommon side effects\nHeartburn\nTake naproxen with a meal.\nHeadache\nDizziness");

        Assert.Contains("NAPROXEN|Headache|causes|asserted", check.Claims.Select(TestChecker.Describe));
        Assert.Contains("NAPROXEN|Dizziness|causes|asserted", check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void A_list_under_a_side_effect_heading_ends_at_the_second_line_of_advice()
    {
        var check = TestChecker.Check("Naproxen: a guide\nNaproxen eases joint pain.\nCommon side effects\nHeadache\nTake naproxen with a meal.\nDrink water with it.\nDizziness");

        Assert.Contains("NAPROXEN|Headache|causes|asserted", check.Claims.Select(TestChecker.Describe));
        Assert.DoesNotContain("NAPROXEN|Dizziness|causes|asserted", check.Claims.Select(TestChecker.Describe));
    }

    [Theory]
    [InlineData("Sertraline side effects include putting on weight.", "SERTRALINE|Weight increased|causes|asserted")]
    [InlineData("Gabapentin can cause an increase in blood pressure.", "GABAPENTIN|Blood pressure increased|causes|asserted")]
    [InlineData("Naproxen may lead to increased blood pressure.", "NAPROXEN|Blood pressure increased|causes|asserted")]
    public void A_longer_reading_in_another_form_beats_a_blander_store_term_inside_it(string sentence, string expected)
    {
        // A store's FAERS terms include undirected measurement terms ("Weight", "Blood pressure"); the lay or longer
        // reading with its direction must still be found when the text inflects it otherwise than the lexicon does.
        var checker = TestChecker.Create(null, ["Weight", "Blood pressure", "Blood pressure increased", "Weight increased"]);
        var outcome = checker.Check(sentence, ArticleFormat.Auto, null);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);

        Assert.Equal([expected], outcome.Check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void An_undirected_store_term_is_still_read_when_nothing_longer_is_written()
    {
        var checker = TestChecker.Create(null, ["Weight", "Blood pressure"]);
        var outcome = checker.Check("Sertraline can cause changes in blood pressure.", ArticleFormat.Auto, null);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);

        Assert.Equal(["SERTRALINE|Blood pressure|causes|asserted"], outcome.Check.Claims.Select(TestChecker.Describe));
    }

    [Theory]
    [InlineData("Ibuprofen is bad for the kidneys when taken for weeks.", "IBUPROFEN|Renal impairment|causes|asserted")]
    [InlineData("Naproxen can be hard on your stomach.", "NAPROXEN|Gastrointestinal disorder|causes|asserted")]
    [InlineData("Taken for years, gabapentin may damage the liver.", "GABAPENTIN|Liver disorder|causes|asserted")]
    [InlineData("Sertraline is not harmful to the heart.", "SERTRALINE|Cardiac disorder|causes|negated")]
    public void An_organ_named_after_a_harm_phrase_is_a_claim_of_harm_to_it(string sentence, string expected)
    {
        var check = TestChecker.Check(sentence);

        Assert.Equal([expected], check.Claims.Select(TestChecker.Describe));
    }

    [Theory]
    [InlineData("Ibuprofen may raise blood pressure.", "IBUPROFEN|Hypertension|causes|asserted")]
    [InlineData("Naproxen can raise your potassium levels.", "NAPROXEN|Hyperkalaemia|causes|asserted")]
    [InlineData("Ibuprofen may raise the risk of bleeding.", "IBUPROFEN|Haemorrhage|causes|asserted")]
    public void A_quantity_a_drug_raises_is_read_in_its_raised_form(string sentence, string expected)
    {
        // A store's undirected measurement term ("Blood pressure") must not be the claim: raising it is the raised form.
        var checker = TestChecker.Create(null, ["Blood pressure", "Potassium"]);
        var outcome = checker.Check(sentence, ArticleFormat.Auto, null);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);

        Assert.Equal([expected], outcome.Check.Claims.Select(TestChecker.Describe));
    }

    [Theory]
    [InlineData("Ibuprofen is good for the heart.")]
    [InlineData("Naproxen passes through the kidneys.")]
    [InlineData("Gabapentin is bad for the liver cells of mice.")]
    [InlineData("Sertraline is bad for your bones.")]
    public void An_organ_without_a_harm_phrase_or_a_known_reading_is_no_claim_of_harm(string sentence)
    {
        // "good for" is no harm; "liver cells" is a longer phrase; "bone problems" only resembles "bowel problems" here.
        var check = TestChecker.Check(sentence);

        Assert.DoesNotContain(check.Claims, c => c.Relation == ClaimRelation.Causes);
    }

    [Fact]
    public void A_brand_used_to_treat_a_condition_is_an_unhedged_treats_claim_on_the_ingredient()
    {
        var check = TestChecker.Check("Zoloft is used to treat depression.");

        var claim = Assert.Single(check.Claims);
        Assert.Equal("SERTRALINE|Depression|treats|asserted", TestChecker.Describe(claim));
        Assert.False(claim.Hedged);
        Assert.False(claim.IsClass);
    }

    [Theory]
    [InlineData("Sertraline does not cause headache.", "SERTRALINE|Headache|causes|negated")]
    [InlineData("There is no evidence that gabapentin causes headache.", "GABAPENTIN|Headache|causes|negated")]
    [InlineData("Sertraline is not approved for insomnia.", "SERTRALINE|Insomnia|treats|negated")]
    [InlineData("Gabapentin is not effective for headache.", "GABAPENTIN|Headache|treats|negated")]
    [InlineData("Ibuprofen is used for headache.", "IBUPROFEN|Headache|treats|asserted")]
    [InlineData("Naproxen for headache: what to know.", "NAPROXEN|Headache|treats|asserted")]
    public void Relation_and_polarity_come_from_the_cue_words(string sentence, string expected)
    {
        var check = TestChecker.Check(sentence);

        Assert.Equal([expected], check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void Class_words_are_claims_about_the_class()
    {
        var check = TestChecker.Check("Statins may rarely cause muscle pain.");

        var claim = Assert.Single(check.Claims);
        Assert.True(claim.IsClass);
        Assert.Equal("statins", claim.Drug);
        Assert.Equal(ClaimRelation.Causes, claim.Relation);
        Assert.True(claim.Hedged);
    }

    [Fact]
    public void It_and_this_medication_stand_for_the_last_drug_named()
    {
        var check = TestChecker.Check("Gabapentin is a common medicine.\n\nIt can cause dizziness. This medication may also cause headache.");

        Assert.Equal(
            ["GABAPENTIN|Dizziness|causes|asserted", "GABAPENTIN|Headache|causes|asserted"],
            check.Claims.Select(TestChecker.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Items_under_a_line_ending_in_a_colon_take_its_drug_and_relation()
    {
        var check = TestChecker.Check("Common side effects of sertraline include:\n- nausea\n- diarrhoea\n\nSertraline is a medicine.");

        Assert.Equal(
            ["SERTRALINE|Diarrhoea|causes|asserted", "SERTRALINE|Nausea|causes|asserted"],
            check.Claims.Select(TestChecker.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void One_claim_per_drug_condition_relation_and_polarity_with_every_quote()
    {
        var check = TestChecker.Check("Sertraline can cause nausea. Later in the day, sertraline may cause nausea again.");

        var claim = Assert.Single(check.Claims);
        Assert.Equal(2, claim.Quotes.Count);
        Assert.All(claim.Quotes, q => Assert.Equal(q.Text, check.Text[q.Start..q.End]));
    }

    [Fact]
    public void A_drug_named_only_as_a_comparison_is_not_what_it_refers_to()
    {
        var check = TestChecker.Check("Gabapentin works much like naproxen. It can cause dizziness.");

        Assert.Equal(["GABAPENTIN|Dizziness|causes|asserted"], check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void Drugs_listed_together_share_the_claim()
    {
        var check = TestChecker.Check("Ibuprofen and naproxen can cause stomach ulcers.");

        Assert.Equal(["IBUPROFEN", "NAPROXEN"], check.Claims.Select(c => c.Drug).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Text_without_drugs_has_no_claims()
    {
        var check = TestChecker.Check("Headache and nausea are common. Drink water and rest.");

        Assert.Empty(check.Claims);
        Assert.Equal(2, check.Summary.Sentences);
    }

    [Fact]
    public void Html_quotes_point_into_the_reduced_text()
    {
        var check = TestChecker.Check("<html><body><h1>Sertraline</h1><p>It can <em>cause</em> nausea.</p></body></html>");

        var quote = Assert.Single(check.Claims).Quotes.Single();
        Assert.Equal("It can cause nausea.", quote.Text);
        Assert.Equal(quote.Text, check.Text[quote.Start..quote.End]);
        Assert.Equal(ArticleCheck.OffsetsDescription, check.Offsets);
    }

    [Fact]
    public void Words_shared_in_a_coordination_name_both_conditions()
    {
        var check = TestChecker.Check("Gabapentin can cause muscle or joint pain.");

        Assert.Equal(["Arthralgia", "Myalgia"], check.Claims.Select(c => c.Condition).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cue_in_another_clause_does_not_deny_this_one()
    {
        var check = TestChecker.Check("Sertraline might not cause headache, but nausea is a known side effect.");

        Assert.Equal(
            ["SERTRALINE|Headache|causes|negated", "SERTRALINE|Nausea|causes|asserted"],
            check.Claims.Select(TestChecker.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void People_described_by_a_condition_are_not_a_claim()
    {
        var check = TestChecker.Check("Sertraline can cause nausea in people with asthma.");

        Assert.Equal(["SERTRALINE|Nausea|causes|asserted"], check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void A_lack_of_efficacy_denies_the_use()
    {
        var check = TestChecker.Check("Trials found a lack of efficacy in prescribing gabapentin for headache.");

        Assert.Equal(["GABAPENTIN|Headache|treats|negated"], check.Claims.Select(TestChecker.Describe));
    }

    [Fact]
    public void An_acronym_ending_a_sentence_ends_it()
    {
        var check = TestChecker.Check("Gabapentin helps some people with MS. However, it can cause dizziness.");

        Assert.Equal(2, check.Summary.Sentences);
    }

    [Fact]
    public void A_sentence_right_after_the_drug_is_named_takes_it_with_a_weak_cue()
    {
        var check = TestChecker.Check("Many people start sertraline in spring. Nausea and headache may occur at first.");

        Assert.Equal(
            ["SERTRALINE|Headache|causes|asserted", "SERTRALINE|Nausea|causes|asserted"],
            check.Claims.Select(TestChecker.Describe).Order(StringComparer.Ordinal));
    }
}
