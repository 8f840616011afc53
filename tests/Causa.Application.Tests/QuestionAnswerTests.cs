using Causa.Application.Errors;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Core.Questions;

namespace Causa.Application.Tests;

/// <summary>
/// Whole questions, classes, the bottom line, related questions and warning signs through <see cref="QueryService"/>.
/// Expected drugs, terms and indications are read by hand from DrugCentral 2016's drug_indication.tsv in the shared data.
/// </summary>
public sealed class QuestionAnswerTests(AnswerStore store) : IClassFixture<AnswerStore>
{
    private QueryService Queries(out CausaWorkspace workspace)
    {
        workspace = new CausaWorkspace(store.Directory);
        return new QueryService(workspace);
    }

    [Fact]
    public void A_whole_help_question_names_the_drug_the_condition_and_the_known_uses()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var result = queries.AskQuestion(new QuestionRequest("does trazodone help back pain"));

            Assert.True(result.Succeeded, result.Error?.Message);
            var answer = result.Value;
            Assert.Equal(("TRAZODONE", "Back pain"), (answer.Evidence.Drug, answer.Evidence.Term));
            Assert.Equal(QuestionKind.Help, answer.Guide!.Question);
            Assert.Equal(["TRAZODONE"], answer.Guide.Reading!.Ingredients);
            Assert.Equal("trazodone", answer.Guide.Reading.Drug);
            Assert.Equal("back pain", answer.Guide.Reading.Condition);
            // drug_indication.tsv has one row for trazodone: Major Depressive Disorder; back pain is not among its uses.
            Assert.Equal("none-found", answer.Evidence.Help.Verdict);
            Assert.Equal(2, answer.Guide.BottomLine.Count);
            Assert.StartsWith("Does trazodone help with back pain? Not a known use: no source lists this as a use.", answer.Guide.BottomLine[1], StringComparison.Ordinal);
            Assert.Contains("Major", answer.Guide.BottomLine[1], StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_question_and_the_drug_event_form_give_the_same_verdicts_and_differ_only_in_kind_and_reading()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var pair = queries.Ask(new AskRequest("mirtazapine", "restless legs")).Value!;
            var question = queries.AskQuestion(new QuestionRequest("can mirtazapine cause restless legs?")).Value!;

            Assert.Equal((pair.Evidence.Drug, pair.Evidence.Term), (question.Evidence.Drug, question.Evidence.Term));
            Assert.Equal((pair.Evidence.Cause.Verdict, pair.Evidence.Help.Verdict), (question.Evidence.Cause.Verdict, question.Evidence.Help.Verdict));
            Assert.Equal(QuestionKind.Both, pair.Guide!.Question);
            Assert.Null(pair.Guide.Reading);
            Assert.Equal(QuestionKind.Cause, question.Guide!.Question);
            Assert.Equal(ReadingCertainty.Confident, question.Guide.Reading!.Certainty);
            Assert.Empty(question.Guide.Reading.Problems);
        }
    }

    [Fact]
    public void See_also_lists_the_drugs_approved_for_the_condition_in_name_order()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var answer = queries.AskQuestion(new QuestionRequest("can mirtazapine cause restless legs?")).Value!;

            // drug_indication.tsv: Restless Legs Syndrome for gabapentin, gabapentin enacarbil, pramipexole, ropinirole
            // and rotigotine; the first three in name order are offered.
            var approved = answer.Guide!.SeeAlso.Where(static s => s.Why.Contains("is approved for", StringComparison.Ordinal)).Select(static s => s.Drug).ToList();
            Assert.Equal(["GABAPENTIN", "GABAPENTIN ENACARBIL", "PRAMIPEXOLE"], approved);
            Assert.All(answer.Guide.SeeAlso, static s => Assert.NotEqual("MIRTAZAPINE and Restless legs syndrome", $"{s.Drug} and {s.Event}"));
        }
    }

    [Fact]
    public void Warning_signs_come_with_their_public_source()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var answer = queries.Ask(new AskRequest("octreotide", "nausea")).Value!;

            Assert.NotEmpty(answer.Guide!.WarningSigns);
            Assert.Contains(answer.Guide.WarningSigns, static w => w.Source.Contains("https://www.nhs.uk/", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_class_question_lists_each_member_and_is_mixed_when_members_differ()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var result = queries.AskQuestion(new QuestionRequest("antidepressants for fibromyalgia"));

            Assert.True(result.Succeeded, result.Error?.Message);
            var drugClass = result.Value.Guide!.Class!;
            var help = drugClass.Members.ToDictionary(static m => m.Drug, static m => m.Help.Verdict);
            // drug_indication.tsv lists Fibromyalgia for duloxetine and milnacipran, not for trazodone or mirtazapine.
            Assert.Equal("approved", help["DULOXETINE"]);
            Assert.Equal("approved", help["MILNACIPRAN"]);
            Assert.Equal("none-found", help["TRAZODONE"]);
            Assert.Equal("none-found", help["MIRTAZAPINE"]);
            Assert.Equal("mixed", drugClass.HelpVerdict);
            Assert.Contains(drugClass.StandOut, static s => s.StartsWith("DULOXETINE: does it help? Yes (most members: not a known use)", StringComparison.Ordinal));
            Assert.Equal(QuestionKind.Help, result.Value.Guide.Question);
            Assert.Null(result.Value.Reports);
        }
    }

    [Fact]
    public void A_class_in_the_drug_event_form_is_answered_member_by_member_and_its_json_says_mixed_or_shared()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var result = queries.Ask(new AskRequest("SSRIs", "depression"));

            Assert.True(result.Succeeded, result.Error?.Message);
            var drugClass = result.Value.Guide!.Class!;
            var help = drugClass.Members.ToDictionary(static m => m.Drug, static m => m.Help.Verdict);
            // drug_indication.tsv has a "Depression" row for citalopram, fluoxetine, paroxetine and sertraline.
            foreach (var drug in new[] { "CITALOPRAM", "FLUOXETINE", "PAROXETINE", "SERTRALINE" })
            {
                Assert.Equal("approved", help[drug]);
            }

            using var json = System.Text.Json.JsonDocument.Parse(CausaJson.Serialize(result.Value));
            var root = json.RootElement;
            Assert.Equal(drugClass.HelpVerdict, root.GetProperty("help").GetProperty("verdict").GetString());
            Assert.Equal(drugClass.CauseVerdict, root.GetProperty("cause").GetProperty("verdict").GetString());
            Assert.Equal(drugClass.Name, root.GetProperty("class").GetProperty("name").GetString());
            Assert.Equal(drugClass.Members.Count, root.GetProperty("class").GetProperty("members").GetArrayLength());
            var member = root.GetProperty("class").GetProperty("members")[0];
            Assert.Equal(["drug", "cause", "help"], member.EnumerateObject().Select(static p => p.Name));
        }
    }

    [Fact]
    public void A_question_without_a_drug_is_not_found_and_says_what_was_missing()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var result = queries.AskQuestion(new QuestionRequest("does it cause headache"));

            Assert.False(result.Succeeded);
            Assert.Equal(ErrorKind.NotFound, result.Error.Kind);
            Assert.Contains("No drug, brand or class was recognised", result.Error.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_question_is_bad_input(string question)
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            Assert.Equal(ErrorKind.BadInput, queries.AskQuestion(new QuestionRequest(question)).Error!.Kind);
        }
    }

    [Fact]
    public void A_batch_line_with_a_tab_is_the_drug_event_form_and_without_one_a_whole_question()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var tab = queries.AskLine("Sandostatin\tnausea").Value!;
            var question = queries.AskLine("does sandostatin cause nausea?").Value!;

            Assert.Equal(("OCTREOTIDE", "Nausea"), (tab.Reports!.Drug, tab.Reports.Event));
            Assert.Null(tab.Guide!.Reading);
            Assert.Equal(("OCTREOTIDE", "Nausea"), (question.Reports!.Drug, question.Reports.Event));
            Assert.Equal(tab.Reports.A, question.Reports.A);
            Assert.Equal(ErrorKind.BadInput, queries.AskLine("octreotide\t ").Error!.Kind);
        }
    }

    [Fact]
    public void Ask_json_keeps_every_earlier_key_in_order_and_adds_the_guide_keys_then_the_profile_after_them()
    {
        var queries = Queries(out var workspace);
        using (workspace)
        {
            using var ask = System.Text.Json.JsonDocument.Parse(CausaJson.Serialize(queries.Ask(new AskRequest("octreotide", "nausea")).Value!));
            using var evidence = System.Text.Json.JsonDocument.Parse(CausaJson.Serialize(queries.Evidence(new EvidenceRequest("octreotide", "nausea")).Value!));

            string[] guide = ["question", "reading", "class", "bottom_line", "see_also", "warning_signs"];
            var askKeys = ask.RootElement.EnumerateObject().Select(static p => p.Name).ToList();
            Assert.Equal(guide, askKeys[^7..^1]);
            Assert.Equal("profile", askKeys[^1]);
            Assert.Equal(["drug", "event", "a", "b", "c", "d"], askKeys[..6]);
            Assert.Equal(["cause", "help", "indication_bias", "evidence_caveats", "drug_match", "event_match"], askKeys[^13..^7]);

            // The profile has exactly the keys issue 11 names, and its baseline the same ones (a baseline has none of its own).
            string[] profileKeys = ["sex", "age", "by_year", "by_quarter", "outcomes", "reporters", "countries", "time_to_onset_days", "co_reported_drugs", "co_reported_events", "baseline"];
            var profile = ask.RootElement.GetProperty("profile");
            Assert.Equal(profileKeys, profile.EnumerateObject().Select(static p => p.Name));
            Assert.Equal(profileKeys, profile.GetProperty("baseline").EnumerateObject().Select(static p => p.Name));
            Assert.Equal(System.Text.Json.JsonValueKind.Null, profile.GetProperty("baseline").GetProperty("baseline").ValueKind);
            Assert.Equal(["n", "median", "q1", "q3", "groups"], profile.GetProperty("age").EnumerateObject().Select(static p => p.Name));
            Assert.Equal(["death", "life_threatening", "hospitalization", "disability", "congenital_anomaly", "required_intervention", "other_serious", "serious", "non_serious"],
                profile.GetProperty("outcomes").EnumerateObject().Select(static p => p.Name));
            Assert.Equal(["F", "M", "unknown"], profile.GetProperty("sex").EnumerateObject().Select(static p => p.Name));
            if (profile.GetProperty("time_to_onset_days") is { ValueKind: System.Text.Json.JsonValueKind.Object } onset)
            {
                Assert.Equal(["n", "median", "q1", "q3", "bins", "excluded"], onset.EnumerateObject().Select(static p => p.Name));
            }
            Assert.Equal(ask.RootElement.GetProperty("a").GetInt32(), profile.GetProperty("sex").EnumerateObject().Sum(static p => p.Value.GetInt32()));
            Assert.Equal([.. new[] { "drug", "term", "cause", "help", "indication_bias", "caveats" }, .. guide], evidence.RootElement.EnumerateObject().Select(static p => p.Name));
            Assert.Equal("both", ask.RootElement.GetProperty("question").GetString());
        }
    }

    [Fact]
    public void Lines_answered_together_come_back_in_input_order_with_the_same_answers_as_one_at_a_time()
    {
        string[] lines = ["octreotide\tnausea", "can mirtazapine cause restless legs?", "qqqq zzzz", "SSRIs\tdepression", "does trazodone help back pain", "Sandostatin\tvomiting"];
        var queries = Queries(out var workspace);
        using (workspace)
        {
            var together = queries.AskLines(lines);
            var alone = lines.Select(l => queries.AskLine(l)).ToList();

            Assert.Equal(lines.Length, together.Count);
            for (var i = 0; i < lines.Length; i++)
            {
                Assert.Equal(alone[i].Succeeded, together[i].Succeeded);
                Assert.Equal(
                    alone[i].Succeeded ? CausaJson.Serialize(alone[i].Value) : alone[i].Error!.Message,
                    together[i].Succeeded ? CausaJson.Serialize(together[i].Value) : together[i].Error!.Message);
            }
        }
    }
}
