using System.CommandLine;
using Causa.Cli.Commands;

namespace Causa.Cli;

/// <summary>Builds the <c>causa</c> command tree. Each command lives in its own file under Commands/.</summary>
internal static class CausaApp
{
    public static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("Causa: evidence on whether a drug can cause, or helps with, a condition, from FDA FAERS reports and other sources.");
        root.Add(context.StoreOption);
        foreach (var command in CommandCatalog.Create(context))
        {
            root.Add(command);
        }

        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(context);
        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error };
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"causa: {error.Message}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
