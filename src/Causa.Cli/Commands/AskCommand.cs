using System.CommandLine;
using Causa.Application.Queries;
using Causa.Cli.Rendering;

namespace Causa.Cli.Commands;

/// <summary><c>causa ask DRUG EVENT</c>: the 2×2 table, every statistic with its interval, the signal flags and a verdict.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var drug = new Argument<string>("drug") { Description = "Drug: ingredient, brand, salt or misspelt name, any case (e.g. mirtazapine, Remeron, mirtazepine)." };
        var eventName = new Argument<string>("event") { Description = "Event: a MedDRA preferred term or everyday words in English, Dutch, German, French or Spanish (e.g. \"restless legs\", backache, rugpijn)." };
        var roles = RoleOptions.Create();
        var json = CliContext.CreateJsonOption();
        var command = new Command("ask", "Can DRUG cause EVENT? What the FAERS reports in the store say, with numbers and caveats.") { drug, eventName, roles, json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var request = new AskRequest(parseResult.GetValue(drug) ?? string.Empty, parseResult.GetValue(eventName) ?? string.Empty, RoleOptions.Parse(parseResult.GetValue(roles)));
            var result = new QueryService(workspace).Ask(request);
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
                AskView.Render(context.Console, response);
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
