using Causa.Tests.Shared;

namespace Causa.Cli.Tests.Contract;

/// <summary>
/// Regression pins of the CLI's public interface: the JSON of every command, the text of the main ones and the exit codes
/// of typical failures, on real FAERS samples, compared with golden files captured before the use cases moved out of the
/// commands. A difference here is a change of the public contract: make it deliberately or not at all.
/// </summary>
[Collection(nameof(ContractCollection))]
public sealed class PublicContractTests(ContractStore store) : IDisposable
{
    private readonly CliHarness _cli = new(store.Directory);

    public void Dispose() => _cli.Dispose();

    public static TheoryData<string, string[]> Queries => new()
    {
        { "ask_json", ["ask", "octreotide", "nausea", "--json"] },
        { "ask_brand_json", ["ask", "Sandostatin", "nausea", "--json"] },
        { "ask_all_roles_json", ["ask", "octreotide", "nausea", "--roles", "all", "--json"] },
        { "ask_indication_json", ["ask", "duloxetine", "fibromyalgia", "--json"] },
        { "ask_lay_term_json", ["ask", "Remeron", "weight gain", "--json"] },
        { "ask_text", ["ask", "octreotide", "nausea"] },
        { "ask_unknown_drug", ["ask", "octreo", "nausea"] },
        { "ask_unknown_event", ["ask", "octreotide", "nauseaxyz"] },
        { "ask_sources_only_drug", ["ask", "tirzepatide", "weight control", "--json"] },
        { "evidence_json", ["evidence", "duloxetine", "fibromyalgia", "--json"] },
        { "evidence_text", ["evidence", "duloxetine", "fibromyalgia"] },
        { "evidence_unknown_term", ["evidence", "duloxetine", "qwxzv"] },
        { "top_drug_json", ["top", "octreotide", "--json"] },
        { "top_drug_text", ["top", "octreotide", "--roles", "all"] },
        { "top_event_json", ["top", "--event", "nausea", "--min-count", "3", "--limit", "5", "--json"] },
        { "top_event_text", ["top", "--event", "nausea", "--limit", "5"] },
        { "top_class_json", ["top", "--class", "statin", "--min-count", "1", "--limit", "5", "--json"] },
        { "top_class_event_json", ["top", "--event", "nausea", "--class", "antidepressant", "--min-count", "1", "--json"] },
        { "top_no_arguments", ["top"] },
        { "trend_json", ["trend", "octreotide", "nausea", "--json"] },
        { "trend_text", ["trend", "octreotide", "nausea"] },
        { "compare_json", ["compare", "--class", "antidepressant", "--event", "nausea", "--json"] },
        { "compare_text", ["compare", "--class", "antidepressant", "--event", "nausea"] },
        { "case_json", ["case", "11003106", "--json"] },
        { "case_text", ["case", "11003106"] },
        { "case_unknown", ["case", "999999999999"] },
        { "info_json", ["info", "--json"] },
        { "info_text", ["info"] },
        { "verify_json", ["verify", "--json"] },
        { "resolve_drug_json", ["resolve", "drug", "REMERON SOLTAB 15MG", "--json"] },
        { "resolve_drug_text", ["resolve", "drug", "Sandostatin"] },
        { "resolve_event_json", ["resolve", "event", "Rückenschmerzen", "--json"] },
        { "resolve_event_text", ["resolve", "event", "zzqxv wvvk"] },
        { "source_list_json", ["source", "list", "--json"] },
        { "source_list_text", ["source", "list"] },
        { "vocab_info_json", ["vocab", "info", "--json"] },
        { "vocab_info_text", ["vocab", "info"] },
        { "signals_jsonl", ["signals", "--drug", "octreotide", "--format", "jsonl"] },
        { "signals_csv", ["signals", "--event", "nausea", "--min-count", "3", "--format", "csv"] },
        { "signals_text_saved", ["signals", "--limit", "5"] },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Query_output_and_exit_code_are_unchanged(string name, string[] args)
    {
        var exit = await _cli.RunAsync(args);

        Golden.Match(name, Golden.Normalise(Record(exit, _cli), store.Directory));
    }

    [Fact]
    public void Ingest_json_is_unchanged() => Golden.Match("ingest_json", Golden.Normalise($"exit: {store.IngestExit}\n--- stdout\n{store.IngestJson}", store.Directory));

    [Fact]
    public void Vocab_import_and_source_add_and_signals_text_are_unchanged()
    {
        Golden.Match("vocab_import_text", Golden.Normalise(store.VocabImportText, store.Directory));
        Golden.Match("source_add_text", Golden.Normalise(store.SourceAddText, store.Directory));
        // The progress lines before the table depend on timing; the table is the contract.
        var table = store.SignalsText[store.SignalsText.IndexOf("pairs match", StringComparison.Ordinal)..];
        Golden.Match("signals_text", Golden.Normalise(table, store.Directory));
    }

    public static TheoryData<string, string[]> Failures => new()
    {
        { "no_store_ask", ["ask", "octreotide", "nausea"] },
        { "no_store_info_json", ["info", "--json"] },
        { "no_store_verify", ["verify"] },
        { "no_store_case", ["case", "1"] },
        { "no_store_top", ["top", "octreotide"] },
        { "ingest_missing_file", ["ingest", "<STORE>/nope.zip"] },
        { "source_add_unknown_kind", ["source", "add", "--kind", "wiki", "<DATA>/indications/pharmacotherapydb/indications.tsv"] },
        { "mgps_missing_file", ["mgps", "<STORE>/no-such-file.csv"] },
        { "mgps_toy_raw", ["mgps", "<DATA>/reference_stats/expected/processraw_toy_raw.csv", "--theta", "3.2537864,0.39988837,2.0261305,1.9080826,0.0653457"] },
        { "unknown_command", ["frobnicate"] },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task Failures_and_store_free_commands_keep_their_messages_and_exit_codes(string name, string[] args)
    {
        using var empty = new CliHarness();
        var expanded = args.Select(a => a.Replace("<STORE>", empty.StoreDirectory, StringComparison.Ordinal).Replace("<DATA>", TestData.Directory, StringComparison.Ordinal)).ToArray();

        var exit = await empty.RunAsync(expanded);

        Golden.Match(name, Golden.Normalise(Record(exit, empty), empty.StoreDirectory));
    }

    [Fact]
    public async Task Truncated_zip_exits_2()
    {
        using var empty = new CliHarness();
        Directory.CreateDirectory(empty.StoreDirectory);
        var truncated = Path.Combine(empty.StoreDirectory, "faers_ascii_2022q4.zip");
        var bytes = await File.ReadAllBytesAsync(TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"));
        await File.WriteAllBytesAsync(truncated, bytes[..(bytes.Length / 2)]);

        var exit = await empty.RunAsync("ingest", truncated);

        // The reader's own wording of the damage is its business; the contract is the exit code and the prefix.
        Assert.Equal(2, exit);
        Assert.StartsWith("causa: ingest failed, the store is unchanged: ", empty.Error.ToString(), StringComparison.Ordinal);
    }

    private static string Record(int exit, CliHarness cli) =>
        $"exit: {exit}\n--- stdout\n{cli.Output}--- stderr\n{cli.Error}--- console\n{cli.Console}";
}
