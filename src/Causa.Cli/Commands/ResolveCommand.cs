using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Causa.Application.Errors;
using Causa.Application.Json;
using Causa.Application.Names;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa resolve drug TEXT</c> and <c>causa resolve event TEXT</c>: shows how Causa reads a drug name or an event wording
/// (match, reason, confidence, alternatives), as <see cref="NameService"/> resolves it. <c>-</c> instead of TEXT reads one text per line from standard input and writes
/// one JSON object per line, in order. Exit codes: 0 resolved (always 0 for <c>-</c>), 1 unresolved or ambiguous, 2 unreadable vocabulary.
/// </summary>
internal static class ResolveCommand
{
    public static Command Create(CliContext context, TextReader? input = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        var command = new Command("resolve", "Show how a drug name or an event wording resolves (match, reason, confidence, alternatives).");
        command.Add(CreateSub(context, input, isDrug: true));
        command.Add(CreateSub(context, input, isDrug: false));
        return command;
    }

    private static Command CreateSub(CliContext context, TextReader? input, bool isDrug)
    {
        var text = new Argument<string>("text")
        {
            Description = isDrug
                ? "Drug name as written (brand, salt, strength, typos allowed), or '-' to read one per line from standard input."
                : "Event wording in English, Dutch, German, French or Spanish, or '-' to read one per line from standard input.",
        };
        var json = CliContext.CreateJsonOption();
        var command = isDrug
            ? new Command("drug", "Resolve a drug name to its active ingredients.") { text, json }
            : new Command("event", "Resolve an event wording to a MedDRA preferred term.") { text, json };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var names = new NameService(workspace);
            Func<string, Result<(string Json, bool Resolved, string Human)>> resolve = isDrug
                ? t => names.ResolveDrug(t).Map(DrugAnswer)
                : t => names.ResolveEvent(t).Map(EventAnswer);

            // The vocabulary is read before any input, so a damaged file fails once, up front.
            if (names.CheckVocabulary() is { } error)
            {
                await context.Error.WriteLineAsync("causa: " + error.Message + " (re-import with 'causa vocab import').").ConfigureAwait(false);
                return ExitCodes.BadData;
            }

            var value = parseResult.GetValue(text) ?? string.Empty;
            if (value == "-")
            {
                var reader = input ?? Console.In;
                string? line;
                while ((line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false)) is not null)
                {
                    await context.Output.WriteLineAsync(resolve(line).Value.Json).ConfigureAwait(false);
                }

                return ExitCodes.Ok;
            }

            var answer = resolve(value).Value;
            if (parseResult.GetValue(json))
            {
                await context.Output.WriteLineAsync(answer.Json).ConfigureAwait(false);
            }
            else
            {
                context.Console.MarkupLine(answer.Human);
            }

            return answer.Resolved ? ExitCodes.Ok : ExitCodes.BadInput;
        });
        return command;
    }

    private static (string Json, bool Resolved, string Human) DrugAnswer(DrugResolveResponse answer)
    {
        string human;
        if (answer.Ingredients.Count > 0)
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/] → [green]{Markup.Escape(answer.Match!)}[/] ({KindWords(JsonNamingPolicy.SnakeCaseLower.ConvertName(answer.Kind.ToString()))}, confidence {answer.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
        }
        else if (answer.Kind == DrugResolutionKind.NonDrug)
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/] is not a drug (unknown, placebo, vitamins or similar).";
        }
        else if (answer.Kind == DrugResolutionKind.Ambiguous)
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/] is ambiguous; did you mean: " +
                string.Join(", ", answer.Alternatives.Select(a => Markup.Escape($"{a.Name} ({string.Join(" + ", a.Ingredients)})"))) + "?";
        }
        else
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/]: no drug found." +
                (answer.Suggestions.Count > 0 ? " Did you mean: " + Markup.Escape(string.Join(", ", answer.Suggestions)) + "?" : string.Empty);
        }

        return (CausaJson.SerializeCompact(answer), answer.Resolved, human);
    }

    private static (string Json, bool Resolved, string Human) EventAnswer(EventResolveResponse answer)
    {
        string human;
        if (answer.Match is not null)
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/] → [green]{Markup.Escape(answer.Match)}[/] ({KindWords(JsonNamingPolicy.SnakeCaseLower.ConvertName(answer.Kind.ToString()))}" +
                (answer.Language is null ? string.Empty : ", " + answer.Language) +
                $", confidence {answer.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})" +
                (answer.Related.Count > 0 ? $"\nRelated but separate terms (not included): {Markup.Escape(string.Join(", ", answer.Related))}" : string.Empty);
        }
        else if (answer.Kind == TermMatchKind.Ambiguous)
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/] is ambiguous; did you mean: " + Markup.Escape(string.Join(", ", answer.Alternatives.Select(a => a.Term))) + "?";
        }
        else
        {
            human = $"[bold]{Markup.Escape(answer.Input)}[/]: no event term found." +
                (answer.Suggestions.Count > 0 ? " Did you mean: " + Markup.Escape(string.Join(", ", answer.Suggestions)) + "?" : string.Empty);
        }

        return (CausaJson.SerializeCompact(answer), answer.Resolved, human);
    }

    // "lay_term" → "lay term": the human line names the match kind in words.
    private static string KindWords(string snake) => snake.Replace('_', ' ');
}
