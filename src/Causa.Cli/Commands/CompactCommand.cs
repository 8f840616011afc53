using System.CommandLine;
using System.Globalization;
using Causa.Application.Ingest;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa compact</c>: rewrites the store as one file, folding in the segments that ingests of a large store added
/// beside it (each update then cost only its new quarter). The result is byte-identical to ingesting every quarter at once.
/// </summary>
internal static class CompactCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var wait = WriteLockOption.Create();
        var command = new Command("compact",
            "Rewrite the store as one file, folding in the segments ingests added beside it (queries then read one file; the result is the same as ingesting every quarter at once).")
        { json, wait };
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return Task.FromResult(ExitCodes.BadInput);
            }

            var result = new CompactService(context.Time, writeLock).Compact(context.ResolveStoreDirectory(parseResult), cancellationToken);
            return Task.FromResult(CommandOutput.Write(context, result, parseResult.GetValue(json), summary => Render(context.Console, summary)));
        });
        return command;
    }

    private static void Render(IAnsiConsole console, CompactSummary summary)
    {
        var c = CultureInfo.InvariantCulture;
        var plural = summary.SegmentsBefore == 1 ? string.Empty : "s";
        console.MarkupLine(summary.SegmentsBefore == 0
            ? string.Create(c, $"[green]Store rewritten[/]: {summary.Cases:N0} cases, one file already ({summary.BytesAfter / 1e6:N1} MB) in {summary.Seconds:N1} s.")
            : string.Create(c, $"[green]Store compacted[/]: {summary.Cases:N0} cases, {summary.SegmentsBefore} segment{plural} folded into one file ({summary.BytesBefore / 1e6:N1} MB → {summary.BytesAfter / 1e6:N1} MB) in {summary.Seconds:N1} s."));
    }
}
