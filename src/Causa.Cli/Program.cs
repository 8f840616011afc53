using Causa.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Colour and control codes only on a terminal; width from COLUMNS, the terminal, or wide when redirected.
var console = TerminalConsole.Create(Console.Out, Console.IsOutputRedirected, Environment.GetEnvironmentVariable("COLUMNS"));
var context = new CliContext(console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
return await CausaApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
