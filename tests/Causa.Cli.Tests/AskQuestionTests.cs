using System.Text.Json;
using Causa.Cli.Tests.Contract;

namespace Causa.Cli.Tests;

/// <summary>
/// <c>causa ask "QUESTION"</c>, <c>ask --batch</c> and the plain-language-first text, on the contract store (three real
/// FAERS samples, DrugCentral names, classes and indications, PharmacotherapyDB, an MDDC count table). Read only.
/// </summary>
[Collection(nameof(ContractCollection))]
public sealed class AskQuestionTests(ContractStore store) : IDisposable
{
    private readonly CliHarness _cli = new(store.Directory);
    private readonly string _folder = Directory.CreateTempSubdirectory("causa-batch-").FullName;

    public void Dispose()
    {
        _cli.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n').Select(static l => l.TrimEnd('\r'))];

    [Fact]
    public async Task A_whole_question_in_one_argument_is_read_and_answered_in_plain_words_first()
    {
        var exit = await _cli.RunAsync("ask", "does sandostatin cause nausea?");

        Assert.True(exit == 0, _cli.Error.ToString());
        var lines = Lines(_cli.Console.ToString());
        Assert.StartsWith("Read as: \"sandostatin\" → OCTREOTIDE; \"nausea\" → Nausea; asking whether it can cause it.", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Can octreotide cause nausea?", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Does octreotide help with nausea?", lines[2], StringComparison.Ordinal);
        var text = _cli.Console.ToString();
        // The numbers come after the words, and the analyst tables only with --details.
        Assert.True(text.IndexOf("FAERS reports: 9 of the 21 case(s)", StringComparison.Ordinal) > text.IndexOf("Does octreotide help", StringComparison.Ordinal));
        Assert.DoesNotContain("EBGM (MGPS)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Verdict:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_add_the_two_by_two_table_and_statistics_after_the_plain_answer()
    {
        Assert.Equal(0, await _cli.RunAsync("ask", "octreotide", "nausea", "--details"));

        var text = _cli.Console.ToString();
        Assert.True(text.IndexOf("Can octreotide cause nausea?", StringComparison.Ordinal) < text.IndexOf("For analysts", StringComparison.Ordinal));
        // The contract store's 2×2 for octreotide and nausea (ask_text pin): a = 9, a + b = 21.
        Assert.Contains("│ OCTREOTIDE  │      9 │           12 │     21 │", text, StringComparison.Ordinal);
        Assert.Contains("EBGM (MGPS)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_that_names_no_drug_exits_1_saying_so()
    {
        Assert.Equal(1, await _cli.RunAsync("ask", "does it cause headache?"));

        Assert.Contains("No drug, brand or class was recognised", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_without_arguments_or_with_batch_and_a_drug_is_bad_input()
    {
        Assert.Equal(1, await _cli.RunAsync("ask"));
        Assert.Contains("give a DRUG and an EVENT", _cli.Error.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await _cli.RunAsync("ask", "octreotide", "--batch", "-"));
        Assert.Contains("--batch", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Batch_writes_one_json_line_per_question_in_input_order_and_an_error_object_for_a_bad_line()
    {
        var path = Path.Combine(_folder, "questions.txt");
        await File.WriteAllLinesAsync(path, ["octreotide\tnausea", "# a comment", "", "does sandostatin cause vomiting?", "qqqq zzzz", "SSRIs\tdepression"]);

        var exit = await _cli.RunAsync("ask", "--batch", path);

        Assert.True(exit == 0, _cli.Error.ToString());
        var lines = Lines(_cli.Output.ToString().TrimEnd());
        Assert.Equal(4, lines.Count);
        var answers = lines.Select(static l => JsonDocument.Parse(l)).ToList();
        try
        {
            Assert.Equal(("OCTREOTIDE", "Nausea", "both"), (answers[0].RootElement.GetProperty("drug").GetString(), answers[0].RootElement.GetProperty("event").GetString(), answers[0].RootElement.GetProperty("question").GetString()));
            Assert.Equal(9, answers[0].RootElement.GetProperty("a").GetInt32());
            Assert.Equal(("OCTREOTIDE", "Vomiting", "cause"), (answers[1].RootElement.GetProperty("drug").GetString(), answers[1].RootElement.GetProperty("event").GetString(), answers[1].RootElement.GetProperty("question").GetString()));
            Assert.Equal(5, answers[2].RootElement.GetProperty("line").GetInt32());
            Assert.Equal("qqqq zzzz", answers[2].RootElement.GetProperty("input").GetString());
            Assert.Equal("not_found", answers[2].RootElement.GetProperty("error_kind").GetString());
            Assert.True(answers[3].RootElement.GetProperty("class").GetProperty("members").GetArrayLength() >= 6);
        }
        finally
        {
            answers.ForEach(static a => a.Dispose());
        }
    }

    [Fact]
    public async Task Batch_reads_standard_input_with_a_dash_and_writes_the_same_object_as_ask_json()
    {
        Assert.Equal(0, await _cli.RunAsync("ask", "Sandostatin", "nausea", "--json"));
        using var single = JsonDocument.Parse(_cli.Output.ToString());
        _cli.StandardInput = System.Text.Encoding.UTF8.GetBytes("Sandostatin\tnausea\n");

        Assert.Equal(0, await _cli.RunAsync("ask", "--batch", "-"));

        using var batch = JsonDocument.Parse(_cli.Output.ToString());
        Assert.Equal(single.RootElement.EnumerateObject().Select(static p => p.Name), batch.RootElement.EnumerateObject().Select(static p => p.Name));
        Assert.Equal(single.RootElement.GetProperty("prr").GetDouble(), batch.RootElement.GetProperty("prr").GetDouble());
    }

    [Fact]
    public async Task A_missing_batch_file_exits_2_naming_it()
    {
        var missing = Path.Combine(_folder, "nope.txt");

        Assert.Equal(2, await _cli.RunAsync("ask", "--batch", missing));

        Assert.Contains("nope.txt", _cli.Error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_answers_a_class_member_by_member()
    {
        Assert.Equal(0, await _cli.RunAsync("evidence", "SSRIs", "depression", "--json"));

        using var json = JsonDocument.Parse(_cli.Output.ToString());
        var members = json.RootElement.GetProperty("class").GetProperty("members").EnumerateArray().ToDictionary(static m => m.GetProperty("drug").GetString()!, static m => m.GetProperty("help").GetProperty("verdict").GetString());
        // DrugCentral 2016's drug_indication.tsv has a "Depression" row for sertraline and fluoxetine.
        Assert.Equal("approved", members["SERTRALINE"]);
        Assert.Equal("approved", members["FLUOXETINE"]);
        Assert.Equal(2, json.RootElement.GetProperty("bottom_line").GetArrayLength());
    }

    [Fact]
    public async Task A_question_naming_a_drug_and_no_condition_says_what_the_sources_know_it_is_used_for()
    {
        var exit = await _cli.RunAsync("ask", "what is sertraline used for?");

        Assert.NotEqual(0, exit);
        var error = _cli.Error.ToString();
        Assert.Contains("No condition was recognised in the question.", error, StringComparison.Ordinal);
        // DrugCentral's 2016 indications list depression among sertraline's approved uses.
        Assert.Contains("What the sources know SERTRALINE is used for: approved for", error, StringComparison.Ordinal);
        Assert.Contains("Depression", error, StringComparison.Ordinal);
        Assert.Contains("Ask about one condition, e.g. \"is sertraline used for ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_a_combination_names_the_questions_to_ask_about_each_ingredient()
    {
        var exit = await _cli.RunAsync("ask", "can amlodipine and benazepril cause a cough?");

        Assert.Equal(1, exit);
        var error = _cli.Error.ToString();
        Assert.Contains("is a combination (AMLODIPINE + BENAZEPRIL): Causa answers one ingredient at a time", error, StringComparison.Ordinal);
        Assert.Contains("\"can amlodipine cause cough?\" or \"can benazepril cause cough?\"", error, StringComparison.Ordinal);
    }
}
