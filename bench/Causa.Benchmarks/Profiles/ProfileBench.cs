using System.Diagnostics;
using System.Globalization;
using Causa.Application;
using Causa.Application.Queries;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Faers.Synthetic;
using Causa.Storage.Files;

namespace Causa.Benchmarks.Profiles;

/// <summary>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- profile DIR [--reports N] [--keep-store]</c>: writes four
/// synthetic quarters (2031Q1–Q4, seeds 42–45, 400,000 reports each unless <c>--reports</c>) into DIR unless already there,
/// ingests them into one fresh store (wall time, store size; <c>--keep-store</c> reuses DIR/store when it is there), then
/// times pair profiles in-process: the planted profiled pair of 2031Q1, and 500 random pairs of a drug among the 50 most
/// reported with its most reported event (the drug baseline walks every case of the drug, so these are the slowest).
/// Each is timed cold (the whole profile, <see cref="CaseProfiler.ForPair(IReadOnlyCollection{int}, int, RoleFilter)"/>:
/// what the first call for a drug costs) and warm (the pair with its baseline given: what later calls cost once the
/// application layer keeps the baseline), then through the use case (<see cref="QueryService.Profile"/>) on a workspace.
/// </summary>
internal static class ProfileBench
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: profile DIR [--reports N] [--keep-store]");
            return 2;
        }

        var c = CultureInfo.InvariantCulture;
        var dir = Path.GetFullPath(args[0]);
        var reports = args.Length >= 3 && args[1] == "--reports" ? int.Parse(args[2], c) : 400_000;
        var keepStore = args.Contains("--keep-store");
        Directory.CreateDirectory(dir);
        PlantedPair? profiled = null;
        var zips = new List<string>();
        for (var q = 1; q <= 4; q++)
        {
            var generator = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = reports, Seed = 41 + q, Quarter = new Quarter(2031, q) });
            profiled ??= generator.ProfiledPair;
            var zip = Path.Combine(dir, generator.FileName);
            if (!File.Exists(zip))
            {
                var sw = Stopwatch.StartNew();
                generator.WriteFiles(zip);
                Console.WriteLine(string.Create(c, $"generated {zip} in {sw.Elapsed.TotalSeconds:N1} s"));
            }

            zips.Add(zip);
        }

        var store = Path.Combine(dir, "store");
        if (keepStore && File.Exists(Path.Combine(store, "cases.causa")))
        {
            Console.WriteLine($"kept the store in {store}");
        }
        else if (Ingest(store, zips) is var code && code != 0)
        {
            return code;
        }

        using var opened = CaseStore.Open(store).Store!;
        var profiler = new CaseProfiler(opened);
        var drugs = Enumerable.Range(0, opened.Ingredients.Count).OrderByDescending(id => opened.DrugCaseCount(id, RoleFilter.Suspect)).Take(50).ToArray();
        var heavyEvent = drugs.ToDictionary(static d => d, d =>
        {
            var events = opened.EventCountsForDrugs([d], RoleFilter.Suspect);
            return Array.IndexOf(events.ByTerm, events.ByTerm.Max());
        });
        var random = new Random(1);
        var heavy = Enumerable.Range(0, 550).Select(_ => drugs[random.Next(drugs.Length)]).ToArray();
        Console.WriteLine(string.Create(c, $"heavy pairs: a drug among the 50 most reported ({opened.DrugCaseCount(drugs[^1], RoleFilter.Suspect):N0}–{opened.DrugCaseCount(drugs[0], RoleFilter.Suspect):N0} cases) with its most reported event ({heavy.Skip(50).Min(d => opened.PairCaseCount(d, heavyEvent[d], RoleFilter.Suspect)):N0}–{heavy.Skip(50).Max(d => opened.PairCaseCount(d, heavyEvent[d], RoleFilter.Suspect)):N0} cases); 50 warm-up calls, then 500 timed"));

        // The engine alone: a whole pair profile (what the first call for a drug costs: the pair and its drug baseline),
        // then the pair's part alone with the baseline computed before (what a later call for the drug costs).
        int? plantedDrug = profiled is null ? null : opened.FindIngredient(profiled.Drug);
        int? plantedTerm = profiled is null ? null : opened.FindTerm(profiled.Event);
        if (plantedDrug is { } drugId && plantedTerm is { } termId)
        {
            var p = profiler.ForPair([drugId], termId, RoleFilter.Suspect);
            Console.WriteLine(string.Create(c, $"planted pair {profiled!.Drug}/{profiled.Event}: {p.Sex.F + p.Sex.M + p.Sex.Unknown:N0} cases, baseline {opened.DrugCaseCount(drugId, RoleFilter.Suspect):N0}"));
            Report("engine, whole profile (cold), planted pair", Time(Repeat(drugId, 300), d => profiler.ForPair([d], termId, RoleFilter.Suspect), 20));
            var baseline = profiler.ForDrug([drugId], RoleFilter.Suspect);
            Report("engine, pair with its baseline given (warm), planted pair", Time(Repeat(drugId, 1000), d => profiler.ForPair([d], termId, RoleFilter.Suspect, baseline), 100));
        }

        Report("engine, whole profile (cold), heavy pairs", Time(heavy, d => profiler.ForPair([d], heavyEvent[d], RoleFilter.Suspect), 50));
        var baselines = drugs.ToDictionary(static d => d, d => profiler.ForDrug([d], RoleFilter.Suspect));
        Report("engine, pair with its baseline given (warm), heavy pairs", Time(heavy, d => profiler.ForPair([d], heavyEvent[d], RoleFilter.Suspect, baselines[d]), 50));

        // The use case as ask and the API run it (names resolved, the baseline kept per store generation): the first call
        // for each drug is cold, the later ones warm.
        using var workspace = new CausaWorkspace(store);
        var queries = new QueryService(workspace);
        var warmUp = queries.Profile(new ProfileRequest(opened.Ingredients[drugs[0]], opened.Terms[heavyEvent[drugs[0]]]));
        if (!warmUp.Succeeded)
        {
            Console.Error.WriteLine(warmUp.Error!.Message);
            return 1;
        }

        var cold = new List<double>();
        var warm = new List<double>();
        var seen = new HashSet<int> { drugs[0] };
        if (plantedDrug is { } planted && plantedTerm is { } plantedEvent)
        {
            var request = new ProfileRequest(opened.Ingredients[planted], opened.Terms[plantedEvent]);
            cold.Add(Once(() => queries.Profile(request)));
            Report("use case (QueryService.Profile), planted pair, warm", Time(Repeat(planted, 1000), _ => queries.Profile(request), 100));
        }

        foreach (var d in heavy)
        {
            var request = new ProfileRequest(opened.Ingredients[d], opened.Terms[heavyEvent[d]]);
            (seen.Add(d) ? cold : warm).Add(Once(() => queries.Profile(request)));
        }

        cold.Sort();
        warm.Sort();
        Report("use case, first call for a drug (cold: planted and heavy drugs)", cold);
        Report("use case, heavy pairs, warm", warm);
        return 0;
    }

    private static int Ingest(string store, List<string> zips)
    {
        var c = CultureInfo.InvariantCulture;
        if (Directory.Exists(store))
        {
            Directory.Delete(store, recursive: true);
        }

        var (sources, error) = FaersIngestor.Discover(zips);
        if (error is not null)
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        var result = new FaersIngestor().Ingest(new FileCaseSink(store), sources);
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (!result.Succeeded)
        {
            Console.Error.WriteLine(result.ErrorMessage);
            return 1;
        }

        Console.WriteLine(string.Create(c, $"ingest of 4 quarters: {seconds:N2} s wall; store {result.Commit!.CasesAfter:N0} cases, {result.Commit.FileBytes / 1e6:N1} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB"));
        return 0;
    }

    private static int[] Repeat(int value, int times) => Enumerable.Repeat(value, times).ToArray();

    private static double Once(Action action)
    {
        var sw = Stopwatch.StartNew();
        action();
        return sw.Elapsed.TotalMilliseconds;
    }

    /// <summary>Times <paramref name="action"/> on each item, the first <paramref name="warmUp"/> untimed: sorted wall times
    /// in ms, and the process's CPU time per timed call (user + system over the timed calls, divided by their number: on a
    /// shared machine the wall times measure the queue for a core as well, the CPU time does not).</summary>
    private static (List<double> Sorted, double CpuPerCall) Time(int[] items, Action<int> action, int warmUp)
    {
        var times = new List<double>(items.Length);
        var cpu = TimeSpan.Zero;
        for (var i = 0; i < items.Length; i++)
        {
            if (i == warmUp)
            {
                cpu = Process.GetCurrentProcess().TotalProcessorTime;
            }

            var sw = Stopwatch.StartNew();
            action(items[i]);
            if (i >= warmUp)
            {
                times.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        var cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / times.Count;
        times.Sort();
        return (times, cpuPerCall);
    }

    private static void Report(string what, (List<double> Sorted, double CpuPerCall) timed) =>
        Console.WriteLine(Line(what, timed.Sorted) + string.Create(CultureInfo.InvariantCulture, $"; CPU {timed.CpuPerCall:N3} ms a call"));

    private static void Report(string what, List<double> sorted) => Console.WriteLine(Line(what, sorted));

    private static string Line(string what, List<double> sorted) => string.Create(CultureInfo.InvariantCulture,
        $"{what}: n {sorted.Count}, median {sorted[sorted.Count / 2]:N3} ms, p99 {sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * 0.99))]:N3} ms, max {sorted[^1]:N3} ms");
}
