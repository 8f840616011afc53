using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Causa.Application.Errors;
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
    // Names in other languages stay readable ("Rückenschmerzen"); the output is never embedded in HTML.
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

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

    private static (string Json, bool Resolved, string Human) DrugAnswer(DrugLookup lookup)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("input", lookup.Input);
            WriteNullable(w, "match", lookup.Match);
            w.WriteString("kind", Snake(lookup.Kind.ToString()));
            w.WriteNumber("confidence", Math.Round(lookup.Confidence, 3));
            WriteStrings(w, "ingredients", lookup.Ingredients);
            w.WriteStartArray("alternatives");
            foreach (var a in lookup.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("name", a.Name);
                WriteStrings(w, "ingredients", a.Ingredients);
                w.WriteNumber("distance", a.Distance);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "suggestions", lookup.Suggestions);
            w.WriteEndObject();
        }

        var resolved = NameService.IsResolved(lookup);
        string human;
        if (lookup.Ingredients.Count > 0)
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/] → [green]{Markup.Escape(lookup.Match!)}[/] ({Snake(lookup.Kind.ToString()).Replace('_', ' ')}, confidence {lookup.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})";
        }
        else if (lookup.Kind == DrugResolutionKind.NonDrug)
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/] is not a drug (unknown, placebo, vitamins or similar).";
        }
        else if (lookup.Kind == DrugResolutionKind.Ambiguous)
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/] is ambiguous; did you mean: " +
                string.Join(", ", lookup.Alternatives.Select(a => Markup.Escape($"{a.Name} ({string.Join(" + ", a.Ingredients)})"))) + "?";
        }
        else
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/]: no drug found." +
                (lookup.Suggestions.Count > 0 ? " Did you mean: " + Markup.Escape(string.Join(", ", lookup.Suggestions)) + "?" : string.Empty);
        }

        return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), resolved, human);
    }

    private static (string Json, bool Resolved, string Human) EventAnswer(TermLookup lookup)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("input", lookup.Input);
            WriteNullable(w, "match", lookup.Match);
            w.WriteString("kind", Snake(lookup.Kind.ToString()));
            WriteNullable(w, "language", lookup.Language);
            w.WriteNumber("confidence", Math.Round(lookup.Confidence, 3));
            w.WriteStartArray("alternatives");
            foreach (var a in lookup.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("term", a.Term);
                w.WriteString("via", a.Via);
                w.WriteString("kind", Snake(a.Kind.ToString()));
                w.WriteNumber("confidence", Math.Round(a.Confidence, 3));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "related", lookup.Related);
            WriteStrings(w, "suggestions", lookup.Suggestions);
            w.WriteEndObject();
        }

        string human;
        if (lookup.Match is not null)
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/] → [green]{Markup.Escape(lookup.Match)}[/] ({Snake(lookup.Kind.ToString()).Replace('_', ' ')}" +
                (lookup.Language is null ? string.Empty : ", " + lookup.Language) +
                $", confidence {lookup.Confidence.ToString("0.00", CultureInfo.InvariantCulture)})" +
                (lookup.Related.Count > 0 ? $"\nRelated but separate terms (not included): {Markup.Escape(string.Join(", ", lookup.Related))}" : string.Empty);
        }
        else if (lookup.Kind == TermMatchKind.Ambiguous)
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/] is ambiguous; did you mean: " + Markup.Escape(string.Join(", ", lookup.Alternatives.Select(a => a.Term))) + "?";
        }
        else
        {
            human = $"[bold]{Markup.Escape(lookup.Input)}[/]: no event term found." +
                (lookup.Suggestions.Count > 0 ? " Did you mean: " + Markup.Escape(string.Join(", ", lookup.Suggestions)) + "?" : string.Empty);
        }

        return (System.Text.Encoding.UTF8.GetString(buffer.ToArray()), NameService.IsResolved(lookup), human);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    /// <summary>PascalCase enum name → snake_case ("NonDrug" → "non_drug").</summary>
    internal static string Snake(string pascal)
    {
        var sb = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString();
    }
}
