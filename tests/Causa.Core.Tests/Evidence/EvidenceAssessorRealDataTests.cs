using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Statistics;
using Causa.Core.Tests.Sources;
using Causa.Core.Verdicts;

namespace Causa.Core.Tests.Evidence;

/// <summary>
/// Verdicts on the real sources of the shared data folder (SIDER 4.1, DrugCentral 2016, MEDI 2013, PharmacotherapyDB,
/// the TAKMU antidepressant table, MDDC sedative1000 and the openFDA SSRI counts). Expected levels follow from the rule
/// table in docs/EVIDENCE.md and the figures quoted beside each test, read from the files themselves.
/// </summary>
public sealed class EvidenceAssessorRealDataTests
{
    private static EvidenceAnswer Ask(string drug, string term, PairAnswer? reports = null) => EvidenceAssessor.Assess(drug, term, reports, RealSources.All);

    [Fact]
    public void Trazodone_priapism_is_established_from_a_postmarketing_label_entry_and_a_strong_signal()
    {
        // SIDER: Priapism postmarketing only. TAKMU: 281 of 108,954 trazodone rows; 1,093 of 14,944,116 overall.
        var answer = Ask("trazodone", "priapism");
        Assert.Equal("established", answer.Cause.Verdict);
        Assert.Contains(answer.Cause.Lines, l => l.Source == "SIDER 4.1" && l.Finding == "label-postmarketing");
        var takmu = Assert.Single(answer.Cause.Lines, l => l.Source == "TAKMU antidepressants");
        Assert.Equal("strong-signal", takmu.Finding);
        Assert.Equal("reaction rows", takmu.Unit);
        Assert.Equal("FAERS 2014Q3–2023Q4", takmu.Period);

        // PRR of the 2x2 a=281, b=108,673, c=812, d=14,834,350 by the textbook formula.
        var expectedPrr = (281.0 / 108_954) / (812.0 / (812 + 14_834_350));
        Assert.Equal(expectedPrr, takmu.Numbers["prr"], 1e-9);
        Assert.Equal("none-found", answer.Help.Verdict);
    }

