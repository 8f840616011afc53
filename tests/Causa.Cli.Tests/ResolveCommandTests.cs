using System.CommandLine;
using System.Text.Json;
using Causa.Cli;
using Causa.Cli.Commands;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests;

public sealed class ResolveCommandTests : IDisposable
{
    private readonly string _store = Path.Combine(Path.GetTempPath(), "causa-resolve-" + Guid.NewGuid().ToString("N"));
    private readonly CliHarness _cli;

    public ResolveCommandTests() => _cli = new CliHarness(_store) { Width = 4000 };

    public void Dispose()
    {
        _cli.Dispose();
        if (Directory.Exists(_store))
        {
            Directory.Delete(_store, recursive: true);
        }
    }

    private CliContext Context() => _cli.NewContext();

    private Task<int> RunAsync(params string[] args) => CausaApp.RunAsync([.. args, "--store", _store], Context());

    private async Task<int> RunWithInputAsync(string input, params string[] args)
    {
        var context = Context();
        var root = new RootCommand { context.StoreOption, ResolveCommand.Create(context, new StringReader(input)) };
        return await root.Parse([.. args, "--store", _store]).InvokeAsync(new InvocationConfiguration { Output = _cli.Output, Error = _cli.Error });
    }

    private Task<int> ImportDrugSourcesAsync() => RunAsync(
        "vocab", "import",
        TestData.PathOf("drugnames", "drugsatfda_20190702.zip"),
        TestData.PathOf("drugnames", "omop_rxnorm_ingredients_20230731.tsv"));

    [Fact]
    public async Task Resolve_drug_json_has_the_documented_keys()
    {
        Assert.Equal(0, await ImportDrugSourcesAsync());
        _cli.Output.GetStringBuilder().Clear();

        var exit = await RunAsync("resolve", "drug", "REMERON SOLTAB 15MG", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        Assert.Equal("REMERON SOLTAB 15MG", root.GetProperty("input").GetString());
        Assert.Equal("MIRTAZAPINE", root.GetProperty("match").GetString());
        Assert.Equal("brand", root.GetProperty("kind").GetString());
        Assert.Equal(1, root.GetProperty("confidence").GetDouble());
        Assert.Equal(["MIRTAZAPINE"], root.GetProperty("ingredients").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Array, root.GetProperty("alternatives").ValueKind);
    }

    [Fact]
    public async Task Resolve_event_without_any_import_uses_the_bundled_lexicon()
    {
        var exit = await RunAsync("resolve", "event", "Rückenschmerzen", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal("Back pain", json.RootElement.GetProperty("match").GetString());
        Assert.Equal("language", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal("de", json.RootElement.GetProperty("language").GetString());
        Assert.Contains("Sciatica", json.RootElement.GetProperty("related").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("Rückenschmerzen", _cli.Output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unresolvable_text_exits_1_with_suggestions_in_words()
    {
        var exit = await RunAsync("resolve", "event", "zzqxv wvvk");

        Assert.Equal(1, exit);
        Assert.Contains("no event term found", _cli.Console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dash_reads_lines_from_standard_input_and_writes_json_lines_in_order()
    {
        var exit = await RunWithInputAsync("backache\nhoofdpijn\nzzqxv\ncan't sleep\n", "resolve", "event", "-");

        Assert.Equal(0, exit);
        var lines = _cli.Output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var matches = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("match")).Select(m => m.ValueKind == JsonValueKind.Null ? null : m.GetString());
        Assert.Equal(["Back pain", "Headache", null, "Insomnia"], matches);
    }

    [Fact]
    public async Task Import_of_a_missing_file_saves_nothing_and_says_which()
    {
        var exit = await RunAsync("vocab", "import", TestData.PathOf("drugnames", "drugsatfda_20190702.zip"), "/nonexistent/ema.txt");

        Assert.Equal(1, exit);
        Assert.Contains("/nonexistent/ema.txt: file not found", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_store, VocabularyFile.FileName)));
    }

    [Fact]
    public async Task A_corrupt_vocabulary_file_exits_2_naming_it()
    {
        Directory.CreateDirectory(_store);
        await File.WriteAllTextAsync(Path.Combine(_store, VocabularyFile.FileName), "garbage");

        var exit = await RunAsync("resolve", "drug", "Remeron");

        Assert.Equal(2, exit);
        Assert.Contains(VocabularyFile.FileName + ": Not a Causa vocabulary file", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vocab_update_downloads_from_the_given_url_and_imports_it()
    {
        var zip = await File.ReadAllBytesAsync(TestData.PathOf("drugnames", "drugsatfda_20190702.zip"));
        await using var server = new LocalHttpServer();
        server.Serve("drugsatfda.zip", zip);
        var url = new Uri(server.BaseUri, "drugsatfda.zip").ToString();

        var exit = await CausaApp.RunAsync(["vocab", "update", "--url", url, "--store", _store], Context());

        Assert.Equal(0, exit);
        Assert.True(VocabularyFile.TryLoad(_store, out var vocabulary, out _));
        Assert.Contains(vocabulary.Brands, b => b.Name == "REMERON");
        Assert.Contains("Downloaded " + url, _cli.Console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vocab_update_reports_an_http_error_without_touching_the_store()
    {
        await using var server = new LocalHttpServer();
        var url = new Uri(server.BaseUri, "drugsatfda.zip").ToString();

        var exit = await CausaApp.RunAsync(["vocab", "update", "--url", url, "--store", _store], Context());

        Assert.Equal(2, exit);
        Assert.Contains("HTTP 404", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_store, VocabularyFile.FileName)));
    }
}
