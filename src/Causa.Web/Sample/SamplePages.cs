using Causa.Core.Query;
using Causa.Core.Statistics;
using Causa.Core.Verdicts;
using Causa.Web.Models;
using WarningSign = Causa.Web.Models.WarningSign;

namespace Causa.Web.Sample;

/// <summary>
/// Builds the sample pages from names, so the same layout can be filled with any names (the tests fill it with
/// hostile ones). The figures follow docs/ANSWER-PAGE.md's mirtazapine and back-pain example; they are sample data
/// for the layout, and every page built from them says so.
/// </summary>
public static class SamplePages
{
    /// <summary>The answer page for <paramref name="drug"/> and <paramref name="condition"/>.</summary>
    /// <param name="drug">The drug's display name.</param>
    /// <param name="condition">The condition's display name.</param>
    /// <param name="readings">How the typed words were read.</param>
    /// <param name="sourceName">The label source's name (the tests pass hostile text here too).</param>
    public static AnswerPageModel Answer(string drug, string condition, IReadOnlyList<WordReading> readings, string sourceName = "SIDER 4.1 (drug labels)")
    {
        ArgumentException.ThrowIfNullOrEmpty(drug);
        ArgumentException.ThrowIfNullOrEmpty(condition);
        var drugTitle = Capitalised(drug);
        var conditionTitle = Capitalised(condition);
        var store = new SourceInfo("FAERS reports in this store", "2024 Q1 to 2025 Q4 (8 quarters)", "public domain (US FDA)");
        return new AnswerPageModel(
            new QuestionModel(drug, condition, readings),
            new VerdictModel(
                $"Can {drug} cause {condition}?",
                VerdictLabels.For(CauseVerdict.Weak),
                $"{conditionTitle} is listed on {drug}'s label, but in trials it happened about as often on placebo (about 2 in 100 people on either)."),
            new VerdictModel(
                $"Does {drug} help with {condition}?",
                VerdictLabels.For(HelpVerdict.NoneFound),
                $"{drugTitle} is approved for depression. No source lists {condition} as a use, and no trial in the loaded sources shows it helps."),
            [
                new WarningSign($"{conditionTitle} with numbness, weakness or tingling in the legs, or trouble controlling your bladder or bowels", "NHS advice on back pain", Urgent: true),
                new WarningSign($"{conditionTitle} after a fall or injury, or with a high temperature", "NHS advice on back pain", Urgent: true),
                new WarningSign($"Fever, sore throat or mouth sores while taking {drug}: these can be signs of a low white blood cell count", $"{drug} label, warnings", Urgent: true),
                new WarningSign($"{conditionTitle} that is not better after a few weeks", "NHS advice on back pain", Urgent: false),
            ],
            [
                new EvidenceBlock(
                    "On the label: about as often as on placebo",
                    $"In the trials on {drug}'s label, {condition} happened to about 2 in 100 people on {drug} and about 2 in 100 on placebo.",
                    [$"about 2 in 100 people on {drug} (2.0%)", "about 2 in 100 people on placebo (1.9%)"],
                    new BarChartModel(
                        $"{conditionTitle} in trials: {drug} and placebo",
                        $"{conditionTitle} happened to 2.0 in 100 people on {drug} and 1.9 in 100 on placebo.",
                        "people out of 100",
                        [new BarModel($"On {drug}", 2.0, "2 in 100"), new BarModel("On placebo", 1.9, "2 in 100", Comparison: true)]),
                    new SourceInfo(sourceName, "labels up to 2015", "CC BY-NC-SA 4.0"),
                    "A label lists what happened in trials; it cannot say whether the drug caused it."),
                new EvidenceBlock(
                    $"Uses: {condition} is not one of them",
                    $"{drugTitle} is approved for depression. No indication source lists {condition}.",
                    ["approved: major depressive disorder", "off-label: insomnia, nausea, anxiety"],
                    null,
                    new SourceInfo("DrugCentral and MEDI (indications)", "2013 to 2016", "CC BY 4.0; CC BY-NC-SA 3.0"),
                    "These lists say what a drug is used for, not how well it works."),
                new EvidenceBlock(
                    "In reports to the FDA: not more often than for other drugs",
                    $"{PlainNumbers.Count(412, "report", "reports")} mention {drug} and {condition}; that is about as often as for other drugs.",
                    [$"about 1 in 100 reports on {drug} mention {condition}", $"about 1 in 100 reports on other drugs do"],
                    new BarChartModel(
                        $"Reports that mention {condition}",
                        $"1.1 in 100 reports on {drug} and 1.0 in 100 reports on other drugs mention {condition}.",
                        "reports out of 100",
                        [new BarModel($"Reports on {drug}", 1.1, "1.1 in 100"), new BarModel("Reports on other drugs", 1.0, "1.0 in 100", Comparison: true)]),
                    store,
                    "Anyone can send a report; a report does not show that the drug caused what happened."),
            ],
            new ProfileModel(
                $"412 reports since 2014; most from women, most aged 45 to 64; about 1 in 5 were serious.",
                [
                    new BarChartModel("Reports per year", "Reports per year from 2019 to 2025, between 38 and 81 a year.", "reports",
                        [new("2019", 38, "38"), new("2020", 52, "52"), new("2021", 61, "61"), new("2022", 81, "81"), new("2023", 70, "70"), new("2024", 64, "64"), new("2025", 46, "46")]),
                    new BarChartModel("Sex of the people in the reports", "Women 268, men 121, not stated 23.", "reports",
                        [new("Women", 268, "268"), new("Men", 121, "121"), new("Not stated", 23, "23")]),
                    new BarChartModel("Age of the people in the reports", "Most reports were about people aged 45 to 64.", "reports",
                        [new("Under 18", 9, "9"), new("18 to 44", 97, "97"), new("45 to 64", 171, "171"), new("65 and over", 104, "104"), new("Not stated", 31, "31")]),
                    new BarChartModel("How serious", "82 reports say someone was in hospital and 3 that someone died; the rest were not serious or did not say.", "reports",
                        [new("In hospital", 82, "82"), new("Died", 3, "3"), new("Other serious", 24, "24"), new("Not serious or not stated", 303, "303")]),
                ],
                store),
            [
                new LinkModel($"Can {drug} cause weight gain?", SitePaths.Answer(drug, "weight gain"), "established"),
                new LinkModel($"Can {drug} cause drowsiness?", SitePaths.Answer(drug, "drowsiness"), "established"),
                new LinkModel($"Does trazodone help with {condition}?", SitePaths.Answer("trazodone", condition), "none-found"),
                new LinkModel($"All about {drug}", SitePaths.Drug(drug)),
                new LinkModel($"All about {condition}", SitePaths.Event(condition)),
            ],
            new AnalystModel(
                new TwoByTwoModel(412, 37_040, 98_114, 9_812_306),
                [
                    new StatisticRow("PRR", "1.10", "95% CI 1.00–1.21", "about 1: no excess"),
                    new StatisticRow("ROR", "1.11", "95% CI 1.00–1.22", "about 1: no excess"),
                    new StatisticRow("χ²", "3.6", "Yates-corrected", "below 4: no signal"),
                    new StatisticRow("IC", "0.13", "IC025 −0.02", "IC025 not above 0: no signal"),
                    new StatisticRow("EBGM", "1.08", "EB05 0.98, EB95 1.19", "EB05 below 2: no signal"),
                ],
                ["Store: FAERS 2024 Q1 to 2025 Q4, 9,947,872 cases after deduplication.", "Roles: primary and secondary suspect.", "Strata: sex × age group × year (Mantel–Haenszel)."],
                [new LinkModel("This answer as JSON", "/api/v1/ask?drug=" + Uri.EscapeDataString(drug) + "&event=" + Uri.EscapeDataString(condition)), new LinkModel("Example case", SitePaths.Case("10231642"))]),
            [
                "Reports are not proof: anyone can send one, and a report does not show that the drug caused what happened.",
                "News and lawsuits make people report more, so counts can rise without any change in risk.",
                "People who take an antidepressant may have back pain for other reasons (indication bias).",
                "This store holds 8 quarters of reports; older reports are not included.",
            ])
        {
            Silent =
            [
                new SilentSource(sourceName + " pair table", [$"{conditionTitle} is not among the table's events."], new SourceInfo(sourceName + " pair table", "2022 Q3", "GPL-3")),
                new SilentSource("MDDC FAERS contingency table", [$"{conditionTitle} is not among the events the table lists for {drug}."], new SourceInfo("MDDC FAERS contingency table", "2021", "GPL-3")),
            ],
            Trend = TrendPageBuilder.Build(SampleTrend(drug.ToUpperInvariant(), conditionTitle), drug, condition, store),
        };
    }