    [Fact]
    public void Duloxetine_fibromyalgia_signal_is_flagged_as_indication_bias_and_not_counted()
    {
        // DrugCentral lists Fibromyalgia for duloxetine; TAKMU has 221 rows (PRR ~6.9, a strong signal on its own).
        var answer = Ask("DULOXETINE", "Fibromyalgia");
        Assert.True(answer.IndicationBias);
        var takmu = Assert.Single(answer.Cause.Lines, l => l.Source == "TAKMU antidepressants");
        Assert.Equal("strong-signal", takmu.Finding);
        Assert.False(takmu.Counted);
        Assert.Contains("indication bias", takmu.Note, StringComparison.Ordinal);
        Assert.Equal("none-found", answer.Cause.Verdict);
        Assert.Equal("approved", answer.Help.Verdict);
        Assert.StartsWith("Indication bias", answer.Caveats[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_signal_counts_when_the_condition_is_no_indication()
    {
        // Without the indication sources, the TAKMU duloxetine–fibromyalgia signal is taken at face value.
        var noIndications = new EvidenceSources([RealSources.Sider, RealSources.Takmu]);
        var answer = EvidenceAssessor.Assess("DULOXETINE", "Fibromyalgia", null, noIndications);
        Assert.False(answer.IndicationBias);
        Assert.Equal("possible", answer.Cause.Verdict);
    }

    [Fact]
    public void Mirtazapine_weight_gain_is_established_from_the_label_while_report_tables_disagree()
    {
        // SIDER: drug 11.92–12%, placebo 1.66/2/12% (median 2%). TAKMU PRR 0.95, MDDC 260 of 54,273 pairs: no signal.
        var answer = Ask("mirtazapine", "Weight increased");
        Assert.Equal("established", answer.Cause.Verdict);
        Assert.Contains(answer.Cause.Lines, l => l.Finding == "label-clear-excess" && l.Numbers["placebo_percent_median"] == 2.0);
        Assert.All(answer.Cause.Lines.Where(l => l.Kind == "counts"), l => Assert.Equal("no-signal", l.Finding));
        Assert.Contains(answer.Caveats, c => c.StartsWith("Sources disagree", StringComparison.Ordinal));
        Assert.Contains(answer.Caveats, c => c.Contains("never summed", StringComparison.Ordinal));
    }

    [Fact]
    public void Mirtazapine_restless_legs_is_established_by_label_and_two_report_tables()
    {
        var answer = Ask("mirtazapine", "Restless legs syndrome");
        Assert.Equal("established", answer.Cause.Verdict);
        Assert.Equal(2, answer.Cause.Lines.Count(l => l.Finding == "strong-signal" && l.Counted));

        // The two tables keep their own units: never one merged line.
        Assert.Equal(["drug–event pairs", "reaction rows"], answer.Cause.Lines.Where(l => l.Kind == "counts").Select(l => l.Unit).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_strong_signal_in_one_table_for_an_unlabelled_event_is_possible()
    {
        // SIDER lists no SIADH for mirtazapine; TAKMU 153 rows, PRR ~13; MDDC sedative1000 does not list the term.
        var answer = Ask("MIRTAZAPINE", "Inappropriate antidiuretic hormone secretion");
        Assert.Equal("possible", answer.Cause.Verdict);
        var mddc = Assert.Single(answer.Cause.Lines, l => l.Source == "MDDC sedative1000");
        Assert.Equal("not-in-table", mddc.Finding);
        Assert.False(mddc.Counted);

        // A table without the term cannot answer at all, unlike a table that shows no signal: front ends fold it.
        Assert.False(mddc.CanAnswer);
        Assert.All(answer.Cause.Lines.Where(static l => l.Source != "MDDC sedative1000"), static l => Assert.True(l.CanAnswer, l.Source));
    }

    [Fact]
    public void Mirtazapine_back_pain_is_weak_on_the_label_close_to_placebo_and_not_disproportionate()
    {
        // SIDER: drug 1.99–2%, placebo 0.83/1/2% (median 1%): 1 point above. TAKMU PRR 0.90, MDDC PRR 0.48.
        var answer = Ask("mirtazapine", "Back pain");
        Assert.Equal("weak", answer.Cause.Verdict);
        Assert.Contains(answer.Cause.Lines, l => l.Finding == "label-close-to-placebo");
    }

    [Fact]
    public void Mirtazapine_fibromyalgia_is_none_found_when_sources_know_the_drug()
    {
        // SIDER knows mirtazapine without fibromyalgia; TAKMU 17 rows PRR ~1.1; MDDC 32 pairs PRR ~0.26.
        var answer = Ask("mirtazapine", "Fibromyalgia");
        Assert.Equal("none-found", answer.Cause.Verdict);
        Assert.Contains(answer.Cause.Lines, l => l.Finding == "label-not-listed");
    }

    [Fact]
    public void A_drug_no_source_knows_gives_insufficient_data()
    {
        // Vortioxetine (approved 2013) is in neither SIDER 4.1 nor the TAKMU antidepressant list; DrugCentral knows it for MDD only.
        var answer = Ask("VORTIOXETINE", "Nausea");
        Assert.Equal("insufficient-data", answer.Cause.Verdict);
        Assert.Empty(answer.Cause.Lines);
        Assert.Equal("none-found", answer.Help.Verdict);
    }

    [Fact]
    public void A_drug_only_some_sources_know_is_judged_on_those()
    {
        // Mianserin: in SIDER and TAKMU (100 agranulocytosis rows of 5,237), in neither MDDC sedative1000 nor the openFDA SSRI table.
        var answer = Ask("mianserin", "Agranulocytosis");
        Assert.Equal("established", answer.Cause.Verdict);
        Assert.Equal(["SIDER 4.1", "TAKMU antidepressants"], answer.Cause.Lines.Select(l => l.Source));
    }

    [Fact]
    public void Sertraline_suicidal_ideation_has_strong_signals_in_two_tables_with_different_units()
    {
        // openFDA: 4,986 of 211,101 sertraline reports; background 88,085 of 20,006,989.
        var answer = Ask("sertraline", "Suicidal ideation");
        Assert.Equal("established", answer.Cause.Verdict);
        var openFda = Assert.Single(answer.Cause.Lines, l => l.Source == "openFDA SSRI counts");
        Assert.Equal("reports", openFda.Unit);
        Assert.Equal(4_986, openFda.Numbers["a"]);
        Assert.Equal(88_085 - 4_986, openFda.Numbers["c"]);
    }

    [Fact]
    public void Trazodone_bipolar_disorder_is_off_label_symptomatic_use()
    {
        var answer = Ask("trazodone", "Bipolar disorder");
        Assert.Equal("off-label", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Source == "PharmacotherapyDB" && l.Finding == "symptomatic");
        Assert.True(answer.IndicationBias);
    }

    [Fact]
    public void A_label_use_flag_of_MEDI_does_not_override_DrugCentral_for_a_drug_it_knows()
    {
        // MEDI: 15996,Mirtazapine,C0917801,780.52,Insomnia; unspecified,2,1,1 (high precision, possible label use);
        // DrugCentral lists only Major Depressive Disorder for mirtazapine.
        var answer = Ask("mirtazapine", "Insomnia");
        Assert.Contains(answer.Help.Lines, l => l.Source == "MEDI" && l.Finding == "possible-label-use");
        Assert.Equal("off-label", answer.Help.Verdict);
    }

    [Fact]
    public void A_condition_curators_call_no_indication_is_none_found_with_a_caveat()
    {
        var not = RealSources.PharmacotherapyDb.Indications.First(e => e.Category == Core.Sources.IndicationCategory.NotIndication && e.Term is not null
            && !RealSources.All.Indications(e.Ingredient, e.Term!).Any(x => x.Entry.Category != Core.Sources.IndicationCategory.NotIndication));
        var answer = Ask(not.Ingredient, not.Term!);
        Assert.Equal("none-found", answer.Help.Verdict);
        Assert.Contains(answer.Help.Lines, l => l.Finding == "not-an-indication" && !l.Counted);
        Assert.Contains(answer.Caveats, c => c.Contains("not an indication", StringComparison.Ordinal));
    }

    [Fact]
    public void Reported_use_comes_from_FAERS_indications_only_at_three_cases_or_more()
    {
        // No indication source links vortioxetine to anxiety (DrugCentral 2016 lists Major Depressive Disorder only; it is
        // in neither MEDI 2013 nor PharmacotherapyDB); a store answer where 3 cases name anxiety as the reason for use.
        var answer = Ask("VORTIOXETINE", "Anxiety", StoreAnswer("VORTIOXETINE", "Anxiety", 1, 999, 500, 2_000_000, indicationCases: 3));
        Assert.Equal("reported-use", answer.Help.Verdict);
        var two = Ask("VORTIOXETINE", "Anxiety", StoreAnswer("VORTIOXETINE", "Anxiety", 1, 999, 500, 2_000_000, indicationCases: 2));
        Assert.Equal("none-found", two.Help.Verdict);
    }

    [Fact]
    public void A_small_store_line_is_shown_but_not_counted()
    {
        var answer = Ask("VORTIOXETINE", "Nausea", StoreAnswer("VORTIOXETINE", "Nausea", 30, 70, 500, 9_000, indicationCases: 0));
        var line = Assert.Single(answer.Cause.Lines);
        Assert.False(line.Counted);
        Assert.Equal("insufficient-data", answer.Cause.Verdict);
    }

    private static PairAnswer StoreAnswer(string drug, string term, long a, long b, long c, long d, long indicationCases)
    {
        var table = new ContingencyTable(a, b, c, d);
        var result = Disproportionality.Compute(table);
        var level = VerdictRules.Classify(result);
        return new PairAnswer(drug, term, a, b, c, d, table.Expected, result.Prr, result.PrrLower, result.PrrUpper, result.Ror, result.RorLower, result.RorUpper,
            result.ChiSquareYates, result.Ic, result.Ic025, result.Ic975, PairAnswer.SignalNames(result.Signals),
            VerdictRules.Sentence(drug, term, result, level, false), table.N, "suspect", level, indicationCases, []);
    }
}
