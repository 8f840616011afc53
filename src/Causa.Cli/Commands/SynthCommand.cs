using System.CommandLine;
using System.Globalization;
using Causa.Application.Errors;
using Causa.Application.Synthetic;
using Causa.Core.Ingest;
using Causa.Core.Model;
using Causa.Faers.Synthetic;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa synth OUTPUT.zip [--reports N] [--seed S] [--quarter 2031q1] [--no-quirks]</c>: writes a synthetic FAERS
/// quarter with fictional drugs and planted associations, plus <c>OUTPUT.truth.csv</c> listing the planted and null pairs.
/// </summary>
internal static class SynthCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var output = new Argument<string>("output")
        {
            Description = "Zip file to write, e.g. faers_ascii_2031q1.zip; the truth file goes beside it as NAME.truth.csv.",
        };
        var reports = new Option<int>("--reports")
        {
            Description = "Reports (DEMO rows) to generate; a full quarter is about 400000.",
            DefaultValueFactory = _ => 10_000,
        };
        var seed = new Option<int>("--seed")
        {
            Description = "Seed; the same seed and options give the same files.",
            DefaultValueFactory = _ => 42,
        };
        var quarter = new Option<string?>("--quarter")
        {
            Description = "Quarter the files claim to be (2012q4 or later; default 2031q1).",
        };
        var noQuirks = new Option<bool>("--no-quirks")
        {
            Description = "Write clean files: LF endings, no float artefacts, NA, Windows-1252 bytes or truncated last line.",
        };
        var command = new Command("synth", "Write a synthetic FAERS quarter with planted drug–event associations and its ground truth.")
        {
            output,
            reports,
            seed,
            quarter,
            noQuirks,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetValue(output)!;
            var count = parseResult.GetValue(reports);
            if (count is < 1 or > SyntheticQuarterOptions.MaxReports)
            {
                await context.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"causa: --reports must be between 1 and {SyntheticQuarterOptions.MaxReports}.")).ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            Quarter? claimed = null;
            if (parseResult.GetValue(quarter) is { } quarterText)
            {
                if (!Quarter.TryParse(quarterText, out var parsed) || parsed.IsLegacyAers)
                {
                    await context.Error.WriteLineAsync($"causa: '{quarterText}' is not a FAERS quarter; write it like 2031q1 (2012q4 or later).").ConfigureAwait(false);
                    return ExitCodes.BadInput;
                }

                claimed = parsed;
            }

            var request = new SynthRequest(path, count, parseResult.GetValue(seed), claimed, Quirks: !parseResult.GetValue(noQuirks));
            var written = await Task.Run(() => new SynthService(context.Time).Write(request, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (!written.TryGetValue(out var response, out var error))
            {
                // A cancelled synth has always exited with the bad-data code (nothing was written), not 130.
                var code = CliErrors.Report(context, error);
                return error.Kind == ErrorKind.Cancelled ? ExitCodes.BadData : code;
            }

            Render(context, response);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(CliContext context, SynthResponse response)
    {
        var summary = response.Summary;
        var table = new Table().AddColumn("table").AddColumn(new TableColumn("rows").RightAligned());
        foreach (var (name, rows) in summary.Rows.OrderBy(kv => kv.Key))
        {
            table.AddRow(name.ToString().ToUpperInvariant(), rows.ToString("N0", CultureInfo.InvariantCulture));
        }

        context.Console.Write(table);
        context.Console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Wrote {Markup.Escape(response.ZipPath)}: {summary.Quarter}, {summary.Cases:N0} cases, {summary.Rows[FaersTable.Demo]:N0} reports, {summary.UncompressedBytes / 1e6:0.0} MB of text in {response.Elapsed.TotalSeconds:0.0} s."));
        context.Console.MarkupLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Ground truth: {Markup.Escape(response.TruthPath)} ({response.PlantedPairs} planted, {response.NullPairs} null pairs)."));
    }
}