    /// <summary>A made-up trend for the layout: few reports at first, then about as often as with other drugs.</summary>
    private static TrendAnswer SampleTrend(string drug, string condition)
    {
        (int Year, int A, int Drug, int Event, int N)[] rows =
        [
            (2019, 2, 3_100, 60_000, 1_400_000), (2020, 38, 3_600, 88_000, 1_600_000), (2021, 52, 4_400, 92_000, 1_700_000),
            (2022, 81, 5_200, 97_000, 1_750_000), (2023, 70, 5_900, 99_000, 1_800_000), (2024, 64, 6_400, 101_000, 1_850_000),
            (2025, 46, 6_800, 104_000, 1_900_000),
        ];
        var years = new List<TrendYear>();
        int ca = 0, cd = 0, ce = 0, cn = 0;
        foreach (var (year, a, d, e, n) in rows)
        {
            ca += a;
            cd += d;
            ce += e;
            cn += n;
            years.Add(new TrendYear(year, Point(a, d, e, n), Point(ca, cd, ce, cn)));
        }

        return new TrendAnswer(drug, condition, "suspect", years, 3, TrendQueries.ReadingNote);
    }

    private static TrendPoint Point(int a, int drug, int @event, int n)
    {
        var result = Disproportionality.Compute(ContingencyTable.FromMargins(a, drug, @event, n));
        return new TrendPoint(a, drug, @event, n, result.Prr, result.PrrLower, result.PrrUpper, result.Ic025);
    }

