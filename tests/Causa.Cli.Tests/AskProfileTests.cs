using Causa.Cli.Rendering;
using Causa.Core.Query;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>
/// The profile block of the text <c>ask</c> answer on a real quarter (FAERS 2020Q3, first 10,000 reports), against counts
/// made without Causa's reader: each pair's figures are the output of
/// <c>python3 tests/Causa.Faers.Tests/Profiles/profile_reference.py ubesp_2020q3_first10k DRUG EVENT</c> run in
/// <c>../shared/data/faers</c>, and of the same command with EVENT <c>'*'</c> for the drug's baseline (every case with it
/// as a suspect). The percentages are those counts divided by hand, rounded half away from zero.
/// </summary>
public sealed class AskProfileTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public async Task Text_answer_says_who_when_how_serious_and_how_soon_as_the_text_counts_them()
    {
        // Reference, pair: cases 26; sex F 13, M 13, unknown 0; age n 26, median 70.5; by_year 2014: 6, 2015: 20;
        // hospitalization 26, death 11, serious 26; time_to_onset_days n 20, median 37.5, excluded 0.
        // Reference, baseline ('*'): cases 80; hospitalization 75, death 31, serious 79.
        var lines = await AskAsync("rivaroxaban", "Gastrointestinal haemorrhage");

        Assert.Equal("Who reports it, when, how serious, how soon (the 26 cases with both):", lines[0]);
        Assert.Equal("  Who: 13 women (50%), 13 men (50%); median age 70.5 years (26 of the 26 give an age).", lines[1]);
        Assert.Equal("  When: first received by the FDA from 2014 to 2015; most in 2015 (20 cases).", lines[2]);
        // 26/26 = 100%, 75/80 = 93.75%; 11/26 = 42.3%, 31/80 = 38.75%; 26/26, 79/80 = 98.75%.
        Assert.Equal("  How serious: hospitalised in 100% (26) vs 94% of all 80 cases with RIVAROXABAN; died in 42% (11) vs 39%; any serious outcome 100% vs 99%.", lines[3]);
        Assert.Equal("  How soon: median 37.5 days from starting RIVAROXABAN to the event (20 cases give both dates).", lines[4]);
    }

    [Fact]
    public async Task Text_answer_counts_unstated_sex_and_onsets_left_out()
    {
        // Reference, pair: cases 64; sex F 63, M 0, unknown 1; age n 60, median 55.5; by_year 2014: 62, 2015: 2;
        // hospitalization 0, death 2, serious 64; time_to_onset_days n 6, median 522.5, excluded 1.
        // Reference, baseline ('*'): cases 66; hospitalization 0, death 2, serious 66.
        var lines = await AskAsync("atorvastatin", "Type 2 diabetes mellitus");

        Assert.Equal("Who reports it, when, how serious, how soon (the 64 cases with both):", lines[0]);
        // 63/64 = 98.4%.
        Assert.Equal("  Who: 63 women (98%), 0 men (0%), 1 not stated; median age 55.5 years (60 of the 64 give an age).", lines[1]);
        Assert.Equal("  When: first received by the FDA from 2014 to 2015; most in 2014 (62 cases).", lines[2]);
        // 2/64 = 3.1%, 2/66 = 3.0%.
        Assert.Equal("  How serious: hospitalised in 0% (0) vs 0% of all 66 cases with ATORVASTATIN; died in 3% (2) vs 3%; any serious outcome 100% vs 100%.", lines[3]);
        Assert.Equal("  How soon: median 522.5 days from starting ATORVASTATIN to the event (6 cases give both dates; 1 case left out, the event dated before the start or implausibly long after).", lines[4]);
    }

    [Fact]
    public void Fields_the_reports_do_not_record_are_said_in_words()
    {
        // A legacy-like profile: no receipt date, no age, no sex, no therapy dates, no baseline.
        var profile = new CaseProfile(
            new SexCounts(0, 0, 3),
            new AgeSummary(0, null, null, null, new Dictionary<string, int> { ["unknown"] = 3 }),
            null,
            null,
            new OutcomeCounts(0, 0, 1, 0, 0, 0, 0, 1, 2),
            new Dictionary<string, int> { ["consumer"] = 3 },
            null,
            null,
            [],
            [],
            null);

        var lines = ProfileView.Lines(profile, "PAXIL", "DIZZINESS");

        Assert.Equal(
            [
                "Who reports it, when, how serious, how soon (the 3 cases with both):",
                "  Who: no case states the sex; no case gives an age.",
                "  When: these reports do not record when the FDA first received a case.",
                "  How serious: hospitalised in 33% (1); died in 0% (0); any serious outcome 33%.",
                "  How soon: these reports do not record when the drug was started.",
            ],
            lines);
    }

    [Fact]
    public void Dates_missing_from_every_case_are_said_in_words()
    {
        var profile = new CaseProfile(
            new SexCounts(2, 1, 0),
            new AgeSummary(0, null, null, null, new Dictionary<string, int> { ["unknown"] = 3 }),
            new Dictionary<string, int> { ["unknown"] = 3 },
            new Dictionary<string, int> { ["unknown"] = 3 },
            new OutcomeCounts(0, 0, 0, 0, 0, 0, 0, 0, 3),
            new Dictionary<string, int> { ["consumer"] = 3 },
            null,
            new OnsetSummary(0, null, null, null, new Dictionary<string, int>(), 2),
            [],
            [],
            null);

        var lines = ProfileView.Lines(profile, "PAXIL", "DIZZINESS");

        Assert.Equal("  When: no case records when the FDA first received it.", lines[2]);
        Assert.Equal("  How soon: no case gives both a complete start date and a complete event date; 2 cases left out, the event dated before the start or implausibly long after.", lines[4]);
    }

    [Fact]
    public void A_pair_no_case_reports_has_one_line()
    {
        var empty = new CaseProfile(new SexCounts(0, 0, 0), new AgeSummary(0, null, null, null, new Dictionary<string, int>()), null, null,
            new OutcomeCounts(0, 0, 0, 0, 0, 0, 0, 0, 0), new Dictionary<string, int>(), null, null, [], [], null);

        Assert.Equal(["Who reports it: no case in the store reports both X and Y, so there is nothing to describe."], ProfileView.Lines(empty, "X", "Y"));
    }

    /// <summary>The profile block of the text answer: from its heading to the end of the output.</summary>
    private async Task<string[]> AskAsync(string drug, string condition)
    {
        Assert.Equal(0, await _cli.RunAsync("ingest", TestData.PathOf("faers", "ubesp_2020q3_first10k")));
        Assert.Equal(0, await _cli.RunAsync("ask", drug, condition));
        var lines = _cli.Console.ToString().Split('\n').Select(static l => l.TrimEnd('\r', ' ')).ToArray();
        var start = Array.FindIndex(lines, static l => l.StartsWith("Who reports it", StringComparison.Ordinal));
        Assert.True(start >= 0, _cli.Console.ToString());
        return lines[start..].Where(static l => l.Length > 0).ToArray();
    }
}
