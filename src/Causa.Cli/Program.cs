using Causa.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var context = new CliContext(AnsiConsole.Console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
return await CausaApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
