using System.CommandLine;
using Causa.Application;
using Causa.Cli.Commands;
using Causa.Core.Storage;

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

    /// <summary>The message for an I/O failure: one inside the store folder names the folder and says what to do.</summary>
    private static string IoMessage(Exception ex, string store)
    {
        var readOnlyFileSystem = ex.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase);
        if (!ex.Message.Contains(store, StringComparison.Ordinal) || (ex is not UnauthorizedAccessException && !readOnlyFileSystem))
        {
            return $"causa: I/O error: {ex.Message}";
        }

        var reason = readOnlyFileSystem ? "the file system is read-only" : "permission denied: the folder is read-only or belongs to another user";
        return $"causa: cannot write in the store folder {store} ({reason}); nothing was changed. Make it writable, or choose another folder with --store.";
    }

    public static async Task<int> RunAsync(string[] args, CliContext context, CancellationToken cancellationToken = default)
    {
        var root = BuildRootCommand(context);
        // A blank argument is never a usable path, name, store or value: say so here rather than fail deep inside a
        // command (ingest "", --store " ", mgps --output "").
        var blank = Array.FindIndex(args, static a => string.IsNullOrWhiteSpace(a));
        if (blank >= 0)
        {
            var after = blank == 0 ? string.Empty : $" (after '{args[blank - 1]}')";
            await context.Error.WriteLineAsync($"causa: argument {blank + 1}{after} is empty; give a path, a name or a value.").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }

        var parseResult = root.Parse(args);
        // Causa handles exceptions itself (below) so users get a message and a documented exit code, never a stack trace.
        var configuration = new InvocationConfiguration { Output = context.Output, Error = context.Error, EnableDefaultExceptionHandler = false };
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await context.Error.WriteLineAsync($"causa: {error.Message}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }

        try
        {
            var exit = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
            if (cancellationToken.IsCancellationRequested && exit == ExitCodes.Ok)
            {
                // Interrupted too late to stop (the last write was already complete): say that it finished.
                await context.Error.WriteLineAsync("causa: interrupted, but the command had already finished; its result stands.").ConfigureAwait(false);
            }

            return exit;
        }
        catch (OperationCanceledException)
        {
            await context.Error.WriteLineAsync("causa: cancelled; nothing was changed.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
        catch (InvalidStoreException ex)
        {
            // The store of a command is verified section by section as it is read (CausaWorkspace.ForOneCommand): a
            // damaged section is found mid-command, is never used, and is reported as a damaged store is at open.
            return CliErrors.Report(context, CausaWorkspace.StoreReadError(context.ResolveStoreDirectory(parseResult), ex));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Disk full, permissions, a file vanishing mid-read: the environment, not the input. Every write goes
            // through a temporary file, so a failed one has changed nothing.
            await context.Error.WriteLineAsync(IoMessage(ex, context.ResolveStoreDirectory(parseResult))).ConfigureAwait(false);
            return ExitCodes.BadData;
        }
#pragma warning disable CA1031 // The last line of defence: a bug must end in a message, not a stack trace.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            await context.Error.WriteLineAsync($"causa: internal error ({ex.GetType().Name}: {ex.Message}). This is a bug in Causa; please report it with the command you ran."
                + (context.Environment("CAUSA_DEBUG") == "1" ? Environment.NewLine + ex : " Set CAUSA_DEBUG=1 to see the details.")).ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }
}
