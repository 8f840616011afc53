using System.Runtime.InteropServices;
using Causa.Cli.Site;

namespace Causa.Cli;

/// <summary>
/// The <c>causa</c> command line as a process runs it: the real console, environment, clock and signals. An executable's
/// Main is one call to <see cref="RunAsync"/>, choosing only whether the web site can be served: Causa.Cli's own entry
/// point (and so the Native AOT binary) passes no runner; the <c>causa</c> executable (src/Causa.Host) passes the one
/// that hosts Causa.Web.
/// </summary>
public static class CausaCommandLine
{
    /// <summary>Runs one command with the process's console, environment and clock until it ends or the process is
    /// interrupted (Ctrl+C and SIGTERM cancel it alike).</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="siteRunner">Runs the site for <c>serve</c> and <c>quickstart --serve</c>; null in a build without it.</param>
    /// <returns>The process exit code (documented in the README: 0, 1, 2, 70 or 130).</returns>
    public static async Task<int> RunAsync(string[] args, ISiteRunner? siteRunner)
    {
        ArgumentNullException.ThrowIfNull(args);
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            CancelUnlessEnded(cancellation);
        };

        // SIGTERM (kill, a service manager, a container stopping) asks what Ctrl+C asks: a command that can stop cleanly
        // does (an ingest leaves the store as it was, exit 130); one that cannot finishes and says so. `serve` shuts
        // down gracefully.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            CancelUnlessEnded(cancellation);
        });

        // Colour and control codes only on a terminal; width from COLUMNS, the terminal, or wide when redirected.
        var console = TerminalConsole.Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"));
        var context = new CliContext(console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System, siteRunner: siteRunner);
        return await CausaApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
    }

    // A signal handled on the runtime's signal thread can arrive while the command is returning and the source is being
    // disposed (a second SIGTERM during a graceful shutdown, Ctrl+C at the last moment): the command has ended, so there is
    // nothing left to cancel, and the process must not die of it (it exited 134 with an unhandled exception).
    internal static void CancelUnlessEnded(CancellationTokenSource cancellation)
    {
        try
        {
            cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }
}
