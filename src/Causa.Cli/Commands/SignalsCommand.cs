using System.CommandLine;
using System.Globalization;
using System.Text;
using Causa.Application.Errors;
using Causa.Application.Signals;
using Causa.Cli.Rendering;
using Causa.Core.Files;
using Causa.Core.Signals;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa signals</c>: scans every drug–event pair of the store (counts, stratified E, PRR/ROR/IC, MGPS EBGM with
/// EB05/EB95), saves the scan beside the store so <c>ask</c> shows EBGM, and exports it filtered as a table, CSV or
/// JSON lines.
/// </summary>
internal static class SignalsCommand
{
    public static Command Create(CliContext context)
    {
        var minCount = new Option<int>("--min-count") { Description = "Only pairs with at least this many cases (default 1).", DefaultValueFactory = _ => 1 };
        var eb05 = new Option<double?>("--eb05") { Description = "Only pairs with EB05 at least this (e.g. 2, the FDA screening threshold)." };
        var drug = new Option<string?>("--drug") { Description = "Only this drug's pairs." };
        var eventName = new Option<string?>("--event") { Description = "Only this event's pairs." };
        var format = new Option<string>("--format") { Description = "table (default; the strongest first, --limit rows), csv or jsonl (every matching pair).", DefaultValueFactory = _ => "table" }.AcceptOnlyFromAmong("table", "csv", "jsonl");
        var output = new Option<string?>("--output") { Description = "Write the export to FILE instead of standard output." };
        var limit = new Option<int>("--limit") { Description = "Rows in the table format (default 30).", DefaultValueFactory = _ => 30 };
        var strata = new Option<string>("--strata") { Description = "Strata for expected counts: comma-separated sex,age,year (default all three) or none.", DefaultValueFactory = _ => "sex,age,year" };
        var recompute = new Option<bool>("--recompute") { Description = "Recompute even when a current scan is saved." };
        var roles = RoleOptions.Create();
        var wait = WriteLockOption.Create();
        var command = new Command("signals", "Scan every drug–event pair (PRR, ROR, IC, MGPS EBGM/EB05/EB95), save it for ask/top, and export it.")
        {
            minCount, eb05, drug, eventName, format, output, limit, strata, recompute, roles, wait,
        };
        command.SetAction(parseResult =>
        {
            if (!TryParseStrata(parseResult.GetValue(strata) ?? string.Empty, out var strataFields, out var strataProblem))
            {
                context.Error.WriteLine($"causa: --strata takes sex, age, year (comma-separated, each at most once) or none{strataProblem}.");
                return ExitCodes.BadInput;
            }

            // The same bounds as top's: a negative or zero count or row limit is a mistake, not "no limit".
            if (parseResult.GetValue(minCount) < 1 || parseResult.GetValue(limit) < 1)
            {
                context.Error.WriteLine("causa: --min-count and --limit must be at least 1.");
                return ExitCodes.BadInput;
            }

            if (parseResult.GetValue(eb05) is { } eb05Bound && !double.IsFinite(eb05Bound))
            {
                context.Error.WriteLine("causa: --eb05 must be a finite number.");
                return ExitCodes.BadInput;
            }

            if (!WriteLockOption.TryGet(context, parseResult, wait, out var writeLock))
            {
                return ExitCodes.BadInput;
            }

            using var workspace = context.OpenWorkspace(parseResult);
            var service = new SignalService(workspace, writeLock);
            var filter = new SignalFilter(parseResult.GetValue(minCount), parseResult.GetValue(eb05), parseResult.GetValue(drug), parseResult.GetValue(eventName));
            if (!service.ResolveFilter(filter).TryGetValue(out var ids, out var filterError))
            {
                return CliErrors.Report(context, filterError);
            }

            var request = new SignalScanRequest(RoleOptions.Parse(parseResult.GetValue(roles)), strataFields, parseResult.GetValue(recompute));
            var scan = service.OpenCurrent(request);
            if (scan is null)
            {
                Result<SignalScan>? scanned = null;
                context.Console.Status().Start("scanning pairs", status => scanned = service.Scan(request, new Progress(status)));
                if (!scanned!.TryGetValue(out scan, out var scanError))
                {
                    return CliErrors.Report(context, scanError);
                }
            }

            using (scan)
            {
                if (scan.Computed is { } computed)
                {
                    ReportScan(context, computed, scan.CaseCount);
                }

                context.Error.WriteLine(FormatTheta(scan));
                context.Error.WriteLine(DescribeExpected(scan.Strata));
                return Export(context, service, scan, filter, ids, parseResult.GetValue(format) ?? "table", parseResult.GetValue(output), parseResult.GetValue(limit));
            }
        });
        return command;
    }

    private static void ReportScan(CliContext context, SignalScanReport scan, int caseCount)
    {
        var c = CultureInfo.InvariantCulture;
        var t = scan.Timings;
        context.Error.WriteLine(string.Create(c,
            $"scanned {scan.Count:N0} pairs over {caseCount:N0} cases in {t.Total.TotalSeconds:0.00} s (counting {t.Counting.TotalSeconds:0.00} s, expected {t.Expected.TotalSeconds:0.00} s, fit {t.Fit.TotalSeconds:0.00} s, scoring {t.Scoring.TotalSeconds:0.00} s); {scan.StrataUsed} strata"));
        foreach (var warning in scan.Warnings)
        {
            context.Error.WriteLine("warning: " + warning);
        }
    }

    /// <summary>Which E the rows show, since `top` and `ask` show another (the 2×2 table's, never stratified).</summary>
    private static string DescribeExpected(StratumFields strata)
    {
        var fields = new List<string>();
        if ((strata & StratumFields.Sex) != 0)
        {
            fields.Add("sex");
        }

        if ((strata & StratumFields.AgeGroup) != 0)
        {
            fields.Add("age group");
        }

        if ((strata & StratumFields.ReportYear) != 0)
        {
            fields.Add("report year");
        }

        return fields.Count == 0
            ? "E: n(drug)·n(event)/N over all cases at once (not stratified), the expected count EBGM is based on, as `causa top` and `causa ask` compute theirs."
            : $"E: summed over strata of {string.Join(" × ", fields)}, the expected count EBGM is based on; `causa top` and `causa ask` show the 2×2 table's expected count over all cases at once, which can differ.";
    }

    private static string FormatTheta(SignalScan scan) => scan.Theta is { } th
        ? string.Create(CultureInfo.InvariantCulture, $"theta alpha1={th.Alpha1:G8} beta1={th.Beta1:G8} alpha2={th.Alpha2:G8} beta2={th.Beta2:G8} P={th.P:G8} loglik={scan.LogLikelihood:G10}")
        : "theta unavailable";

    private static int Export(CliContext context, SignalService service, SignalScan scan, SignalFilter filter, (int? Drug, int? Event) ids, string format, string? outputPath, int limit)
    {
        var c = CultureInfo.InvariantCulture;
        if (format == "table")
        {
            // Only the strongest rows are kept: the scan may hold millions of pairs.
            var (matching, strongest) = service.Strongest(scan, filter, ids.Drug, ids.Event, limit);
            var table = new Table().Title(string.Create(c, $"{matching:N0} pairs match; the {Math.Min(limit, matching)} with the highest EB05"))
                .AddColumn("drug").AddColumn("event").AddColumn(new TableColumn("N").RightAligned()).AddColumn(new TableColumn("E").RightAligned())
                .AddColumn(new TableColumn("EBGM").RightAligned()).AddColumn(new TableColumn("EB05").RightAligned()).AddColumn(new TableColumn("EB95").RightAligned())
                .AddColumn(new TableColumn("PRR").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned());
            foreach (var pair in strongest)
            {
                var row = service.Row(scan, pair);
                table.AddRow(Markup.Escape(row.Drug), Markup.Escape(row.Event), row.N.ToString("N0", c), Numbers.Format(row.E),
                    Numbers.Format(row.Ebgm), Numbers.Format(row.Eb05), Numbers.Format(row.Eb95), Numbers.Format(row.Prr), Numbers.Format(row.Ic025));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        }

        // Rows are streamed from the saved scan as they are written.
        var written = 0;
        void WriteRows(TextWriter target)
        {
            if (format == "csv")
            {
                target.WriteLine("drug,event,n,e,prr,prr_lower,prr_upper,ror,ror_lower,ror_upper,chi2_yates,ic,ic025,ic975,ebgm,eb05,eb95,qn,signals");
            }

            foreach (var pair in service.Pairs(scan, filter, ids.Drug, ids.Event))
            {
                written++;
                var row = service.Row(scan, pair);
                if (format == "csv")
                {
                    target.WriteLine(string.Join(',', Csv(row.Drug), Csv(row.Event), row.N.ToString(c), R(row.E), R(row.Prr), R(row.PrrLower), R(row.PrrUpper),
                        R(row.Ror), R(row.RorLower), R(row.RorUpper), R(row.Chi2Yates), R(row.Ic), R(row.Ic025), R(row.Ic975), R(row.Ebgm), R(row.Eb05), R(row.Eb95), R(row.Qn), string.Join(";", row.Signals)));
                }
                else
                {
                    target.WriteLine(Causa.Application.Json.CausaJson.SerializeLine(row));
                }
            }

            target.Flush();
        }

        if (outputPath is null)
        {
            WriteRows(context.Output);
        }
        else
        {
            // Written whole or not at all: an interrupted export never leaves half a file where the last one was.
            AtomicFile.Write(outputPath, stream =>
            {
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
                WriteRows(writer);
            });
        }

        if (outputPath is not null)
        {
            context.Error.WriteLine(string.Create(c, $"wrote {written:N0} pairs to {outputPath}"));
        }

        return ExitCodes.Ok;
    }

    private static string R(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Csv(string text) => text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Parses <c>sex,age,year</c> (any subset, each once) or <c>none</c>; <paramref name="problem"/> says what was wrong.</summary>
    private static bool TryParseStrata(string text, out StratumFields fields, out string problem)
    {
        fields = StratumFields.None;
        problem = string.Empty;
        if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var field = part.ToLowerInvariant() switch
            {
                "sex" => StratumFields.Sex,
                "age" => StratumFields.AgeGroup,
                "year" => StratumFields.ReportYear,
                _ => StratumFields.None,
            };
            if (field == StratumFields.None)
            {
                problem = $"; got '{part}'";
                return false;
            }

            if ((fields & field) != 0)
            {
                problem = $"; '{part}' is given twice";
                return false;
            }

            fields |= field;
        }

        return fields != StratumFields.None;
    }

    private sealed class Progress(StatusContext status) : IProgress<string>
    {
        public void Report(string value) => status.Status(value);
    }
}