    /// <summary>The drug page for <paramref name="drug"/>.</summary>
    public static DrugPageModel DrugPage(string drug) => new(
        drug,
        ["Remeron (brand)", "Remeron SolTab (brand)", "tetracyclic antidepressant (class)"],
        [new LinkModel("Depression", SitePaths.Answer(drug, "depression"), "approved"), new LinkModel("Insomnia", SitePaths.Answer(drug, "insomnia"), "off-label")],
        [new LinkModel("Drowsiness", SitePaths.Answer(drug, "drowsiness"), "about 54 in 100"), new LinkModel("Weight gain", SitePaths.Answer(drug, "weight gain"), "about 12 in 100"), new LinkModel("Back pain", SitePaths.Answer(drug, "back pain"), "about 2 in 100")],
        [new LinkModel("Serotonin syndrome", SitePaths.Answer(drug, "serotonin syndrome"), "strong signal"), new LinkModel("Weight gain", SitePaths.Answer(drug, "weight gain"), "strong signal")],
        ["A label lists what happened in trials; reports show what people noticed, not what the drug caused."]);

    /// <summary>The event page for <paramref name="condition"/>.</summary>
    public static EventPageModel EventPage(string condition) => new(
        condition,
        ["backache", "rugpijn (Dutch)", "Rückenschmerzen (German)", "mal de dos (French)", "dolor de espalda (Spanish)"],
        [new LinkModel("teriparatide", SitePaths.Answer("teriparatide", condition), "strong signal"), new LinkModel("alendronate", SitePaths.Answer("alendronate", condition), "possible")],
        [new LinkModel("naproxen", SitePaths.Answer("naproxen", condition), "approved"), new LinkModel("duloxetine", SitePaths.Answer("duloxetine", condition), "approved")],
        ["Reports show which drugs are named with back pain, not which drugs cause it."]);

    /// <summary>A case page.</summary>
    public static CasePageModel CasePage(string caseId, string drug) => new(
        caseId,
        [new FactRow("Received", "2022 Q4"), new FactRow("Country", "United States"), new FactRow("Sex", "female"), new FactRow("Age", "58 years"), new FactRow("Reported by", "consumer"), new FactRow("Outcome", "other serious")],
        [new LinkModel(drug, SitePaths.Drug(drug), "primary suspect"), new LinkModel("sertraline", SitePaths.Drug("sertraline"), "concomitant")],
        [new LinkModel("Back pain", SitePaths.Event("back pain")), new LinkModel("Somnolence", SitePaths.Event("somnolence"))]);

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
