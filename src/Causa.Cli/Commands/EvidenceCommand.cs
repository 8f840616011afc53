using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using Causa.Core.Evidence;
using Causa.Core.Query;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa evidence DRUG CONDITION [--json]</c>: one answer to "can it cause?" and "does it help?" from every loaded
/// evidence source and the FAERS store, each verdict with its evidence lines and the caveats. Exit codes: 0 answered,
/// 1 unknown drug or condition, 2 unreadable source, vocabulary or store file.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var drug = new Argument<string>("drug") { Description = "Drug: ingredient or brand name (e.g. trazodone, Cymbalta)." };
        var condition = new Argument<string>("condition") { Description = "Condition or event: MedDRA term or everyday wording (e.g. priapism, \"restless legs\")." };
        var json = CliContext.CreateJsonOption();
        var command = new Command("evidence", "Can DRUG cause CONDITION, and does it help with it? Every loaded source, weighed into two verdicts.") { drug, condition, json };
        command.SetAction(parseResult =>
        {
            var store = context.ResolveStoreDirectory(parseResult);
            var opened = CaseStore.Open(store);
            using var caseStore = opened.Store;
            if (!EvidenceQuery.TryOpen(store, caseStore, out var query, out var error))
            {
                context.Error.WriteLine("causa: " + error);
                return ExitCodes.BadData;
            }

            {
                var ingredient = query.ResolveDrug(parseResult.GetValue(drug) ?? string.Empty, out var drugReason);
                if (ingredient is null)
                {
                    context.Error.WriteLine("causa: " + drugReason);
                    return ExitCodes.BadInput;
                }

                var term = query.ResolveTerm(parseResult.GetValue(condition) ?? string.Empty, out var termReason);
                if (term is null)
                {
                    context.Error.WriteLine("causa: " + termReason);
                    return ExitCodes.BadInput;
                }

                var answer = query.Assess(ingredient, term);
                if (parseResult.GetValue(json))
                {
                    JsonOutput.Write(context, answer);
                }
                else
                {
                    Render(context.Console, answer);
                }

                return ExitCodes.Ok;
            }
        });
        return command;
    }

    /// <summary>
    /// For <c>causa ask</c>: the evidence answer for a pair the store already answered, using the store's loaded sources and
    /// vocabulary. Returns null (with the reason in <paramref name="error"/>) when the source or vocabulary file is unreadable.
    /// </summary>
    internal static EvidenceAnswer? ForAsk(string storeDirectory, CaseStore store, PairAnswer answer, out string? error)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (!Causa.Core.Sources.EvidenceSourceFile.TryLoad(storeDirectory, out var sources, out error) || !VocabularyFile.TryLoad(storeDirectory, out var vocabulary, out error))
        {
            return null;
        }

        return new EvidenceQuery(new EvidenceSources(sources), vocabulary, store).Assess(answer.Drug, answer.Event, answer);
    }

    /// <summary>For <c>causa ask --json</c>: the store answer's JSON with <c>cause</c>, <c>help</c>, <c>indication_bias</c> and <c>evidence_caveats</c> added.</summary>
    internal static JsonObject AskJson(PairAnswer answer, EvidenceAnswer evidence)
    {
        var node = JsonSerializer.SerializeToNode(answer, JsonOutput.Options)!.AsObject();
        node["cause"] = JsonSerializer.SerializeToNode(evidence.Cause, JsonOutput.Options);
        node["help"] = JsonSerializer.SerializeToNode(evidence.Help, JsonOutput.Options);
        node["indication_bias"] = evidence.IndicationBias;
        node["evidence_caveats"] = JsonSerializer.SerializeToNode(evidence.Caveats, JsonOutput.Options);
        return node;
    }

    /// <summary>Writes both verdicts with their lines and the caveats; also usable by <c>causa ask</c>.</summary>
    internal static void Render(IAnsiConsole console, EvidenceAnswer answer)
    {
        console.MarkupLine($"[bold]{Markup.Escape(answer.Drug)}[/] and [bold]{Markup.Escape(answer.Term)}[/]");
        console.MarkupLine($"Can it cause it?  [bold]{Markup.Escape(answer.Cause.Verdict)}[/]");
        WriteLines(console, answer.Cause.Lines);
        console.MarkupLine($"Does it help?     [bold]{Markup.Escape(answer.Help.Verdict)}[/]");
        WriteLines(console, answer.Help.Lines);
        foreach (var caveat in answer.Caveats)
        {
            console.MarkupLine($"  • {Markup.Escape(caveat)}");
        }
    }

    private static void WriteLines(IAnsiConsole console, IReadOnlyList<EvidenceLine> lines)
    {
        if (lines.Count == 0)
        {
            console.MarkupLine("  [grey]no loaded source has a line on this[/]");
            return;
        }

        foreach (var l in lines)
        {
            var meta = string.IsNullOrEmpty(l.Unit) ? l.Period : $"{l.Period}; {l.Unit}";
            var style = l.Counted ? string.Empty : "[grey]";
            var end = l.Counted ? string.Empty : "[/]";
            console.MarkupLine($"  {style}[[{Markup.Escape(l.Source)}]] {Markup.Escape(l.Summary)} ({Markup.Escape(meta)}){(l.Note is null ? string.Empty : " — " + Markup.Escape(l.Note))}{end}");
        }
    }
}
