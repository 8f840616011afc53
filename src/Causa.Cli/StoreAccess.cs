using System.CommandLine;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Cli;

/// <summary>Opens the store a command works on, turning failures into a message and an exit code.</summary>
internal static class StoreAccess
{
    /// <summary>Opens the store; on failure writes the reason to standard error and returns null with the exit code to use.</summary>
    public static (CaseStore? Store, int ExitCode) Open(CliContext context, ParseResult parseResult)
    {
        var directory = context.ResolveStoreDirectory(parseResult);
        var opened = CaseStore.Open(directory);
        if (opened.Succeeded)
        {
            return (opened.Store, ExitCodes.Ok);
        }

        var hint = opened.Error.Kind == StoreErrorKind.NotFound
            ? $"causa: no store at {directory}. Ingest FAERS files first: `causa ingest PATH` (or `causa quickstart`)."
            : $"causa: cannot open the store: {opened.Error}";
        context.Error.WriteLine(hint);
        return (null, opened.Error.Kind == StoreErrorKind.NotFound ? ExitCodes.BadInput : ExitCodes.BadData);
    }
}
