using System.Diagnostics;
using System.Globalization;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Storage.Files;

namespace Causa.Benchmarks.Signals;

/// <summary>
/// <c>-- signals STORE [RUNS]</c>: the whole-store signal scan in-process, run RUNS times (default 3) on an opened store:
/// per-stage wall and process CPU time, the MGPS fit's points and evaluations, and the managed heap's peak.
/// The store folder is only read (the scan is not saved).
/// </summary>
internal static class SignalsBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: signals STORE [RUNS]");
            return 2;
        }

        var c = CultureInfo.InvariantCulture;
        var runs = args.Length > 1 ? int.Parse(args[1], c) : 3;
        var opened = CaseStore.Open(args[0]);
        using var store = opened.Store ?? throw new InvalidOperationException("no readable store in " + args[0]);
        Console.WriteLine(string.Create(c, $"store: {store.CaseCount:N0} cases, {store.Ingredients.Count:N0} ingredients, {store.Terms.Count:N0} terms; load {File.ReadAllText("/proc/loadavg").Trim()}"));
        for (var run = 0; run < runs; run++)
        {
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            var scan = SignalScanner.Scan(store);
            wall.Stop();
            process.Refresh();
            var t = scan.Timings;
            var fit = scan.Fit;
            Console.WriteLine(string.Create(c,
                $"run {run + 1}: {scan.Count:N0} pairs; wall {wall.Elapsed.TotalSeconds:0.00} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.00} s (counting {t.Counting.TotalSeconds:0.00}, expected {t.Expected.TotalSeconds:0.00}, fit {t.Fit.TotalSeconds:0.00}, scoring {t.Scoring.TotalSeconds:0.00} s wall)"));
            if (fit is not null)
            {
                Console.WriteLine(string.Create(c,
                    $"  fit: {fit.Points:N0} points ({fit.StartPoints:N0} for the starts), {fit.Evaluations:N0} evaluations, iterations per start {string.Join(' ', fit.Starts.Select(s => s.Iterations))}; θ {fit.Hyperparameters}, loglik {fit.LogLikelihood:R}"));
            }

            Console.WriteLine(string.Create(c, $"  first scores: {string.Join("; ", scan.Scores.Take(3).Select(s => $"{s.Ebgm:R} {s.Eb05:R}"))}; peak RSS so far {process.PeakWorkingSet64 / 1048576.0:N0} MiB, GC heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB"));
        }

        // The stages again one by one, for their CPU time (the scan reports wall time only).
        var last = SignalScanner.Scan(store);
        Stage("counting + expected (a scan with a given prior)", () => SignalScanner.Scan(store, new SignalScanOptions { Theta = last.Theta }));
        Stage("fit", () => MgpsModel.Fit(last.Counts, last.Expected));
        Stage("scores", () => _ = last.Scores);
        return 0;
    }

    private static void Stage(string name, Action action)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        action();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name}: wall {wall.Elapsed.TotalSeconds:0.000} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.000} s"));
    }
}
