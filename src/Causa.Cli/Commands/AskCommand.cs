using System.CommandLine;
using System.Text.Json;
using Causa.Application.Errors;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Cli.Rendering;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa ask DRUG EVENT</c>, <c>causa ask "QUESTION"</c> and <c>causa ask --batch FILE|-</c>: can it cause it, does it
/// help? In plain words first, then the evidence, then (with <c>--details</c>) the 2×2 table and every statistic.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var drug = new Argument<string?>("drug")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Drug: ingredient, brand, salt, misspelt name or class, any case (e.g. mirtazapine, Remeron, SSRIs) — or, alone, a whole question in quotes (e.g. \"can mirtazapine cause restless legs?\").",
        };
        var eventName = new Argument<string?>("event")
        {
            Arity = ArgumentArity.ZeroOrOne,
            Description = "Event: a MedDRA preferred term or everyday words in English, Dutch, German, French or Spanish (e.g. \"restless legs\", backache, rugpijn).",
        };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var details = new Option<bool>("--details") { Description = "Also show the 2×2 table and every statistic (PRR, ROR, χ², IC, EBGM) for analysts." };
        var batch = new Option<string?>("--batch")
        {
            Description = "Answer every line of FILE ('-' for standard input): DRUG<TAB>CONDITION or a whole question; one JSON answer per line, in input order (a line that cannot be answered gives an error object and the batch goes on).",
            HelpName = "FILE",
        };
        var command = new Command("ask", "Can DRUG cause EVENT, and does it help with it? A plain answer, the evidence behind it, and the numbers.") { drug, eventName, roles, json, details, batch };
        command.SetAction(parseResult =>
        {
            var first = parseResult.GetValue(drug);
            var second = parseResult.GetValue(eventName);
            var batchPath = parseResult.GetValue(batch);
            if (batchPath is not null && (first is not null || second is not null))
            {
                return CliErrors.Report(context, Error.BadInput("--batch reads its questions from the file: give no DRUG or EVENT with it."));
            }

            if (batchPath is null && string.IsNullOrWhiteSpace(first))
            {
                return CliErrors.Report(context, Error.BadInput("give a DRUG and an EVENT (causa ask mirtazapine \"weight gain\"), a whole question in quotes, or --batch FILE."));
            }

            using var workspace = context.OpenWorkspace(parseResult);
            var service = new QueryService(workspace);
            var roleFilter = RoleOptions.Parse(parseResult.GetValue(roles));
            if (batchPath is not null)
            {
                return Batch(context, service, batchPath, roleFilter);
            }

            var result = second is null
                ? service.AskQuestion(new QuestionRequest(first!, roleFilter))
                : service.Ask(new AskRequest(first!, second, roleFilter));
            return CommandOutput.Write(context, result, parseResult.GetValue(json), response => AskView.Render(context.Console, response, parseResult.GetValue(details)));
        });
        return command;
    }

    /// <summary>One JSON line per question line, in input order, over one opened workspace.</summary>
    private static int Batch(CliContext context, QueryService service, string path, Core.Model.RoleFilter roles)
    {
        TextReader reader;
        if (path == "-")
        {
            reader = new StreamReader(context.StandardInput());
        }
        else
        {
            try
            {
                reader = new StreamReader(Path.GetFullPath(path));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                return CliErrors.Report(context, new Error(ErrorKind.BadInputFile, $"cannot read the batch file {path}: {e.Message}", Subject: new ErrorSubject(File: path)));
            }
        }

        try
        {
            // Lines are answered a chunk at a time on every core and written in input order, so memory stays bounded
            // however long the input is.
            const int chunkSize = 512;
            var chunk = new List<(int Number, string Line)>(chunkSize);
            var number = 0;
            while (true)
            {
                var line = reader.ReadLine();
                if (line is not null)
                {
                    number++;
                    if (!BatchLine.IsSkipped(line))
                    {
                        chunk.Add((number, line));
                    }
                }

                if (chunk.Count == chunkSize || (line is null && chunk.Count > 0))
                {
                    var results = service.AskLines([.. chunk.Select(static c => c.Line)], roles);
                    for (var i = 0; i < chunk.Count; i++)
                    {
                        context.Output.WriteLine(results[i].TryGetValue(out var response, out var error)
                            ? CausaJson.SerializeLine(response)
                            : CausaJson.SerializeLine(new BatchLineError(chunk[i].Number, chunk[i].Line, error.Message, JsonNamingPolicy.SnakeCaseLower.ConvertName(error.Kind.ToString()))));
                    }

                    chunk.Clear();
                }

                if (line is null)
                {
                    break;
                }
            }

            context.Output.Flush();
            return ExitCodes.Ok;
        }
        finally
        {
            reader.Dispose();
        }
    }
}
