using System.CommandLine;

namespace Causa.Cli.Commands;

/// <summary>The list of top-level commands; add a line here when adding a command file.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        yield return ResolveCommand.Create(context);
        yield return VocabCommand.Create(context);
    }
}
