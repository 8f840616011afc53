using System.CommandLine;
using Causa.Application.Ingest;
using Causa.Cli.Rendering;
using Causa.Core.Ingest;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa ingest PATH...</c>: reads FAERS/AERS quarterly zips or folders into the store with a progress bar,
/// then prints a reconciliation table (every row read is accepted or rejected with a reason).
/// </summary>
internal static class IngestCommand
{
    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "FAERS/AERS quarterly zips (faers_ascii_2024q4.zip), extracted quarter folders, or folders holding several.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = CliContext.CreateJsonOption();
        var wait = WriteLockOption.Create();
        var acceptRejected = new Option<bool>("--accept-mostly-rejected-tables")
        {
            Description = "Keep the accepted rows of a table whose rows are all or mostly (over half) rejected, with a warning, " +
                "instead of failing the ingest (such a table usually means a damaged file or an unexpected layout).",
        };
        var compact = new Option<StoreCompaction>("--compact")
        {
            Description = "auto (default): rewrite a store under 500,000 cases, add the new cases as a segment beside a larger one " +
                "(an update then costs the new quarter, not the whole history); always: rewrite the whole store now; defer: add a segment " +
                "whatever the size. A store holds at most 16 segments; `causa compact` folds them into one file.",
            DefaultValueFactory = static _ => StoreCompaction.Auto,
        };
        var command = new Command("ingest", "Read FAERS quarterly files into the store (deduplicated, deleted cases removed).") { paths, json, acceptRejected, compact, wait };
        command.SetAction((parseResult, cancellationToken) =>
        {
            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return Task.FromResult(ExitCodes.BadInput);
            }

            if (!IngestService.Discover(parseResult.GetValue(paths) ?? []).TryGetValue(out var sources, out var error))
            {
                return Task.FromResult(CliErrors.Report(context, error));
            }

            var request = new IngestRequest(context.ResolveStoreDirectory(parseResult), sources, parseResult.GetValue(acceptRejected), parseResult.GetValue(compact));
            var service = new IngestService(context.Time, writeLock);
            if (parseResult.GetValue(json))
            {
                var result = service.Ingest(request, null, cancellationToken);
                if (!result.TryGetValue(out var response, out var ingestError))
                {
                    return Task.FromResult(CliErrors.Report(context, ingestError));
                }

                JsonOutput.WriteResponse(context, response.Summary);
                return Task.FromResult(ExitCodes.Ok);
            }

            var ingested = IngestView.Ingest(context, service, request, cancellationToken);
            if (!ingested.TryGetValue(out var done, out var failure))
            {
                return Task.FromResult(CliErrors.Report(context, failure));
            }

            IngestView.RenderReconciliation(context.Console, done.Details);
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
