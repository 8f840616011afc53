using System.Text.Json;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

/// <summary>The resolver as the one path from a user's text to store ids: ask, top --class, ingest and vocab apply.</summary>
public sealed class VocabularyCommandTests : IDisposable
{
    private readonly CliHarness _cli = new();
    private readonly List<string> _temp = [];

    public void Dispose()
    {
        _cli.Dispose();
        foreach (var path in _temp.Where(Directory.Exists))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    private async Task IngestSamplesAsync(CliHarness? cli = null)
    {
        cli ??= _cli;
        var exit = await cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000"), TestData.PathOf("faers", "ubesp_2020q3_first10k"), TestData.PathOf("faers", "faers_ascii_2022Q4_sample.zip"), "--json");
        Assert.True(exit == 0, cli.Error.ToString());
    }

    private async Task<JsonElement> AskJsonAsync(string drug, string eventText)
    {
        var exit = await _cli.RunAsync("ask", drug, eventText, "--json");
        Assert.True(exit == 0, _cli.Error.ToString());
        return JsonDocument.Parse(_cli.Output.ToString()).RootElement.Clone();
    }

    private static (long, long, long, long) Table(JsonElement answer) =>
        (answer.GetProperty("a").GetInt64(), answer.GetProperty("b").GetInt64(), answer.GetProperty("c").GetInt64(), answer.GetProperty("d").GetInt64());

    [Fact]
    public async Task Ask_with_a_brand_and_a_Dutch_lay_term_counts_the_same_cases_as_the_canonical_names()
    {
        await IngestSamplesAsync();
        var canonical = await AskJsonAsync("OCTREOTIDE", "Nausea");

        var answer = await AskJsonAsync("Sandostatin", "misselijkheid");

        Assert.Equal("OCTREOTIDE", answer.GetProperty("drug").GetString());
        Assert.Equal("Nausea", answer.GetProperty("event").GetString());
        Assert.Equal(Table(canonical), Table(answer));
        var drugMatch = answer.GetProperty("drug_match");
        Assert.Equal("Sandostatin", drugMatch.GetProperty("input").GetString());
        Assert.Equal("OCTREOTIDE", drugMatch.GetProperty("match").GetString());
        Assert.Equal("brand", drugMatch.GetProperty("kind").GetString());
        Assert.Equal(1.0, drugMatch.GetProperty("confidence").GetDouble());
        var eventMatch = answer.GetProperty("event_match");
        Assert.Equal("misselijkheid", eventMatch.GetProperty("input").GetString());
        Assert.Equal("Nausea", eventMatch.GetProperty("match").GetString());
        Assert.Equal("language", eventMatch.GetProperty("kind").GetString());
        Assert.Equal("nl", eventMatch.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Ask_with_a_misspelt_drug_and_a_German_term_resolves_both_and_says_how()
    {
        await IngestSamplesAsync();
        var canonical = await AskJsonAsync("OCTREOTIDE", "Nausea");

        var answer = await AskJsonAsync("octreotid", "Übelkeit");

        Assert.Equal(Table(canonical), Table(answer));
        Assert.Equal("misspelling", answer.GetProperty("drug_match").GetProperty("kind").GetString());
        Assert.InRange(answer.GetProperty("drug_match").GetProperty("confidence").GetDouble(), 0.5, 0.99);
        Assert.Equal("de", answer.GetProperty("event_match").GetProperty("language").GetString());

        var exit = await _cli.RunAsync("ask", "octreotid", "Übelkeit");
        Assert.Equal(0, exit);
        Assert.Contains("\"octreotid\" → OCTREOTIDE, misspelling", _cli.Console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_a_lay_term_lists_related_terms_as_separate_and_does_not_merge_them()
    {
        await IngestSamplesAsync();
        var backPain = await AskJsonAsync("octreotide", "Back pain");

        var exit = await _cli.RunAsync("ask", "octreotide", "backache");

        Assert.Equal(0, exit);
        var text = _cli.Console.ToString();
        Assert.Contains("\"backache\" → Back pain, lay term", text, StringComparison.Ordinal);
        Assert.Contains("separate term", text, StringComparison.Ordinal);
        var answer = await AskJsonAsync("octreotide", "backache");
        Assert.Equal(Table(backPain), Table(answer));
        Assert.Contains(answer.GetProperty("event_match").GetProperty("related").EnumerateArray(), r => r.GetString() == "Musculoskeletal pain");
    }

    [Fact]
    public async Task Ambiguous_drug_exits_1_with_the_choices()
    {
        await IngestSamplesAsync();

        var exit = await _cli.RunAsync("ask", "TYLENOL WITH CODEINE", "Nausea");

        Assert.Equal(1, exit);
        var error = _cli.Error.ToString();
        Assert.Contains("matches several drugs", error, StringComparison.Ordinal);
        Assert.Contains("ACETAMINOPHEN", error, StringComparison.Ordinal);
        Assert.Contains("CODEINE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ambiguous_event_exits_1_with_the_choices()
    {
        await IngestSamplesAsync();

        var exit = await _cli.RunAsync("ask", "octreotide", "oorsuizen en piepen");

        Assert.Equal(1, exit);
        Assert.Contains("matches several events: Tinnitus, Wheezing", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_class_without_imported_classes_says_what_to_import()
    {
        await IngestSamplesAsync();

        var exit = await _cli.RunAsync("top", "--event", "nausea", "--class", "antidepressant");

        Assert.Equal(1, exit);
        Assert.Contains("causa vocab import", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("pharm_class.tsv", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Top_event_with_class_lists_only_members_of_the_DrugCentral_class()
    {
        await IngestSamplesAsync();
        var dc = TestData.PathOf("drugnames", "drugcentral_2016");
        Assert.Equal(0, await _cli.RunAsync("vocab", "import", Path.Combine(dc, "pharm_class.tsv"), Path.Combine(dc, "identifiers.tsv")));
        // Independent reference: the SSRI members (EPC "Serotonin Reuptake Inhibitor") straight from the file.
        var ssris = File.ReadLines(Path.Combine(dc, "pharm_class.tsv")).Skip(1).Select(l => l.Split('\t'))
            .Where(f => f[2] == "EPC" && f[4] == "Serotonin Reuptake Inhibitor").Select(f => f[1].ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("SERTRALINE", ssris);
        Assert.Equal(0, await _cli.RunAsync("top", "--event", "Nausea", "--min-count", "1", "--limit", "1000", "--json"));
        var all = JsonDocument.Parse(_cli.Output.ToString()).RootElement.EnumerateArray().Select(r => r.GetProperty("drug").GetString()!).ToList();

        var exit = await _cli.RunAsync("top", "--event", "misselijkheid", "--class", "SSRI", "--min-count", "1", "--limit", "1000", "--json");

        Assert.True(exit == 0, _cli.Error.ToString());
        var members = JsonDocument.Parse(_cli.Output.ToString()).RootElement.EnumerateArray().Select(r => r.GetProperty("drug").GetString()!).ToList();
        Assert.NotEmpty(members);
        Assert.All(members, m => Assert.Contains(m, ssris));
        Assert.Equal(all.Where(ssris.Contains).ToList(), members);
        Assert.Contains(all, d => !ssris.Contains(d));
    }

    [Fact]
    public async Task Vocab_apply_re_resolves_the_store_without_the_quarter_files()
    {
        // A names-only legacy quarter, copied so that it can be removed before re-resolving.
        var folder = Path.Combine(Path.GetTempPath(), "causa-reresolve-" + Guid.NewGuid().ToString("N"));
        _temp.Add(folder);
        Directory.CreateDirectory(folder);
        var zip = Path.Combine(folder, "aers_ascii_2004q1.zip");
        File.Copy(TestData.PathOf("faers", "aers_ascii_2004q1_sample.zip"), zip);
        Assert.Equal(0, await _cli.RunAsync("ingest", zip, "--json"));
        var casesBefore = JsonDocument.Parse(_cli.Output.ToString()).RootElement.GetProperty("cases").GetInt32();
        Assert.Equal(1, await _cli.RunAsync("top", "Paxil"));
        File.Delete(zip);

        Assert.Equal(0, await _cli.RunAsync("vocab", "import", TestData.PathOf("drugnames", "drugsatfda_20190702.zip")));
        // The vocabulary knows Paxil at once, but the store's counts do not until they are re-resolved: until then only
        // the one report that names the ingredient itself ("PAROXETINE HCL", read as a guess at ingest) counts.
        Assert.Equal(0, await _cli.RunAsync("top", "Paxil", "--min-count", "1", "--json"));
        var eventsBefore = JsonDocument.Parse(_cli.Output.ToString()).RootElement.GetArrayLength();

        var exit = await _cli.RunAsync("vocab", "apply", "--json");

        Assert.True(exit == 0, _cli.Error.ToString());
        var applied = JsonDocument.Parse(_cli.Output.ToString()).RootElement;
        Assert.True(applied.GetProperty("entries_changed").GetInt32() > 0);
        Assert.True(applied.GetProperty("ingredients").GetInt32() > applied.GetProperty("ingredients_before").GetInt32());
        Assert.Equal(casesBefore, applied.GetProperty("cases").GetInt32());
        Assert.False(File.Exists(zip));
        Assert.Equal(0, await _cli.RunAsync("top", "Paxil", "--min-count", "1", "--json"));
        var after = JsonDocument.Parse(_cli.Output.ToString()).RootElement;
        Assert.All(after.EnumerateArray(), r => Assert.Equal("PAROXETINE", r.GetProperty("drug").GetString()));
        Assert.True(after.GetArrayLength() > eventsBefore, $"{after.GetArrayLength()} events after, {eventsBefore} before");
    }

    [Fact]
    public async Task Vocab_import_of_a_folder_imports_its_recognised_files_and_skips_the_rest()
    {
        var exit = await _cli.RunAsync("vocab", "import", TestData.PathOf("drugnames", "drugcentral_2016"));

        Assert.True(exit == 0, _cli.Error.ToString());
        var console = _cli.Console.ToString();
        Assert.Contains("identifiers.tsv", console, StringComparison.Ordinal);
        Assert.Contains("pharm_class.tsv", console, StringComparison.Ordinal);
        Assert.Contains("skipped", console, StringComparison.Ordinal);
        Assert.Contains("idtype.tsv", console, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vocab_import_accepts_every_shared_name_source_at_once_with_its_rows_accounted_for()
    {
        string[] sources =
        [
            TestData.PathOf("drugnames", "drugsatfda_20190702.zip"),
            TestData.PathOf("drugnames", "drugsatfda_Products_2023.txt"),
            TestData.PathOf("drugnames", "ema_eu_registered_drugs_by_active_ingredient_utf8.txt"),
            TestData.PathOf("drugnames", "omop_rxnorm_ingredients_20230731.tsv"),
            TestData.PathOf("drugnames", "drugcentral_2016", "identifiers.tsv"),
            TestData.PathOf("drugnames", "rxnorm_product_to_ingredient_dhimmel.tsv"),
            TestData.PathOf("drugnames", "openfda_harmonized_small.jsonl"),
            TestData.PathOf("labels", "onsides_v2.1.0_sample", "rxnorm_product_to_ingredient.csv"),
            TestData.PathOf("labels", "onsides_v2.1.0_sample", "rxnorm_mappings.csv"),
            TestData.PathOf("labels", "onsides_v2.1.0_sample", "ingredients.csv"),
            TestData.PathOf("labels", "sider4.1", "drug_names.tsv"),
        ];

        var exit = await _cli.RunAsync(["vocab", "import", .. sources]);

        Assert.True(exit == 0, _cli.Error.ToString());
        var console = _cli.Console.ToString();
        Assert.All(sources, s => Assert.Contains(Path.GetFileName(s), console, StringComparison.Ordinal));
        Assert.DoesNotContain("failed", console, StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("vocab", "info", "--json"));
        Assert.Equal(sources.Length, JsonDocument.Parse(_cli.Output.ToString()).RootElement.GetProperty("sources").GetInt32());

        // Names only the newer Drugs@FDA file and the foreign-spelling rules know resolve through the saved vocabulary.
        Assert.Equal(0, await _cli.RunAsync("resolve", "drug", "MOUNJARO", "--json"));
        Assert.Contains("TIRZEPATIDE", _cli.Output.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, await _cli.RunAsync("resolve", "drug", "FUROSEMIDUM", "--json"));
        Assert.Contains("FUROSEMIDE", _cli.Output.ToString(), StringComparison.Ordinal);
    }
}
