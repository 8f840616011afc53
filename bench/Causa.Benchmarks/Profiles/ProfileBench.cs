using System.Diagnostics;
using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Faers.Synthetic;
using Causa.Storage.Files;

namespace Causa.Benchmarks.Profiles;

/// <summary>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- profile DIR [--reports N]</c>: writes four synthetic
/// quarters (2031Q1–Q4, seeds 42–45, 400,000 reports each unless <c>--reports</c>) into DIR unless already there, ingests
/// them into one fresh store (wall time, store size), then times <see cref="CaseProfiler.ForPair"/> in-process: the
/// planted profiled pair of 2031Q1, and 500 random pairs over the 50 most reported drugs (the baseline walks every case of
/// the drug, so the most reported drugs are the slowest).
/// </summary>
internal static class ProfileBench
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: profile DIR [--reports N]");
            return 2;
        }

        var c = CultureInfo.InvariantCulture;
        var dir = Path.GetFullPath(args[0]);
        var reports = args.Length >= 3 && args[1] == "--reports" ? int.Parse(args[2], c) : 400_000;
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

        using var opened = CaseStore.Open(store).Store!;
        var profiler = new CaseProfiler(opened);
        if (profiled is not null && opened.FindIngredient(profiled.Drug) is { } drugId && opened.FindTerm(profiled.Event) is { } termId)
        {
            var times = Time(20, () => profiler.ForPair([drugId], termId, RoleFilter.Suspect));
            var p = profiler.ForPair([drugId], termId, RoleFilter.Suspect);
            Console.WriteLine(string.Create(c, $"profile of the planted pair {profiled.Drug}/{profiled.Event} ({p.Sex.F + p.Sex.M + p.Sex.Unknown:N0} cases, baseline {opened.DrugCaseCount(drugId, RoleFilter.Suspect):N0}): median {times[times.Count / 2]:N3} ms, max {times[^1]:N3} ms"));
        }

        var drugs = Enumerable.Range(0, opened.Ingredients.Count).OrderByDescending(id => opened.DrugCaseCount(id, RoleFilter.Suspect)).Take(50).ToArray();
        var random = new Random(1);
        var samples = new List<double>();
        for (var i = 0; i < 550; i++)
        {
            var drug = drugs[random.Next(drugs.Length)];
            var events = opened.EventCountsForDrugs([drug], RoleFilter.Suspect);
            var term = Array.IndexOf(events.ByTerm, events.ByTerm.Max());
            var sw = Stopwatch.StartNew();
            _ = profiler.ForPair([drug], term, RoleFilter.Suspect);
            if (i >= 50)
            {
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        Console.WriteLine(string.Create(c, $"profile (500 pairs: a drug among the 50 most reported, {opened.DrugCaseCount(drugs[^1], RoleFilter.Suspect):N0}–{opened.DrugCaseCount(drugs[0], RoleFilter.Suspect):N0} cases, with its most reported event): median {samples[samples.Count / 2]:N3} ms, p99 {samples[(int)(samples.Count * 0.99)]:N3} ms, max {samples[^1]:N3} ms"));
        return 0;
    }

    private static List<double> Time(int runs, Action action)
    {
        action();
        var times = new List<double>(runs);
        for (var i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            action();
            times.Add(sw.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }
}
