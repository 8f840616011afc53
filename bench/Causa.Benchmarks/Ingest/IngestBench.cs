using System.Diagnostics;
using System.Globalization;
using Causa.Core.Model;
using Causa.Core.Query;
using Causa.Faers.Ingest;
using Causa.Faers.Synthetic;
using Causa.Storage.Files;

namespace Causa.Benchmarks.Ingest;

/// <summary>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- ingest [ZIP] [--reports N]</c>: ingests one quarter zip
/// into a fresh store and reports wall time, MB/s of uncompressed text, peak memory, the ratio to
/// <c>unzip -p ZIP &gt; /dev/null</c> on the same file, and <c>ask</c> latency on the result. Without ZIP, a full-size
/// synthetic quarter (400,000 reports, seed 42) is generated first.
/// </summary>
internal static class IngestBench
{
    public static int Run(string[] args)
    {
        var reports = 400_000;
        string? zip = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reports" && i + 1 < args.Length)
            {
                reports = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                zip = args[i];
            }
        }

        var work = Path.Combine(Path.GetTempPath(), "causa-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            if (zip is null)
            {
                zip = Path.Combine(work, "faers_ascii_2031q1.zip");
                var generator = new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = reports, Seed = 42, Quarter = new Quarter(2031, 1) });
                var sw = Stopwatch.StartNew();
                generator.WriteFiles(zip);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"generated {zip} ({new FileInfo(zip).Length / 1e6:N1} MB zip, {reports:N0} reports) in {sw.Elapsed.TotalSeconds:N1} s"));
            }

            var unzipSeconds = TimeUnzip(zip);
            var (sources, error) = FaersIngestor.Discover([zip]);
            if (error is not null)
            {
                Console.Error.WriteLine(error);
                return 2;
            }

            var textBytes = sources.Sum(static s => s.TotalBytes);
            var store = Path.Combine(work, "store");
            GC.Collect();
            var stopwatch = Stopwatch.StartNew();
            var result = new FaersIngestor().Ingest(new FileCaseSink(store), sources);
            stopwatch.Stop();
            if (!result.Succeeded)
            {
                Console.Error.WriteLine(result.ErrorMessage);
                return 2;
            }

            using var process = Process.GetCurrentProcess();
            process.Refresh();
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"input: {Path.GetFileName(zip)}, {new FileInfo(zip).Length / 1e6:N1} MB zip, {textBytes / 1e6:N1} MB text"));
            Console.WriteLine(string.Create(c, $"unzip -p > /dev/null: {unzipSeconds:N2} s"));
            Console.WriteLine(string.Create(c, $"ingest: {seconds:N2} s wall, {textBytes / 1e6 / seconds:N1} MB/s of text, ratio to unzip {seconds / unzipSeconds:N2}x, peak working set {process.PeakWorkingSet64 / 1e6:N0} MB"));
            Console.WriteLine(string.Create(c, $"store: {result.Commit.CasesAfter:N0} cases, {result.Commit.Ingredients:N0} drugs, {result.Commit.Terms:N0} terms, {result.Commit.FileBytes / 1e6:N1} MB"));
            MeasureAsk(store);
            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static double TimeUnzip(string zip)
    {
        var info = new ProcessStartInfo("sh", ["-c", $"unzip -p '{zip}' > /dev/null"]) { UseShellExecute = false };
        var best = double.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            using var p = Process.Start(info)!;
            p.WaitForExit();
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        return best;
    }

    /// <summary>Times <see cref="SignalQueries.Ask"/> on 2,000 random (drug, event) pairs of the store, weighted toward frequent drugs.</summary>
    private static void MeasureAsk(string storeDirectory)
    {
        var openWatch = Stopwatch.StartNew();
        var opened = CaseStore.Open(storeDirectory);
        using var store = opened.Store!;
        var openMs = openWatch.Elapsed.TotalMilliseconds;
        var queries = new SignalQueries(store);
        var random = new Random(1);
        var drugs = Enumerable.Range(0, store.Ingredients.Count).OrderByDescending(id => store.CasesWithIngredient(id, RoleFilter.Suspect).Length).Take(200).ToArray();
        var samples = new List<double>(2000);
        for (var i = 0; i < 2200; i++)
        {
            var drug = drugs[random.Next(drugs.Length)];
            var term = random.Next(store.Terms.Count);
            var sw = Stopwatch.StartNew();
            _ = queries.Ask(drug, term);
            if (i >= 200)
            {
                samples.Add(sw.Elapsed.TotalMilliseconds);
            }
        }

        samples.Sort();
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"open store: {openMs:N1} ms (checksums and structure verified)"));
        Console.WriteLine(string.Create(c, $"ask (store open, 2,000 pairs over the 200 most reported drugs): median {samples[samples.Count / 2]:N3} ms, p99 {samples[(int)(samples.Count * 0.99)]:N3} ms, max {samples[^1]:N3} ms"));
    }
}
