using System.CommandLine;
using System.Globalization;
using System.Text;
using Causa.Application.Mgps;
using Causa.Cli.Rendering;
using Causa.Core.Files;
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
        var command = new Command("mgps", "Empirical Bayes (MGPS) scores for every pair: EBGM, EB05, EB95 and Qn, as openEBGM computes them. For raw rows, standard error names the strata used (strata: strat1 (12 strata), or strata: none).")
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

        if (!MgpsService.Read(inputPath, unstratified).TryGetValue(out var table, out var readError))
        {
            error.WriteLine($"causa mgps: {readError.Message}");
            return ExitCodes.For(readError.Kind);
        }

        if (table.Strata is { } strata)
        {
            // Raw rows are stratified whenever a column's name says so: say which, so no one compares E of another kind unawares.
            error.WriteLine(strata.Describe());
        }

        foreach (var warning in table.Warnings)
        {
            error.WriteLine($"warning: {warning}");
        }

        if (!MgpsService.Score(table, new MgpsRequest(given, nStar, squash)).TryGetValue(out var scored, out var scoreError))
        {
            error.WriteLine($"causa mgps: {scoreError.Message}");
            return ExitCodes.For(scoreError.Kind);
        }

        if (scored.Fit is { } fit)
        {
            foreach (var warning in fit.Warnings)
            {
                error.WriteLine($"warning: {warning}");
            }
        }

        if (scored.Prior is not { } prior)
        {
            // A fit on a bound still gives finite scores (with the warning above); only a fit without a finite θ stops here.
            var failed = scored.Fit!;
            error.WriteLine($"causa mgps: {failed.Message}");
            foreach (var start in failed.Starts)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  start {start.Start}: {(start.Estimate is { } estimate ? estimate.ToString() : "no estimate")} loglik={start.LogLikelihood:R} converged={start.Converged} at-bound={(start.ParametersAtBound.Count == 0 ? "none" : string.Join('+', start.ParametersAtBound))}{(start.Message is null ? string.Empty : " (" + start.Message + ")")}"));
            }

            error.WriteLine("Pass --theta alpha1,beta1,alpha2,beta2,P to score with a prior of your choice.");
            return ExitCodes.BadData;
        }

        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"theta {prior} loglik={scored.LogLikelihood:R}"));
        if (outputPath is null)
        {
            // Standard output is text (escaped for a terminal where it is one): the UTF-8 chunks are decoded for it.
            var output = context.Output;
            MgpsScoreCsv.Write(table.Pairs, scored.Scores, (buffer, length) => output.Write(Encoding.UTF8.GetString(buffer, 0, length)));
            output.Flush();
        }
        else
        {
            // Written whole or not at all: an interrupted run never leaves half a table where the last one was.
            AtomicFile.Write(outputPath, stream => MgpsScoreCsv.Write(table.Pairs, scored.Scores, (buffer, length) => stream.Write(buffer, 0, length)));
        }

        return ExitCodes.Ok;
    }
}
