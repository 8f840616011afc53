using System.Text;
using System.Text.Json;
using Causa.Cli.Rendering;
using Causa.Tests.Shared;
using Spectre.Console;

namespace Causa.Cli.Tests;

/// <summary>
/// Control and bidi characters in data never reach the terminal raw: the CLI's three outputs (rich console, standard
/// output, standard error) show them as <c>\uXXXX</c> escapes, whichever command wrote them; JSON stays valid JSON.
/// </summary>
public sealed class TerminalSafetyTests : IDisposable
{
    // An OSC that retitles the terminal, a CSI that clears it, an 8-bit CSI (C1) and a right-to-left override.
    private const string Hostile = "EVIL\u001b]0;PWNED\u0007\u001b[2JNAME\u009b31m\u202eTXT";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "causa-terminal-" + Guid.NewGuid().ToString("N"));

    public TerminalSafetyTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static void AssertNothingRaw(string text)
    {
        Assert.DoesNotContain('\u0007', text);
        Assert.DoesNotContain('\u009b', text);
        Assert.DoesNotContain('\u202e', text);
        Assert.DoesNotContain("\u001b]0;PWNED", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[2J", text, StringComparison.Ordinal);
    }

    /// <summary>The 2025Q4 sample with the first DRUG row's drug name replaced by <see cref="Hostile"/> (UTF-8).</summary>
    private (string Folder, string CaseId) HostileQuarter()
    {
        var folder = Directory.CreateDirectory(Path.Combine(_root, "hostile")).FullName;
        foreach (var file in Directory.GetFiles(TestData.PathOf("faers", "nico8270_2025q4_sample1000")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var drug = Path.Combine(folder, "DRUG25Q4.txt");
        var lines = Encoding.Latin1.GetString(File.ReadAllBytes(drug)).Split("\r\n");
        var fields = lines[1].Split('$');
        fields[4] = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(Hostile));
        lines[1] = string.Join('$', fields);
        File.WriteAllBytes(drug, Encoding.Latin1.GetBytes(string.Join("\r\n", lines)));
        return (folder, fields[1]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Case_shows_control_and_bidi_characters_from_FAERS_escaped_on_a_plain_and_on_an_ANSI_terminal(bool ansi)
    {
        var (folder, caseId) = HostileQuarter();
        using var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("ingest", folder));

        var console = new StringWriter();
        var output = new StringWriter();
        var error = new StringWriter();
        var terminal = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.TrueColor : ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(console),
        });
        terminal.Profile.Width = 200;
        var context = new CliContext(terminal, output, error, name => name == "CAUSA_STORE" ? cli.StoreDirectory : null, TimeProvider.System);
        var exit = await CausaApp.RunAsync(["case", caseId], context);

        Assert.Equal(0, exit);
        var shown = console.ToString() + output + error;
        AssertNothingRaw(shown);
        Assert.Contains("EVIL\\u001B]0;PWNED\\u0007\\u001B[2JNAME\\u009B31m\\u202ETXT", shown, StringComparison.Ordinal);
        if (ansi)
        {
            Assert.Contains("\u001b[1m", shown, StringComparison.Ordinal); // Causa's own styling still works
        }
    }

    [Fact]
    public async Task Case_json_escapes_the_characters_and_keeps_their_values()
    {
        var (folder, caseId) = HostileQuarter();
        using var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("ingest", folder));

        Assert.Equal(0, await cli.RunAsync("case", caseId, "--json"));

        var json = cli.Output.ToString();
        AssertNothingRaw(json);
        Assert.DoesNotContain('\u001b', json);
        using var document = JsonDocument.Parse(json);
        Assert.Contains(Hostile, Strings(document.RootElement));
    }

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(static p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };

    [Fact]
    public async Task Messages_on_standard_error_show_the_characters_escaped()
    {
        using var cli = new CliHarness();
        Assert.Equal(0, await cli.RunAsync("ingest", TestData.PathOf("faers", "nico8270_2025q4_sample1000")));

        var exit = await cli.RunAsync("ask", Hostile, "nausea");

        Assert.NotEqual(0, exit);
        var shown = cli.Console.ToString() + cli.Output + cli.Error;
        AssertNothingRaw(shown);
        Assert.Contains("\\u202E", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain text, é ü 中文 🙂\ttab\nnew line", "plain text, é ü 中文 🙂\ttab\nnew line")]
    [InlineData("a\u001bb", "a\\u001Bb")]
    [InlineData("bell\u0007 del\u007f nul\u0000", "bell\\u0007 del\\u007F nul\\u0000")]
    [InlineData("c1\u0085\u009b", "c1\\u0085\\u009B")]
    [InlineData("bidi\u202a\u202b\u202c\u202d\u202e", "bidi\\u202A\\u202B\\u202C\\u202D\\u202E")]
    [InlineData("isolates\u2066\u2067\u2068\u2069 marks\u200e\u200f\u061c", "isolates\\u2066\\u2067\\u2068\\u2069 marks\\u200E\\u200F\\u061C")]
    [InlineData("lone\rcarriage return, line end\r\n", "lone\\u000Dcarriage return, line end\r\n")]
    public void Escape_shows_each_unsafe_character_and_leaves_everything_else(string text, string expected)
    {
        Assert.Equal(expected, TerminalText.Escape(text));
        var written = new StringWriter();
        using (var writer = new TerminalSafeWriter(written))
        {
            writer.Write(text);
            writer.Write(text.ToCharArray(), 0, text.Length);
            foreach (var ch in text.Replace("\r\n", "\n", StringComparison.Ordinal))
            {
                writer.Write(ch);
            }
        }

        Assert.Equal(expected + expected + TerminalText.Escape(text.Replace("\r\n", "\n", StringComparison.Ordinal)), written.ToString());
    }

    [Fact]
    public void Json_through_the_safe_writer_stays_valid_and_keeps_every_value()
    {
        var value = new Dictionary<string, string> { ["name"] = Hostile + "\u0085\u2066" };
        var written = new StringWriter();
        using (var writer = new TerminalSafeWriter(written))
        {
            writer.WriteLine(JsonSerializer.Serialize(value, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }

        AssertNothingRaw(written.ToString());
        Assert.Equal(value["name"], JsonSerializer.Deserialize<Dictionary<string, string>>(written.ToString())!["name"]);
    }
}
