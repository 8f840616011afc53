using System.CommandLine;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
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
        var drug = new Argument<string>("drug") { Description = "Drug: ingredient, brand name or class (e.g. trazodone, Cymbalta, SSRIs)." };
        var condition = new Argument<string>("condition") { Description = "Condition or event: MedDRA term or everyday wording (e.g. priapism, \"restless legs\")." };
        var json = CliContext.CreateJsonOption();
        var command = new Command("evidence", "Can DRUG cause CONDITION, and does it help with it? Every loaded source, weighed into two verdicts.") { drug, condition, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var result = new QueryService(workspace).Evidence(new EvidenceRequest(parseResult.GetValue(drug) ?? string.Empty, parseResult.GetValue(condition) ?? string.Empty));
            if (!result.TryGetValue(out var response, out var error))
            {
                return CliErrors.Report(context, error);
            }

            if (parseResult.GetValue(json))
            {
                JsonOutput.WriteResponse(context, response);
            }
            else
            {
                AnswerView.RenderBottomLine(context.Console, response.Guide);
                context.Console.WriteLine();
                if (response.Guide.Class is { } drugClass)
                {
                    EvidenceView.RenderClassVerdicts(context.Console, response.Answer, drugClass);
                    AnswerView.RenderClass(context.Console, drugClass);
                }
                else
                {
                    EvidenceView.Render(context.Console, response.Answer);
                }

                AnswerView.RenderGuide(context.Console, response.Guide);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
