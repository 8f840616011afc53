using System.Runtime.InteropServices;
using Causa.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// SIGTERM (kill, a service manager, a container stopping) asks what Ctrl+C asks: a command that can stop cleanly does
// (an ingest leaves the store as it was, exit 130); one that cannot finishes and says so. `serve` shuts down gracefully.
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
{
    signal.Cancel = true;
    cancellation.Cancel();
});

// Colour and control codes only on a terminal; width from COLUMNS, the terminal, or wide when redirected.
var console = TerminalConsole.Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"));
var context = new CliContext(console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
return await CausaApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
