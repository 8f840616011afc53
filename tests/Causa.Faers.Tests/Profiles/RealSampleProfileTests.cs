using System.Text.Json;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Storage.Files;
using Causa.Tests.Shared;

namespace Causa.Faers.Tests.Profiles;

/// <summary>
/// Pair profiles on the real samples (FAERS 2025Q4, 2020Q3 and 2017Q2; legacy AERS 2004Q1, the only legacy quarter in the
/// shared data) against counts made without Causa's reader: each expected line is the output of
/// <c>python3 tests/Causa.Faers.Tests/Profiles/profile_reference.py PATH DRUG EVENT</c> run in <c>../shared/data/faers</c>,
/// pasted verbatim. Tolerance: ages and days are compared at 0.051 (both sides round to 0.1; Causa keeps ages as float32).
/// </summary>
public sealed class RealSampleProfileTests : IDisposable
{
    private readonly TempFolder _root = new();

    public void Dispose() => _root.Dispose();

    public static TheoryData<string, string, string, string> Pairs => new()
    {
        {
            "nico8270_2025q4_sample1000", "RIBOCICLIB", "Nausea",
            """{"age": {"median": 54.0, "n": 2, "q1": 53.0, "q3": 55.0}, "by_year": {"2023": 1, "2025": 4}, "cases": 5, "countries": {"CR": 1, "MX": 2, "PE": 1, "US": 1}, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 1, "life_threatening": 0, "non_serious": 0, "other_serious": 5, "required_intervention": 0, "serious": 5}, "reporters": {"consumer": 4, "health_professional": 1}, "sex": {"F": 5, "M": 0, "unknown": 0}, "time_to_onset_days": {"excluded": 2, "median": 0, "n": 1}, "top_event_counts": [3, 3, 3, 3, 3, 3, 3, 3, 3, 3]}"""
        },
        {
            "nico8270_2025q4_sample1000", "VEDOLIZUMAB", "Colitis ulcerative",
            """{"age": {"median": 58.0, "n": 17, "q1": 45.0, "q3": 65.0}, "by_year": {"2021": 1, "2022": 4, "2023": 1, "2024": 3, "2025": 8}, "cases": 17, "countries": {"BR": 1, "CA": 10, "EU": 1, "GB": 1, "QA": 1, "US": 2, "ZA": 1}, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 3, "life_threatening": 0, "non_serious": 0, "other_serious": 17, "required_intervention": 0, "serious": 17}, "reporters": {"physician": 4, "unknown": 13}, "sex": {"F": 7, "M": 10, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": 0.0, "n": 6}, "top_event_counts": [4, 4, 3, 2, 2, 2, 2, 2, 1, 1]}"""
        },
        {
            "nico8270_2025q4_sample1000", "PIMAVANSERIN", "Hallucination",
            """{"age": {"median": 72.0, "n": 5, "q1": 64.0, "q3": 74.0}, "by_year": {"2025": 8}, "cases": 8, "countries": {"US": 8}, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 0, "life_threatening": 0, "non_serious": 0, "other_serious": 8, "required_intervention": 0, "serious": 8}, "reporters": {"consumer": 8}, "sex": {"F": 1, "M": 7, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": 452.0, "n": 2}, "top_event_counts": [2, 2, 1, 1, 1, 1, 1, 1, 1, 1]}"""
        },
        {
            "ubesp_2020q3_first10k", "ATORVASTATIN", "Type 2 diabetes mellitus",
            """{"age": {"median": 55.5, "n": 60, "q1": 52.0, "q3": 63.2}, "by_year": {"2014": 62, "2015": 2}, "cases": 64, "countries": {"US": 64}, "outcomes": {"congenital_anomaly": 0, "death": 2, "disability": 1, "hospitalization": 0, "life_threatening": 0, "non_serious": 0, "other_serious": 64, "required_intervention": 0, "serious": 64}, "reporters": {"lawyer": 64}, "sex": {"F": 63, "M": 0, "unknown": 1}, "time_to_onset_days": {"excluded": 1, "median": 522.5, "n": 6}, "top_event_counts": [2, 2, 1, 1, 1, 1, 1, 1, 1, 1]}"""
        },
        {
            "ubesp_2020q3_first10k", "RIVAROXABAN", "Gastrointestinal haemorrhage",
            """{"age": {"median": 70.5, "n": 26, "q1": 55.0, "q3": 78.8}, "by_year": {"2014": 6, "2015": 20}, "cases": 26, "countries": {"US": 26}, "outcomes": {"congenital_anomaly": 0, "death": 11, "disability": 0, "hospitalization": 26, "life_threatening": 4, "non_serious": 0, "other_serious": 6, "required_intervention": 0, "serious": 26}, "reporters": {"consumer": 18, "health_professional": 4, "lawyer": 4}, "sex": {"F": 13, "M": 13, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": 37.5, "n": 20}, "top_event_counts": [3, 2, 2, 2, 2, 1, 1, 1, 1, 1]}"""
        },
        {
            "faers_ascii_2017q2_sample.zip", "RISPERIDONE", "Gynaecomastia",
            """{"age": {"median": 42.0, "n": 1, "q1": 42.0, "q3": 42.0}, "by_year": {"2015": 2, "2016": 2, "2017": 2}, "cases": 6, "countries": {"US": 6}, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 0, "life_threatening": 0, "non_serious": 6, "other_serious": 0, "required_intervention": 0, "serious": 0}, "reporters": {"consumer": 6}, "sex": {"F": 0, "M": 6, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": null, "n": 0}, "top_event_counts": [3, 2, 2, 2, 1, 1, 1, 1]}"""
        },
        {
            "aers_ascii_2004q1_sample.zip", "PAXIL", "DIARRHOEA",
            """{"age": {"median": null, "n": 0, "q1": null, "q3": null}, "by_year": {"2004": 2, "unknown": 1}, "cases": 3, "countries": null, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 0, "life_threatening": 0, "non_serious": 2, "other_serious": 1, "required_intervention": 0, "serious": 1}, "reporters": {"consumer": 2, "lawyer": 1}, "sex": {"F": 2, "M": 1, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": 4, "n": 1}, "top_event_counts": [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}"""
        },
        {
            "aers_ascii_2004q1_sample.zip", "PAXIL", "DRUG WITHDRAWAL SYNDROME",
            """{"age": {"median": null, "n": 0, "q1": null, "q3": null}, "by_year": {"unknown": 3}, "cases": 3, "countries": null, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 1, "life_threatening": 0, "non_serious": 1, "other_serious": 2, "required_intervention": 0, "serious": 2}, "reporters": {"consumer": 1, "lawyer": 2}, "sex": {"F": 2, "M": 1, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": null, "n": 0}, "top_event_counts": [2, 2, 2, 1, 1, 1, 1, 1, 1, 1]}"""
        },
        {
            "aers_ascii_2004q1_sample.zip", "FORTEO", "DIZZINESS",
            """{"age": {"median": 78.0, "n": 2, "q1": 77.5, "q3": 78.5}, "by_year": {"2004": 2}, "cases": 2, "countries": null, "outcomes": {"congenital_anomaly": 0, "death": 0, "disability": 0, "hospitalization": 0, "life_threatening": 0, "non_serious": 2, "other_serious": 0, "required_intervention": 0, "serious": 0}, "reporters": {"consumer": 1, "unknown": 1}, "sex": {"F": 2, "M": 0, "unknown": 0}, "time_to_onset_days": {"excluded": 0, "median": 0.0, "n": 2}, "top_event_counts": [1, 1, 1, 1, 1, 1]}"""
        },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Pair_profile_matches_counts_made_from_the_text(string sample, string drug, string @event, string expectedJson)
    {
        using var store = Ingest(sample);
        var drugId = store.FindIngredient(drug);
        var termId = store.FindTerm(@event);
        Assert.NotNull(drugId);
        Assert.NotNull(termId);

        var profile = new CaseProfiler(store).ForPair([drugId.Value], termId.Value, RoleFilter.Suspect);
        using var expected = JsonDocument.Parse(expectedJson);
        var e = expected.RootElement;

        // The profile counts the cases of cell a of the 2×2 table.
        Assert.Equal(e.GetProperty("cases").GetInt32(), store.PairCaseCount(drugId.Value, termId.Value, RoleFilter.Suspect));
        var sex = e.GetProperty("sex");
        Assert.Equal((sex.GetProperty("F").GetInt32(), sex.GetProperty("M").GetInt32(), sex.GetProperty("unknown").GetInt32()), (profile.Sex.F, profile.Sex.M, profile.Sex.Unknown));

        var age = e.GetProperty("age");
        Assert.Equal(age.GetProperty("n").GetInt32(), profile.Age.N);
        AssertClose(age.GetProperty("median"), profile.Age.Median);
        AssertClose(age.GetProperty("q1"), profile.Age.Q1);
        AssertClose(age.GetProperty("q3"), profile.Age.Q3);

        Assert.Equal(Counts(e.GetProperty("by_year")), profile.ByYear);
        Assert.Equal(Counts(e.GetProperty("reporters")), profile.Reporters);
        Assert.Equal(Counts(e.GetProperty("countries")), profile.Countries);

        var outcomes = Counts(e.GetProperty("outcomes"))!;
        var o = profile.Outcomes;
        Assert.Equal(
            [outcomes["death"], outcomes["life_threatening"], outcomes["hospitalization"], outcomes["disability"], outcomes["congenital_anomaly"], outcomes["required_intervention"], outcomes["other_serious"], outcomes["serious"], outcomes["non_serious"]],
            new[] { o.Death, o.LifeThreatening, o.Hospitalization, o.Disability, o.CongenitalAnomaly, o.RequiredIntervention, o.OtherSerious, o.Serious, o.NonSerious });

        var onset = e.GetProperty("time_to_onset_days");
        Assert.NotNull(profile.TimeToOnsetDays);
        Assert.Equal(onset.GetProperty("n").GetInt32(), profile.TimeToOnsetDays.N);
        Assert.Equal(onset.GetProperty("excluded").GetInt32(), profile.TimeToOnsetDays.Excluded);
        AssertClose(onset.GetProperty("median"), profile.TimeToOnsetDays.Median);

        Assert.Equal(e.GetProperty("top_event_counts").EnumerateArray().Select(static x => x.GetInt32()), profile.CoReportedEvents.Select(static x => x.Cases));

        // The baseline is every case with the drug: at least the pair's cases, in every distribution.
        Assert.NotNull(profile.Baseline);
        Assert.Equal(store.DrugCaseCount(drugId.Value, RoleFilter.Suspect), profile.Baseline.Sex.F + profile.Baseline.Sex.M + profile.Baseline.Sex.Unknown);
    }

    [Theory]
    [InlineData("ubesp_2020q3_first10k", "RIVAROXABAN", "Gastrointestinal haemorrhage")]
    [InlineData("nico8270_2025q4_sample1000", "VEDOLIZUMAB", "Colitis ulcerative")]
    [InlineData("aers_ascii_2004q1_sample.zip", "PAXIL", "DIARRHOEA")]
    public void A_pair_profiled_with_a_baseline_kept_from_before_is_the_same_profile(string sample, string drug, string @event)
    {
        using var store = Ingest(sample);
        int[] drugIds = [store.FindIngredient(drug)!.Value];
        var termId = store.FindTerm(@event)!.Value;
        var profiler = new CaseProfiler(store);

        var whole = profiler.ForPair(drugIds, termId, RoleFilter.Suspect);
        var kept = profiler.ForPair(drugIds, termId, RoleFilter.Suspect, profiler.ForDrug(drugIds, RoleFilter.Suspect));

        Assert.Equal(JsonSerializer.Serialize(whole), JsonSerializer.Serialize(kept));
    }

    private CaseStore Ingest(string sample)
    {
        var folder = Path.Combine(_root.Path, "store");
        var (sources, error) = FaersIngestor.Discover([TestData.PathOf("faers", sample)]);
        Assert.Null(error);
        var result = new FaersIngestor().Ingest(new FirstWordSink(folder), sources);
        Assert.True(result.Succeeded, result.ErrorMessage);
        var opened = CaseStore.Open(folder);
        Assert.True(opened.Succeeded, opened.Error?.ToString());
        return opened.Store;
    }

    private static Dictionary<string, int>? Counts(JsonElement element) =>
        element.ValueKind == JsonValueKind.Null ? null : element.EnumerateObject().ToDictionary(static p => p.Name, static p => p.Value.GetInt32());

    private static void AssertClose(JsonElement expected, double? actual)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }

        Assert.NotNull(actual);
        Assert.InRange(actual.Value, expected.GetDouble() - 0.051, expected.GetDouble() + 0.051);
    }
}
