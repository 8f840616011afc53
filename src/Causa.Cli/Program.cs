using System.Globalization;
using Causa.Cli;
using Spectre.Console;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var console = AnsiConsole.Console;

// Piped or captured output has no terminal to measure, so tables would wrap at 80 columns; COLUMNS, when set, says how
// wide the reader's lines are (as it does for ls and man).
if (Console.IsOutputRedirected
    && int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns)
    && columns is >= 20 and <= 1000)
{
    console.Profile.Width = columns;
}

var context = new CliContext(console, Console.Out, Console.Error, Environment.GetEnvironmentVariable, TimeProvider.System);
return await CausaApp.RunAsync(args, context, cancellation.Token).ConfigureAwait(false);
