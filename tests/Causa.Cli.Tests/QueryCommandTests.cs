using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

public sealed class QueryCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    private async Task IngestSamplesAsync()
    {
        var exit = await _cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"), TestData.PathOf("faers", "ubesp_2020q3_first10k"), TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"));
        Assert.True(exit == 0, _cli.Error.ToString());
    }

    private static HashSet<string> Keys(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    [Fact]
    public async Task Ask_json_has_the_public_keys_and_consistent_counts()
    {
        await IngestSamplesAsync();

        var exit = await _cli.RunAsync("ask", "Sandostatin", "nausea", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        string[] required = ["drug", "event", "a", "b", "c", "d", "expected", "prr", "prr_lower", "prr_upper", "ror", "ror_lower", "ror_upper", "chi2_yates", "ic", "ic025", "ic975", "signals", "verdict"];
        Assert.Superset(required.ToHashSet(), Keys(root));
        Assert.Equal("OCTREOTIDE", root.GetProperty("drug").GetString());
        Assert.Equal("Nausea", root.GetProperty("event").GetString());
        var (a, b, c, d) = (root.GetProperty("a").GetInt64(), root.GetProperty("b").GetInt64(), root.GetProperty("c").GetInt64(), root.GetProperty("d").GetInt64());
        Assert.Equal(root.GetProperty("n").GetInt64(), a + b + c + d);
        Assert.Equal((double)(a + b) * (a + c) / (a + b + c + d), root.GetProperty("expected").GetDouble(), 9);
    }

    [Fact]
    public async Task Ask_details_output_shows_the_verdict_and_caveats()
    {
        await IngestSamplesAsync();

        var exit = await _cli.RunAsync("ask", "octreotide", "Nausea", "--details");

        Assert.Equal(0, exit);
        var text = _cli.Console.ToString();
        Assert.Contains("Verdict:", text, StringComparison.Ordinal);
        Assert.Contains("Spontaneous reports cannot show", text, StringComparison.Ordinal);
        Assert.Contains("PRR", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_drug_exits_1_with_suggestions_not_a_stack_trace()
    {
        await IngestSamplesAsync();

        // "octreotid" is now read as a misspelling (VocabularyCommandTests); a fragment is too short to correct.
        var exit = await _cli.RunAsync("ask", "octreo", "Nausea");

        Assert.Equal(1, exit);
        Assert.Contains("Did you mean: OCTREOTIDE", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_event_exits_1_with_suggestions()
    {
        await IngestSamplesAsync();

        // "nausia" is now read as a misspelling (VocabularyCommandTests); three extra letters are too many to correct.
        var exit = await _cli.RunAsync("ask", "octreotide", "nauseaxyz");

        Assert.Equal(1, exit);
        Assert.Contains("unknown event 'nauseaxyz'. Did you mean: Nausea", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_without_a_store_exits_1_and_says_how_to_make_one()
    {
        var exit = await _cli.RunAsync("info");

        Assert.Equal(1, exit);
        Assert.Contains("causa ingest", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Damaged_store_exits_2()
    {
        await IngestSamplesAsync();
        var path = Path.Combine(_cli.StoreDirectory, "cases.causa");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var exit = await _cli.RunAsync("info");

        Assert.Equal(2, exit);
        Assert.Contains("truncated", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_damaged_section_a_command_reads_gives_the_store_error_and_one_it_does_not_read_is_left_to_the_full_verification()
    {
        await IngestSamplesAsync();
        var path = Path.Combine(_cli.StoreDirectory, "cases.causa");
        var bytes = File.ReadAllBytes(path);
        // Section 75 holds the cases of each event term: `ask` reads it, `info` does not. A byte of every 1 KiB block is
        // damaged, so the part of it `ask` reads (only the blocks of its event's cases are verified) is damaged.
        var (offset, length) = SectionOf(bytes, 75);
        Assert.True(length > 1000);
        for (var at = offset + 3; at < offset + length; at += 512)
        {
            bytes[at] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);

        Assert.Equal(0, await _cli.RunAsync("info"));
        var exit = await _cli.RunAsync("ask", "octreotide", "nausea");

        Assert.Equal(2, exit);
        var error = _cli.Error.ToString();
        Assert.StartsWith($"causa: cannot open the store: {path}: section 75 checksum does not match", error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, _cli.Output.ToString());
    }

    // The byte range of a store section, from the file's directory (header: section count at 12, directory offset at 32;
    // 32-byte entries: id, element size, offset, length, checksum).
    private static (int Offset, int Length) SectionOf(byte[] file, uint id)
    {
        var count = BitConverter.ToInt32(file, 12);
        var directory = (int)BitConverter.ToInt64(file, 32);
        for (var i = 0; i < count; i++)
        {
            var entry = directory + (i * 32);
            if (BitConverter.ToUInt32(file, entry) == id)
            {
                return ((int)BitConverter.ToInt64(file, entry + 8), (int)BitConverter.ToInt64(file, entry + 16));
            }
        }

        throw new InvalidOperationException($"no section {id}");
    }

    [Fact]
    public async Task Info_json_reports_cases_quarters_drugs_events()
    {
        await IngestSamplesAsync();

        Assert.Equal(0, await _cli.RunAsync("info", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        Assert.Superset(new HashSet<string> { "cases", "quarters", "drugs", "events" }, Keys(root));
        Assert.Equal(["2020Q3", "2022Q4", "2025Q4"], root.GetProperty("quarters").EnumerateArray().Select(q => q.GetString()));
        Assert.True(root.GetProperty("cases").GetInt32() > 10_000);
    }

    [Fact]
    public async Task Case_json_lists_the_kept_version()
    {
        await IngestSamplesAsync();

        Assert.Equal(0, await _cli.RunAsync("case", "11003106", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        Assert.Superset(new HashSet<string> { "caseid", "primaryid", "caseversion", "quarter", "drugs", "events" }, Keys(root));
        Assert.Equal(1100310642, root.GetProperty("primaryid").GetInt64());
        Assert.Equal(42, root.GetProperty("caseversion").GetInt32());
        Assert.Equal("2025Q4", root.GetProperty("quarter").GetString());
        Assert.Contains(root.GetProperty("drugs").EnumerateArray(), d => d.GetProperty("drugname").GetString() == "SANDOSTATIN LAR DEPOT");
    }

    [Fact]
    public async Task Case_not_in_the_store_or_deleted_exits_1()
    {
        await IngestSamplesAsync();

        Assert.Equal(1, await _cli.RunAsync("case", "999999999999"));
        Assert.Contains("not in the store", _cli.Error.ToString(), StringComparison.Ordinal);

        // 10088013 is the first case id on DELETE25Q4.
        Assert.Equal(1, await _cli.RunAsync("case", "10088013", "--json"));
        Assert.Contains("removed by FDA", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_lists_drugs_for_an_event_and_events_for_a_drug()
    {
        await IngestSamplesAsync();

        Assert.Equal(0, await _cli.RunAsync("top", "--event", "nausea", "--min-count", "3", "--limit", "5", "--json"));
        using (var json = JsonDocument.Parse(_cli.Output.ToString()))
        {
            var rows = json.RootElement.EnumerateArray().ToList();
            Assert.InRange(rows.Count, 1, 5);
            Assert.All(rows, r => Assert.True(r.GetProperty("a").GetInt64() >= 3));
            var ic025 = rows.Select(r => r.GetProperty("ic025").GetDouble()).ToList();
            Assert.Equal(ic025.OrderByDescending(x => x), ic025);
        }

        Assert.Equal(0, await _cli.RunAsync("top", "octreotide", "--roles", "all"));
        Assert.Contains("Events most disproportionately reported with OCTREOTIDE", _cli.Console.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await _cli.RunAsync("top"));
    }

    [Fact]
    public async Task Ingest_of_a_missing_path_exits_1_and_a_truncated_zip_exits_2()
    {
        Assert.Equal(1, await _cli.RunAsync("ingest", Path.Combine(_cli.StoreDirectory, "nope.zip")));

        Directory.CreateDirectory(_cli.StoreDirectory);
        var bytes = File.ReadAllBytes(TestData.PathOf("faers", "faers_ascii_2017q2_sample.zip"));
        var truncated = Path.Combine(_cli.StoreDirectory, "faers_ascii_2017q2.zip");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length * 2 / 3)]);
        Assert.Equal(2, await _cli.RunAsync("ingest", truncated));
        Assert.Contains("faers_ascii_2017q2.zip", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_offline_ingests_and_answers_a_first_question()
    {
        var exit = await _cli.RunAsync("quickstart", "--from", TestData.PathOf("faers", "nico8270_2025q4_sample1000"));

        Assert.Equal(0, exit);
        var text = _cli.Console.ToString();
        Assert.Contains("First question: causa ask", text, StringComparison.Ordinal);
        Assert.Contains("FAERS reports: ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quickstart_from_the_whole_shared_data_loads_every_source_and_says_what_it_skipped()
    {
        var exit = await _cli.RunAsync("quickstart", "--from", TestData.Directory);

        Assert.True(exit == 0, _cli.Error.ToString());
        var text = _cli.Console.ToString();
        Assert.Contains("Ingesting 6 quarter(s)", text, StringComparison.Ordinal);
        Assert.Contains("Evidence sources found", text, StringComparison.Ordinal);
        // Rows read counted with `zcat MEDI_01212013_UMLS.csv.gz | wc -l` (68,537: a header and one blank last line); how
        // many are used depends on the names loaded with it.
        Assert.Matches("MEDI: [0-9,]+ of 68,535 rows used", text);
        Assert.Contains("PROVENANCE.md: not an evidence source Causa recognises", text, StringComparison.Ordinal);
        // Name sources are read before the quarters (Drugs@FDA, EMA, RxNorm/OMOP, DrugCentral, SIDER and OnSIDES names).
        Assert.Contains("Name sources found: ", text, StringComparison.Ordinal);
        Assert.Contains("Drug names: the store's vocabulary", text, StringComparison.Ordinal);
        Assert.Contains("First question: causa ask", text, StringComparison.Ordinal);

        // By hand from PROVENANCE.md: SIDER, SIDER's indications, OnSIDES, DrugCentral, MEDI (once), PharmacotherapyDB, 13
        // count tables (TAKMU, openFDA SSRI counts, the darylokeke cardiac 2x2 table, 5 MDDC, 3 pvEBayes and 2 pvLRT
        // matrices) and 2 case-level tables counted into count tables (the pvLRT 2022Q3 pairs and the openFDA case-level folder).
        Assert.Equal(0, await _cli.RunAsync("source", "list", "--json"));
        using var doc = JsonDocument.Parse(_cli.Output.ToString());
        var names = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("name").GetString()).ToList();
        Assert.Equal(6 + 13 + 2, names.Count);
        Assert.Contains("SIDER 4.1 indications", names);
        Assert.Contains("pvLRT FAERS 2022Q3 primary-suspect pairs", names);
        Assert.Contains("openFDA case-level sample", names);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Single(names, static n => n == "MEDI");
    }

    [Fact]
    public async Task Signals_scan_is_saved_and_adds_ebgm_to_ask()
    {
        await IngestSamplesAsync();
        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea", "--json"));
        using (var before = JsonDocument.Parse(_cli.Output.ToString()))
        {
            Assert.Equal(JsonValueKind.Null, before.RootElement.GetProperty("ebgm").ValueKind);
            // The JSON (shared with the web API) says what is missing; the CLI's words name the command.
            Assert.Equal("no MGPS scan saved", before.RootElement.GetProperty("mgps_note").GetString());
        }

        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea", "--details"));
        Assert.Contains("EBGM: no MGPS scan saved; run `causa signals` to compute EBGM for every pair", _cli.Console.ToString(), StringComparison.Ordinal);

        var csv = Path.Combine(_cli.StoreDirectory, "signals.csv");
        Assert.Equal(0, await _cli.RunAsync("signals", "--format", "csv", "--min-count", "3", "--output", csv));
        Assert.Matches(@"^theta alpha1=\S+ beta1=\S+ alpha2=\S+ beta2=\S+ P=\S+ loglik=\S+$", _cli.Error.ToString().Split('\n').First(l => l.StartsWith("theta", StringComparison.Ordinal)).TrimEnd('\r'));
        var lines = File.ReadAllLines(csv);
        Assert.Equal("drug,event,n,e,prr,prr_lower,prr_upper,ror,ror_lower,ror_upper,chi2_yates,ic,ic025,ic975,ebgm,eb05,eb95,qn,signals", lines[0]);
        Assert.All(lines.Skip(1), l => Assert.True(int.Parse(l.Split(',')[2], System.Globalization.CultureInfo.InvariantCulture) >= 3, l));

        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea", "--json"));
        using var after = JsonDocument.Parse(_cli.Output.ToString());
        var root = after.RootElement;
        Assert.True(root.GetProperty("ebgm").GetDouble() > 0);
        Assert.True(root.GetProperty("eb05").GetDouble() < root.GetProperty("ebgm").GetDouble());
        Assert.True(root.GetProperty("eb95").GetDouble() > root.GetProperty("ebgm").GetDouble());
    }

    [Fact]
    public async Task Signals_filters_by_drug_and_eb05_in_json_lines()
    {
        await IngestSamplesAsync();

        Assert.Equal(0, await _cli.RunAsync("signals", "--drug", "octreotide", "--eb05", "2", "--format", "jsonl"));

        var rows = _cli.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.Equal("OCTREOTIDE", r.GetProperty("drug").GetString());
            Assert.True(r.GetProperty("eb05").GetDouble() >= 2);
            Assert.Contains("eb05", r.GetProperty("signals").EnumerateArray().Select(x => x.GetString()));
        });
    }
}
