namespace Causa.Cli.Tests;

/// <summary>
/// Ctrl+C and SIGTERM handlers run on the runtime's signal thread and can fire while a command is returning: the
/// cancellation they ask for must then be a no-op, never an exception that kills the process (exit 134).
/// </summary>
public sealed class SignalCancellationTests
{
    [Fact]
    public void A_signal_after_the_command_ended_is_ignored()
    {
        var cancellation = new CancellationTokenSource();
        cancellation.Dispose();

        var thrown = Record.Exception(() => CausaCommandLine.CancelUnlessEnded(cancellation));

        Assert.Null(thrown);
    }

    [Fact]
    public void A_signal_while_the_command_runs_cancels_it()
    {
        using var cancellation = new CancellationTokenSource();

        CausaCommandLine.CancelUnlessEnded(cancellation);

        Assert.True(cancellation.IsCancellationRequested);
    }
}
