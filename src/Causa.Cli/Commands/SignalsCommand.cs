using System.CommandLine;
using System.Globalization;
using System.Text;
using Causa.Application.Queries;
using Causa.Cli.Rendering;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Storage.Files;
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
        var command = new Command("signals", "Scan every drug–event pair (PRR, ROR, IC, MGPS EBGM/EB05/EB95), save it for ask/top, and export it.")
        {
            minCount, eb05, drug, eventName, format, output, limit, strata, recompute, roles,
        };
        command.SetAction(parseResult =>
        {
            if (!TryParseStrata(parseResult.GetValue(strata) ?? string.Empty, out var strataFields))
            {
                context.Error.WriteLine("causa: --strata takes sex, age, year (comma-separated) or none.");
                return ExitCodes.BadInput;
            }

            using var workspace = context.OpenWorkspace(parseResult);
            if (!workspace.Store.TryGetValue(out var store, out var storeError))
            {
                return CliErrors.Report(context, storeError);
            }

            var queries = new QueryService(workspace);
            var roleFilter = RoleOptions.Parse(parseResult.GetValue(roles));
            int? drugFilter = null;
            int? eventFilter = null;
            if (parseResult.GetValue(drug) is { } drugText)
            {
                if (!queries.FindDrug(drugText).TryGetValue(out var match, out var error))
                {
                    return CliErrors.Report(context, error);
                }

                drugFilter = match.Id;
            }

            if (parseResult.GetValue(eventName) is { } eventText)
            {
                if (!queries.FindEvent(eventText).TryGetValue(out var match, out var error))
                {
                    return CliErrors.Report(context, error);
                }

                eventFilter = match.Id;
            }

            var saved = parseResult.GetValue(recompute) ? null : SavedSignals.OpenCurrent(store, roleFilter, out _);
            if (saved is not null && saved.Strata != strataFields)
            {
                saved.Dispose();
                saved = null;
            }

            if (saved is null)
            {
                var scan = Scan(context, store, new SignalScanOptions { Roles = roleFilter, Strata = strataFields });
                if (scan.Theta is null)
                {
                    context.Error.WriteLine("causa: the MGPS prior could not be fitted: " + (scan.Fit?.Message ?? "no pairs"));
                    return ExitCodes.BadData;
                }

                SavedSignals.Save(store.Directory, scan);
                saved = SavedSignals.OpenCurrent(store, roleFilter, out var reason) ?? throw new InvalidOperationException(reason);
            }

            using (saved)
            {
                context.Error.WriteLine(FormatTheta(saved));
                return Export(context, store, saved, roleFilter, new Filter(parseResult.GetValue(minCount), parseResult.GetValue(eb05), drugFilter, eventFilter),
                    parseResult.GetValue(format) ?? "table", parseResult.GetValue(output), parseResult.GetValue(limit));
            }
        });
        return command;
    }

    private static SignalScanResult Scan(CliContext context, CaseStore store, SignalScanOptions options)
    {
        SignalScanResult? scan = null;
        context.Console.Status().Start("scanning pairs", status =>
        {
            scan = SignalScanner.Scan(store, options, new Progress(status));
        });
        var c = CultureInfo.InvariantCulture;
        var t = scan!.Timings;
        context.Error.WriteLine(string.Create(c,
            $"scanned {scan.Count:N0} pairs over {store.CaseCount:N0} cases in {t.Total.TotalSeconds:0.00} s (counting {t.Counting.TotalSeconds:0.00} s, expected {t.Expected.TotalSeconds:0.00} s, fit {t.Fit.TotalSeconds:0.00} s, scoring {t.Scoring.TotalSeconds:0.00} s); {scan.StrataUsed} strata"));
        foreach (var warning in scan.Warnings)
        {
            context.Error.WriteLine("warning: " + warning);
        }

        return scan;
    }

    private static string FormatTheta(SavedSignals saved) => saved.Theta is { } th
        ? string.Create(CultureInfo.InvariantCulture, $"theta alpha1={th.Alpha1:G8} beta1={th.Beta1:G8} alpha2={th.Alpha2:G8} beta2={th.Beta2:G8} P={th.P:G8} loglik={saved.LogLikelihood:G10}")
        : "theta unavailable";

    private readonly record struct Filter(int MinCount, double? Eb05, int? Drug, int? Event);

    private static int Export(CliContext context, CaseStore store, SavedSignals saved, RoleFilter roles, Filter filter, string format, string? outputPath, int limit)
    {
        var rows = new List<(int Drug, int Term, int N, double E, MgpsScore Score)>();
        IEnumerable<int> drugs = filter.Drug is { } only ? [only] : Enumerable.Range(0, store.Ingredients.Count);
        foreach (var d in drugs)
        {
            foreach (var (term, n, e, score) in PairsOf(saved, store, d))
            {
                if ((filter.Event is null || filter.Event == term) && n >= filter.MinCount && (filter.Eb05 is null || score.Eb05 >= filter.Eb05))
                {
                    rows.Add((d, term, n, e, score));
                }
            }
        }

        var c = CultureInfo.InvariantCulture;
        if (format == "table")
        {
            var table = new Table().Title(string.Create(c, $"{rows.Count:N0} pairs match; the {Math.Min(limit, rows.Count)} with the highest EB05"))
                .AddColumn("drug").AddColumn("event").AddColumn(new TableColumn("N").RightAligned()).AddColumn(new TableColumn("E").RightAligned())
                .AddColumn(new TableColumn("EBGM").RightAligned()).AddColumn(new TableColumn("EB05").RightAligned()).AddColumn(new TableColumn("EB95").RightAligned())
                .AddColumn(new TableColumn("PRR").RightAligned()).AddColumn(new TableColumn("IC025").RightAligned());
            foreach (var row in rows.OrderByDescending(static r => r.Score.Eb05).ThenByDescending(static r => r.N).Take(Math.Max(1, limit)))
            {
                var stats = Measures(store, roles, row.Drug, row.Term, row.N);
                table.AddRow(Markup.Escape(store.Ingredients[row.Drug]), Markup.Escape(store.Terms[row.Term]), row.N.ToString("N0", c), Numbers.Format(row.E),
                    Numbers.Format(row.Score.Ebgm), Numbers.Format(row.Score.Eb05), Numbers.Format(row.Score.Eb95), Numbers.Format(stats.Prr), Numbers.Format(stats.Ic025));
            }

            context.Console.Write(table);
            return ExitCodes.Ok;
        }

        using var writer = outputPath is null ? null : new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
        var target = writer ?? context.Output;
        if (format == "csv")
        {
            target.WriteLine("drug,event,n,e,prr,prr_lower,prr_upper,ror,ror_lower,ror_upper,chi2_yates,ic,ic025,ic975,ebgm,eb05,eb95,qn,signals");
        }

        foreach (var row in rows)
        {
            var stats = Measures(store, roles, row.Drug, row.Term, row.N);
            var flags = stats.Signals | (row.Score.Eb05 >= 2 ? SignalFlags.Eb05AtLeastTwo : SignalFlags.None);
            var signals = string.Join(";", PairAnswer.SignalNames(flags));
            if (format == "csv")
            {
                target.WriteLine(string.Join(',', Csv(store.Ingredients[row.Drug]), Csv(store.Terms[row.Term]), row.N.ToString(c), R(row.E), R(stats.Prr), R(stats.PrrLower), R(stats.PrrUpper),
                    R(stats.Ror), R(stats.RorLower), R(stats.RorUpper), R(stats.ChiSquareYates), R(stats.Ic), R(stats.Ic025), R(stats.Ic975), R(row.Score.Ebgm), R(row.Score.Eb05), R(row.Score.Eb95), R(row.Score.Qn), signals));
            }
            else
            {
                target.WriteLine(Causa.Application.Json.CausaJson.SerializeLine(new Causa.Application.Signals.SignalRow(
                    store.Ingredients[row.Drug], store.Terms[row.Term], row.N, row.E, stats.Prr, stats.PrrLower, stats.PrrUpper, stats.Ror, stats.RorLower, stats.RorUpper,
                    stats.ChiSquareYates, stats.Ic, stats.Ic025, stats.Ic975, row.Score.Ebgm, row.Score.Eb05, row.Score.Eb95, row.Score.Qn, PairAnswer.SignalNames(flags))));
            }
        }

        target.Flush();
        if (outputPath is not null)
        {
            context.Error.WriteLine(string.Create(c, $"wrote {rows.Count:N0} pairs to {outputPath}"));
        }

        return ExitCodes.Ok;
    }

    private static IEnumerable<(int Term, int N, double E, MgpsScore Score)> PairsOf(SavedSignals saved, CaseStore store, int drug)
    {
        // Terms reported with the drug are exactly those of its cases; probing them keeps the walk proportional to the output.
        var seen = new HashSet<int>();
        var cases = store.CasesWithIngredient(drug, saved.Roles).ToArray();
        foreach (var c in cases)
        {
            foreach (var t in store.EventsOfCase(c))
            {
                seen.Add(t);
            }
        }

        foreach (var t in seen.Order())
        {
            if (saved.Find(drug, t) is { } hit)
            {
                yield return (t, hit.N, hit.E, hit.Score);
            }
        }
    }

    private static DisproportionalityResult Measures(CaseStore store, RoleFilter roles, int drug, int term, int n) =>
        Disproportionality.Compute(ContingencyTable.FromMargins(n, store.CasesWithIngredient(drug, roles).Length, store.CasesWithTerm(term).Length, store.CaseCount));

    private static string R(double? value) => value is { } v && double.IsFinite(v) ? v.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    private static string Csv(string text) => text.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    private static bool TryParseStrata(string text, out StratumFields fields)
    {
        fields = StratumFields.None;
        if (string.Equals(text.Trim(), "none", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            switch (part.ToLowerInvariant())
            {
                case "sex":
                    fields |= StratumFields.Sex;
                    break;
                case "age":
                    fields |= StratumFields.AgeGroup;
                    break;
                case "year":
                    fields |= StratumFields.ReportYear;
                    break;
                default:
                    return false;
            }
        }

        return fields != StratumFields.None;
    }

    private sealed class Progress(StatusContext status) : IProgress<string>
    {
        public void Report(string value) => status.Status(value);
    }
}
