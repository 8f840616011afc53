using System.Text;
using System.Text.Json;
using Causa.Application.Articles;

namespace Causa.Cli.Tests;

/// <summary>
/// <c>causa check</c> on short texts written for these tests, over a store with SIDER 4.1 labels and DrugCentral
/// indications. The expected ratings are written by hand from what those sources say (and from the FDA labels they
/// come from): duloxetine is approved for fibromyalgia; nausea is a label reaction of duloxetine well above placebo;
/// weight gain is a label reaction of mirtazapine well above placebo.
/// </summary>
public sealed class CheckCommandTests(CheckStoreFixture store) : IClassFixture<CheckStoreFixture>, IDisposable
{
    private const string Article = """
        What to know about two antidepressants

        Duloxetine is approved for fibromyalgia. Some people believe duloxetine does not cause nausea.

        Mirtazapine may cause weight gain.
        """;

    private readonly CliHarness _cli = new(store.StoreDirectory);
    private readonly string _folder = Directory.CreateTempSubdirectory("causa-check-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private string Write(string name, string text) => Write(name, Encoding.UTF8.GetBytes(text));

    private static JsonElement Claim(JsonElement root, string drug, string condition, string relation)
    {
        foreach (var claim in root.GetProperty("claims").EnumerateArray())
        {
            if (claim.GetProperty("drug").GetString() == drug && claim.GetProperty("condition").GetString() == condition
                && claim.GetProperty("relation").GetString() == relation)
            {
                return claim;
            }
        }

        throw new Xunit.Sdk.XunitException($"no claim {drug} {relation} {condition} in {root}");
    }

    [Fact]
    public async Task Json_rates_each_claim_with_the_verdicts_of_the_evidence()
    {
        var exit = await _cli.RunAsync("check", Write("article.txt", Article), "--json");

        Assert.True(exit == 0, _cli.Error.ToString());
        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        var approved = Claim(root, "DULOXETINE", "Fibromyalgia", "treats");
        Assert.Equal("asserted", approved.GetProperty("polarity").GetString());
        Assert.Equal("approved", approved.GetProperty("verdict").GetString());
        Assert.Equal("supported", approved.GetProperty("assessment").GetString());
        Assert.False(approved.GetProperty("hedged").GetBoolean());

        var denied = Claim(root, "DULOXETINE", "Nausea", "causes");
        Assert.Equal("negated", denied.GetProperty("polarity").GetString());
        Assert.Equal("established", denied.GetProperty("verdict").GetString());
        Assert.Equal("contradicted", denied.GetProperty("assessment").GetString());

        var weight = Claim(root, "MIRTAZAPINE", "Weight increased", "causes");
        Assert.Equal("asserted", weight.GetProperty("polarity").GetString());
        Assert.True(weight.GetProperty("hedged").GetBoolean());
        Assert.Equal("established", weight.GetProperty("verdict").GetString());
        Assert.Equal("supported", weight.GetProperty("assessment").GetString());
        Assert.Contains(weight.GetProperty("evidence").EnumerateArray(), static l => l.GetString()!.StartsWith("SIDER 4.1:", StringComparison.Ordinal));

        Assert.Equal(3, root.GetProperty("summary").GetProperty("claims").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("supported").GetInt32());
        Assert.Equal(1, root.GetProperty("summary").GetProperty("contradicted").GetInt32());
        Assert.Equal("plain-text", root.GetProperty("format").GetString());
    }

    // DrugCentral lists a depressive disorder as an approved use of nearly every antidepressant (27 of the 31 that SIDER
    // files under ATC N06A, counted by hand), but not of all: the class verdict is mixed and the claim is supported.
    [Fact]
    public async Task A_class_claim_whose_members_differ_is_mixed_and_rated_by_most_members()
    {
        Assert.Equal(0, await _cli.RunAsync("check", Write("class.txt", "Antidepressants are used to treat depression."), "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var claim = Claim(json.RootElement, "antidepressants", "Depression", "treats");
        Assert.True(claim.GetProperty("is_class").GetBoolean());
        Assert.Equal("mixed", claim.GetProperty("verdict").GetString());
        Assert.Equal("supported", claim.GetProperty("assessment").GetString());
        Assert.StartsWith("Class members differ: ", claim.GetProperty("evidence")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quote_offsets_point_at_the_quoted_sentence_in_the_text_causa_read()
    {
        Assert.Equal(0, await _cli.RunAsync("check", Write("article.html", "<html><body><h1>Weight</h1><p>Mirtazapine may cause <b>weight gain</b>.</p><script>var x = 'duloxetine cures nausea';</script></body></html>"), "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var quote = Assert.Single(root.GetProperty("claims").EnumerateArray()).GetProperty("quotes")[0];
        var start = quote.GetProperty("start").GetInt32();
        var end = quote.GetProperty("end").GetInt32();
        Assert.Equal("Mirtazapine may cause weight gain.", text[start..end]);
        Assert.Equal("Mirtazapine may cause weight gain.", quote.GetProperty("text").GetString());
        Assert.Equal("html", root.GetProperty("format").GetString());
        Assert.DoesNotContain("duloxetine", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Text_output_says_each_claim_and_its_rating_in_words()
    {
        Assert.Equal(0, await _cli.RunAsync("check", Write("article.md", Article)));

        var text = _cli.Console.ToString();
        Assert.Contains("3 claim(s)", text, StringComparison.Ordinal);
        Assert.Contains("2 supported · 1 contradicted · 0 not supported · 0 cannot be checked", text, StringComparison.Ordinal);
        Assert.Contains("duloxetine does not cause nausea — CONTRADICTED by the evidence", text, StringComparison.Ordinal);
        Assert.Contains("duloxetine treats fibromyalgia — SUPPORTED by the evidence", text, StringComparison.Ordinal);
        Assert.Contains("“Duloxetine is approved for fibromyalgia.”", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dash_reads_the_article_from_standard_input()
    {
        _cli.StandardInput = Encoding.UTF8.GetBytes("Duloxetine is approved for fibromyalgia.");

        Assert.Equal(0, await _cli.RunAsync("check", "-", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal("supported", Claim(json.RootElement, "DULOXETINE", "Fibromyalgia", "treats").GetProperty("assessment").GetString());
    }

    [Fact]
    public async Task The_same_article_gives_the_same_json_from_a_file_and_from_standard_input()
    {
        var path = Write("article.txt", Article);
        Assert.Equal(0, await _cli.RunAsync("check", path, "--json"));
        var fromFile = _cli.Output.ToString();
        _cli.StandardInput = File.ReadAllBytes(path);

        Assert.Equal(0, await _cli.RunAsync("check", "-", "--json"));

        Assert.Equal(fromFile, _cli.Output.ToString());
    }

    [Fact]
    public async Task A_text_without_claims_is_checked_with_none()
    {
        Assert.Equal(0, await _cli.RunAsync("check", Write("none.txt", "The weather was fine and we went for a walk.")));

        Assert.Contains("0 claim(s)", _cli.Console.ToString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, byte[], int, string> BadInput => new()
    {
        { "empty", [], 1, "causa: the article is empty" },
        { "blank", Encoding.UTF8.GetBytes(" \n\t\n "), 1, "causa: the article is empty" },
        { "markup only", Encoding.UTF8.GetBytes("<html><body><script>alert(1)</script></body></html>"), 1, "causa: the article is empty" },
        { "binary", [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00], 2, "causa: the input looks like binary data" },
        { "invalid UTF-8", [0x48, 0x69, 0x20, 0xC3, 0x28, 0x2E], 2, "causa: the article is not valid UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_is_a_message_and_an_exit_code(string name, byte[] bytes, int expectedExit, string message)
    {
        var exit = await _cli.RunAsync("check", Write(name.Replace(' ', '-') + ".txt", bytes));

        Assert.Equal(expectedExit, exit);
        Assert.StartsWith(message, _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal("", _cli.Output.ToString());
    }

    [Fact]
    public async Task A_missing_file_is_bad_input_naming_the_file()
    {
        var exit = await _cli.RunAsync("check", Path.Combine(_folder, "no-such-article.txt"));

        Assert.Equal(1, exit);
        Assert.Contains("no file at", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Contains("no-such-article.txt", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_over_the_limit_is_refused_with_the_limit_in_the_message()
    {
        // One byte over the byte limit, and (in ASCII) far over the character limit.
        var path = Write("huge.txt", Encoding.ASCII.GetBytes(new string('a', CheckLimits.MaxInputBytes + 1)));

        var exit = await _cli.RunAsync("check", path);

        Assert.Equal(1, exit);
        Assert.Contains("200,000 characters", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_just_over_the_character_limit_is_refused_and_one_at_it_is_checked()
    {
        var sentence = "Nothing here. ";
        var atLimit = string.Concat(Enumerable.Repeat(sentence, CheckLimits.MaxInputChars / sentence.Length)).PadRight(CheckLimits.MaxInputChars, 'x');

        Assert.Equal(0, await _cli.RunAsync("check", Write("at-limit.txt", atLimit)));
        Assert.Equal(1, await _cli.RunAsync("check", Write("over-limit.txt", atLimit + "x")));
        Assert.Contains("200,000 characters", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_format_is_refused_by_the_parser()
    {
        Assert.Equal(1, await _cli.RunAsync("check", Write("a.txt", Article), "--format", "pdf"));
    }
}
