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
            return CommandOutput.Write(context, result, parseResult.GetValue(json), response => Render(context.Console, response));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EvidenceResponse response)
    {
        AnswerView.RenderBottomLine(console, response.Guide);
        console.WriteLine();
        if (response.Guide.Class is { } drugClass)
        {
            EvidenceView.RenderClassVerdicts(console, response.Answer, drugClass);
            AnswerView.RenderClass(console, drugClass);
        }
        else
        {
            EvidenceView.Render(console, response.Answer);
        }

        AnswerView.RenderGuide(console, response.Guide);
    }
}
