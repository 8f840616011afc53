using System.CommandLine;
using System.Globalization;
using System.Text;
using Causa.Core.Statistics;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa mgps INPUT.csv</c>: openEBGM-compatible MGPS scoring of a pair table (var1,var2,N,E) or of raw rows
/// (id,var1,var2[,strat…]); writes var1,var2,N,E,EBGM,EB05,EB95,Qn as CSV and the fitted prior on standard error.
/// </summary>
internal static class MgpsCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var input = new Argument<string>("INPUT")
        {
            Description = "CSV with a header: a pair table (var1,var2,N,E) or raw rows (id,var1,var2[,strat…]; columns whose name contains 'strat' are strata).",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the scores to this CSV file instead of standard output." };
        var theta = new Option<string?>("--theta") { Description = "Score with this prior instead of fitting one: alpha1,beta1,alpha2,beta2,P." };
        var nStar = new Option<int?>("--n-star") { Description = "Fit only pairs with N ≥ N*, truncating the likelihood there (default: the smallest N in the table)." };
        var squash = new Option<bool>("--squash") { Description = "Squash the pairs as openEBGM's autoSquash before fitting (faster, approximate)." };
        var unstratified = new Option<bool>("--unstratified") { Description = "Raw rows: ignore strat columns (E = N_var1·N_var2/N_ids)." };
        var command = new Command("mgps", "Empirical Bayes (MGPS) scores for every pair: EBGM, EB05, EB95 and Qn, as openEBGM computes them.")
        {
            input, output, theta, nStar, squash, unstratified,
        };
        command.SetAction((parseResult, cancellationToken) => Task.FromResult(Run(
            context,
            parseResult.GetValue(input)!,
            parseResult.GetValue(output),
            parseResult.GetValue(theta),
            parseResult.GetValue(nStar),
            parseResult.GetValue(squash),
            parseResult.GetValue(unstratified))));
        return command;
    }

    private static int Run(CliContext context, string inputPath, string? outputPath, string? thetaText, int? nStar, bool squash, bool unstratified)
    {
        var error = context.Error;
        MgpsHyperparameters? given = null;
        if (thetaText is not null)
        {
            if (!MgpsHyperparameters.TryParse(thetaText, out var parsed))
            {
                error.WriteLine($"causa mgps: --theta must be five numbers alpha1,beta1,alpha2,beta2,P with alpha, beta > 0 and 0 < P < 1; got '{thetaText}'.");
                return ExitCodes.BadInput;
            }

            given = parsed;
        }

        if (nStar is < 1)
        {
            error.WriteLine("causa mgps: --n-star must be at least 1.");
            return ExitCodes.BadInput;
        }

        if (!File.Exists(inputPath))
        {
            error.WriteLine($"causa mgps: input file not found: {inputPath}");
            return ExitCodes.BadInput;
        }

        var (pairs, readError) = ReadPairs(inputPath, unstratified, error);
        if (readError is not null)
        {
            error.WriteLine($"causa mgps: {readError}");
            return ExitCodes.BadData;
        }

        var n = pairs.Select(p => p.N).ToArray();
        var e = pairs.Select(p => p.E).ToArray();
        MgpsHyperparameters prior;
        double logLikelihood;
        if (given is { } fixedTheta)
        {
            var star = nStar ?? DetectNStar(n);
            var used = Enumerable.Range(0, n.Length).Where(i => n[i] >= star).ToArray();
            logLikelihood = used.Length == 0 ? double.NaN : MgpsModel.LogLikelihood(fixedTheta, used.Select(i => n[i]).ToArray(), used.Select(i => e[i]).ToArray(), default, star);
            prior = fixedTheta;
        }
        else
        {
            var options = MgpsFitOptions.Default with { NStar = nStar, Squash = squash ? MgpsSquashMode.OpenEbgm : MgpsSquashMode.Grid };
            var fit = MgpsModel.Fit(n, e, options);
            foreach (var warning in fit.Warnings)
            {
                error.WriteLine($"warning: {warning}");
            }

            // A fit on a bound still gives finite scores (with the warning above); only a fit without a finite θ stops here.
            if (!fit.HasEstimate)
            {
                error.WriteLine($"causa mgps: {fit.Message}");
                foreach (var start in fit.Starts)
                {
                    error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  start {start.Start}: {(start.Estimate is { } estimate ? estimate.ToString() : "no estimate")} loglik={start.LogLikelihood:R} converged={start.Converged} at-bound={(start.ParametersAtBound.Count == 0 ? "none" : string.Join('+', start.ParametersAtBound))}{(start.Message is null ? string.Empty : " (" + start.Message + ")")}"));
                }

                error.WriteLine("Pass --theta alpha1,beta1,alpha2,beta2,P to score with a prior of your choice.");
                return ExitCodes.BadData;
            }

            prior = fit.Hyperparameters.Value;
            logLikelihood = fit.LogLikelihood;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"theta {prior} loglik={logLikelihood:R}"));
        var scores = MgpsModel.Score(prior, n, e);
        if (outputPath is null)
        {
            WriteScores(context.Output, pairs, scores);
        }
        else
        {
            using var writer = new StreamWriter(outputPath, append: false, new UTF8Encoding(false));
            WriteScores(writer, pairs, scores);
        }

        return ExitCodes.Ok;
    }

    private static int DetectNStar(int[] n)
    {
        var positive = n.Where(x => x >= 1).ToArray();
        return positive.Length == 0 ? 1 : positive.Min();
    }

    private static void WriteScores(TextWriter writer, List<PairCount> pairs, MgpsScore[] scores)
    {
        writer.Write("var1,var2,N,E,EBGM,EB05,EB95,Qn\n");
        var line = new StringBuilder();
        for (var i = 0; i < pairs.Count; i++)
        {
            line.Clear();
            line.Append(Quote(pairs[i].Var1)).Append(',').Append(Quote(pairs[i].Var2)).Append(',')
                .Append(pairs[i].N.ToString(CultureInfo.InvariantCulture)).Append(',')
                .Append(pairs[i].E.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(scores[i].Ebgm.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(scores[i].Eb05.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(scores[i].Eb95.ToString("R", CultureInfo.InvariantCulture)).Append(',')
                .Append(scores[i].Qn.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            writer.Write(line);
        }

        writer.Flush();
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Reads a pair table or raw rows; a malformed file is an error message naming the file and line.</summary>
    private static (List<PairCount> Pairs, string? Error) ReadPairs(string path, bool unstratified, TextWriter error)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var headerLine = reader.ReadLine();
        if (headerLine is null)
        {
            return ([], $"{path}: the file is empty (expected a header line).");
        }

        var header = SplitCsv(headerLine, out _);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var isPairTable = columns.ContainsKey("var1") && columns.ContainsKey("var2") && columns.ContainsKey("N") && columns.ContainsKey("E");
        var isRaw = columns.ContainsKey("id") && columns.ContainsKey("var1") && columns.ContainsKey("var2");
        if (!isPairTable && !isRaw)
        {
            return ([], $"{path}:1: header must hold var1,var2,N,E (pair table) or id,var1,var2[,strat…] (raw rows); got '{headerLine}'.");
        }

        var lineNumber = 1;
        if (isPairTable)
        {
            int v1 = columns["var1"], v2 = columns["var2"], nColumn = columns["N"], eColumn = columns["E"];
            var pairs = new List<PairCount>();
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Length == 0)
                {
                    continue;
                }

                var fields = SplitCsv(line, out var unterminated);
                if (unterminated || fields.Count != header.Count)
                {
                    return ([], $"{path}:{lineNumber}: expected {header.Count} fields, found {fields.Count}{(unterminated ? " (unterminated quote)" : string.Empty)}.");
                }

                if (!int.TryParse(fields[nColumn], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
                {
                    return ([], $"{path}:{lineNumber}: N must be a whole number ≥ 0; got '{fields[nColumn]}'.");
                }

                if (!double.TryParse(fields[eColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var expected) || !(expected > 0) || !double.IsFinite(expected))
                {
                    return ([], $"{path}:{lineNumber}: E must be a positive number; got '{fields[eColumn]}'.");
                }

                pairs.Add(new PairCount(fields[v1], fields[v2], count, expected));
            }

            return (pairs, null);
        }

        int id = columns["id"], var1 = columns["var1"], var2 = columns["var2"];
        var strata = unstratified ? [] : columns.Where(c => c.Key.Contains("strat", StringComparison.Ordinal)).Select(c => c.Value).Order().ToArray();
        var builder = new ExpectedCountBuilder();
        var stratum = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = SplitCsv(line, out var unterminated);
            if (unterminated || fields.Count != header.Count)
            {
                return ([], $"{path}:{lineNumber}: expected {header.Count} fields, found {fields.Count}{(unterminated ? " (unterminated quote)" : string.Empty)}.");
            }

            stratum.Clear();
            foreach (var s in strata)
            {
                stratum.Append(fields[s]).Append('\u001f');
            }

            builder.Add(fields[id], fields[var1], fields[var2], stratum.ToString());
        }

        var table = builder.Build(stratified: strata.Length > 0);
        foreach (var warning in table.Warnings)
        {
            error.WriteLine($"warning: {warning.Replace('\u001f', '|')}");
        }

        return ([.. table.Pairs], null);
    }

    /// <summary>Splits one CSV record (RFC 4180 quoting; records spanning lines are not supported).</summary>
    private static List<string> SplitCsv(string line, out bool unterminated)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else if (ch != '\r')
            {
                current.Append(ch);
            }
        }

        fields.Add(current.ToString());
        unterminated = quoted;
        return fields;
    }
}
