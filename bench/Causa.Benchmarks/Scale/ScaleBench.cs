using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Causa.Benchmarks.Scale;

/// <summary>
/// <c>-- scale N [--reports R] [--work DIR] [--causa CMD] [--keep] [--repeat K]</c>: how Causa grows with history. Writes N full-size
/// synthetic quarters (<c>causa synth</c>, R reports each, default 400,000), ingests them all at once into one store and
/// one by one into another, and reports for every step the process's wall and CPU time and peak resident memory (from
/// <c>/usr/bin/time</c>; for a one-by-one step, the median of K runs, K − 1 of them on copies of the store, default 3),
/// the store's size per kept case, the store's segments, <c>causa compact</c> of the one-by-one store and whether its
/// file is the all-at-once store's byte for byte, then <c>info</c> and <c>ask</c> process times on both stores and
/// the <c>signals</c> scan's time and peak memory per pair, with a linear projection to 90 quarters.
/// </summary>
/// <remarks>Every figure is of a separate <c>causa</c> process, as a user meets it; CMD defaults to the Release build of
/// this repository (<c>dotnet src/Causa.Host/bin/Release/net10.0/causa.dll</c>), and may name a Native AOT binary.</remarks>
internal static partial class ScaleBench
{
    private const int ProjectedQuarters = 90;
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Run(string[] args)
    {
        if (args.Length == 0 || !int.TryParse(args[0], NumberStyles.Integer, C, out var quarters) || quarters < 1)
        {
            Console.Error.WriteLine("usage: scale N [--reports R] [--work DIR] [--causa CMD] [--keep] [--repeat K]");
            return 1;
        }

        var reports = 400_000;
        string? work = null;
        string[]? causa = null;
        var keep = false;
        var repeat = 3;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--reports":
                    reports = int.Parse(args[++i], C);
                    break;
                case "--work":
                    work = args[++i];
                    break;
                case "--causa":
                    causa = args[++i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                    break;
                case "--keep":
                    keep = true;
                    break;
                case "--repeat":
                    repeat = Math.Max(1, int.Parse(args[++i], C));
                    break;
                default:
                    Console.Error.WriteLine($"unknown option {args[i]}");
                    return 1;
            }
        }

        causa ??= ["dotnet", Path.Combine(RepositoryRoot(), "src", "Causa.Host", "bin", "Release", "net10.0", "causa.dll")];
        work ??= Path.Combine(Path.GetTempPath(), "causa-scale-" + Environment.ProcessId.ToString(C));
        Directory.CreateDirectory(work);
        try
        {
            return Measure(causa, work, quarters, reports, repeat);
        }
        finally
        {
            if (!keep)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static int Measure(string[] causa, string work, int quarters, int reports, int repeat)
    {
        Console.WriteLine($"causa: {string.Join(' ', causa)}; {quarters} quarters of {reports:N0} reports; work folder {work}; {Environment.ProcessorCount} cores, load average {LoadAverage()}");
        var zips = new List<string>();
        for (var q = 0; q < quarters; q++)
        {
            var quarter = new DateOnly(2031, 1, 1).AddMonths(3 * q);
            var zip = Path.Combine(work, string.Create(C, $"faers_ascii_{quarter.Year}q{((quarter.Month - 1) / 3) + 1}.zip"));
            if (!File.Exists(zip))
            {
                var synth = Time(causa, ["synth", zip, "--reports", reports.ToString(C), "--seed", (42 + q).ToString(C), "--quarter", string.Create(C, $"{quarter.Year}q{((quarter.Month - 1) / 3) + 1}")]);
                Console.WriteLine($"synth {Path.GetFileName(zip)}: {synth}");
            }

            zips.Add(zip);
        }

        Console.WriteLine();
        Console.WriteLine("| store | step | wall s | CPU s | peak RSS MB | kept cases after | store MB | bytes per case | peak MB per million kept cases | segments |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        var all = Path.Combine(work, "store-all");
        var once = Time(causa, ["--store", all, "ingest", .. zips]);
        var allCases = KeptCases(causa, all);
        Row("all at once", $"{quarters} quarters", once, allCases, all);

        var stepwise = Path.Combine(work, "store-stepwise");
        var steps = new List<(double Cases, Timed Step)>();
        for (var q = 0; q < quarters; q++)
        {
            var casesBefore = q == 0 ? 0 : KeptCases(causa, stepwise);
            // A step is noisy on a shared machine: it runs on copies of the store first, and the median of all runs is
            // reported (the last run is the one kept).
            var runs = new List<Timed>();
            for (var r = 1; r < repeat; r++)
            {
                var copy = stepwise + ".try";
                CopyFolder(stepwise, copy);
                runs.Add(Time(causa, ["--store", copy, "ingest", zips[q]]));
                Directory.Delete(copy, recursive: true);
            }

            runs.Add(Time(causa, ["--store", stepwise, "ingest", zips[q]]));
            var step = Median(runs);
            var cases = KeptCases(causa, stepwise);
            Row("one by one", $"add quarter {q + 1}", step, cases, stepwise);
            steps.Add((casesBefore, step));
        }

        Console.WriteLine();
        Console.WriteLine("| store | command | runs | median wall s | median CPU s | peak RSS MB |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");
        // A planted pair of the first quarter (its truth file lists them): a drug and an event every store holds.
        var planted = File.ReadLines(Path.ChangeExtension(zips[0], ".truth.csv")).Skip(1).First().Split(',');
        foreach (var (name, store) in new[] { ("all at once", all), ("one by one", stepwise) })
        {
            Repeat(name, "info", causa, ["--store", store, "info"]);
            Repeat(name, $"ask {planted[0]} \"{planted[1]}\"", causa, ["--store", store, "ask", planted[0], planted[1]]);
        }

        Console.WriteLine();
        var signals = Time(causa, ["--store", all, "signals", "--recompute", "--limit", "5"]);
        var scanned = ScannedPairs().Match(signals.Error);
        var pairs = scanned.Success ? double.Parse(scanned.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), C) : double.NaN;
        // The one-by-one store compacted: one file again, and the same bytes as the store ingested all at once.
        var segments = Segments(stepwise);
        var compact = Time(causa, ["--store", stepwise, "compact"]);
        var identical = SameBytes(Path.Combine(stepwise, "cases.causa"), Path.Combine(all, "cases.causa"));
        Console.WriteLine($"compact (one-by-one store, {segments} segments): {compact}; cases.causa {(identical ? "byte-identical to" : "DIFFERS from")} the all-at-once store's");
        Repeat("one by one, compacted", "info", causa, ["--store", stepwise, "info"]);
        Repeat("one by one, compacted", $"ask {planted[0]} \"{planted[1]}\"", causa, ["--store", stepwise, "ask", planted[0], planted[1]]);
        Console.WriteLine();
        Console.WriteLine($"signals (all-at-once store, {allCases:N0} kept cases): {signals}; {pairs:N0} pairs, {signals.PeakMb * 1e3 / pairs:N3} KB peak per pair");
        var timing = ScanTiming().Match(signals.Error);
        if (timing.Success)
        {
            Console.WriteLine($"  in-process: {timing.Value}");
        }

        Project(steps, allCases / quarters, once, allCases, quarters);
        return 0;
    }

    /// <summary>Least-squares lines through the one-by-one steps (cost against cases already stored) and the
    /// all-at-once peak per case, carried to <see cref="ProjectedQuarters"/> quarters of the same size.</summary>
    private static void Project(List<(double Cases, Timed Step)> steps, long casesPerQuarter, Timed once, long allCases, int quarters)
    {
        var history = (double)casesPerQuarter * ProjectedQuarters;
        Console.WriteLine();
        Console.WriteLine($"projection to {ProjectedQuarters} quarters ({history / 1e6:N1} M kept cases at {casesPerQuarter:N0} per quarter):");
        if (steps.Count >= 2)
        {
            var (wallA, wallB) = Fit(steps.Select(s => (s.Cases, s.Step.WallSeconds)));
            var (cpuA, cpuB) = Fit(steps.Select(s => (s.Cases, s.Step.CpuSeconds)));
            var (memA, memB) = Fit(steps.Select(s => (s.Cases, s.Step.PeakMb)));
            Console.WriteLine($"  adding a quarter: wall {wallA:N2} s + {wallB * 1e6:N2} s per million stored; CPU {cpuA:N2} s + {cpuB * 1e6:N2} s per million; peak {memA:N0} MB + {memB * 1e6:N0} MB per million");
            Console.WriteLine($"  adding quarter {ProjectedQuarters}: wall {wallA + (wallB * history):N1} s, CPU {cpuA + (cpuB * history):N1} s, peak {(memA + (memB * history)) / 1e3:N1} GB; step {quarters} / step 1 measured: CPU {steps[^1].Step.CpuSeconds / steps[0].Step.CpuSeconds:N2}x");
            Console.WriteLine($"  building all {ProjectedQuarters} quarters one by one: CPU about {Enumerable.Range(0, ProjectedQuarters).Sum(q => cpuA + (cpuB * casesPerQuarter * q)) / 3600:N1} h");
        }

        Console.WriteLine($"  all at once: {once.PeakMb / (allCases / 1e6):N0} MB peak per million kept cases measured; {once.PeakMb / (allCases / 1e6) * history / 1e9:N1} GB for {ProjectedQuarters} quarters at that rate");
    }

    private static (double Intercept, double Slope) Fit(IEnumerable<(double X, double Y)> points)
    {
        var list = points.ToList();
        var mx = list.Average(p => p.X);
        var my = list.Average(p => p.Y);
        var sxx = list.Sum(p => (p.X - mx) * (p.X - mx));
        var slope = sxx == 0 ? 0 : list.Sum(p => (p.X - mx) * (p.Y - my)) / sxx;
        return (my - (slope * mx), slope);
    }

    private static void Row(string store, string step, Timed timed, long cases, string folder)
    {
        var bytes = new DirectoryInfo(folder).EnumerateFiles("*.causa").Sum(f => f.Length);
        Console.WriteLine(string.Create(C, $"| {store} | {step} | {timed.WallSeconds:N2} | {timed.CpuSeconds:N2} | {timed.PeakMb:N0} | {cases:N0} | {bytes / 1e6:N1} | {(double)bytes / cases:N0} | {timed.PeakMb / (cases / 1e6):N0} | {Segments(folder)} |"));
    }

    /// <summary>The run with the median CPU time (wall and peak of that same run).</summary>
    private static Timed Median(List<Timed> runs) => runs.OrderBy(static r => r.CpuSeconds).ElementAt(runs.Count / 2);

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
        }
    }

    /// <summary>Segment files beside the store's base file (<c>cases.N.causa</c>).</summary>
    private static int Segments(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("cases.*.causa").Count(static f => f.Name.Split('.') is [_, var n, _] && int.TryParse(n, NumberStyles.None, C, out _));

    private static bool SameBytes(string a, string b)
    {
        using var x = File.OpenRead(a);
        using var y = File.OpenRead(b);
        if (x.Length != y.Length)
        {
            return false;
        }

        var bx = new byte[1 << 20];
        var by = new byte[1 << 20];
        int read;
        while ((read = x.Read(bx)) > 0)
        {
            y.ReadExactly(by.AsSpan(0, read));
            if (!bx.AsSpan(0, read).SequenceEqual(by.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Repeat(string store, string name, string[] causa, string[] args, int runs = 5)
    {
        var timings = Enumerable.Range(0, runs).Select(_ => Time(causa, args)).ToList();
        var wall = timings.Select(t => t.WallSeconds).Order().ElementAt(runs / 2);
        var cpu = timings.Select(t => t.CpuSeconds).Order().ElementAt(runs / 2);
        Console.WriteLine(string.Create(C, $"| {store} | {name} | {runs} | {wall:N3} | {cpu:N3} | {timings.Max(t => t.PeakMb):N0} |"));
    }

    private static long KeptCases(string[] causa, string store)
    {
        var info = Time(causa, ["--store", store, "info", "--json"]);
        using var json = JsonDocument.Parse(info.Output);
        return json.RootElement.GetProperty("cases").GetInt64();
    }

    /// <summary>Runs one process under <c>/usr/bin/time</c>, which reports what the process itself cost.</summary>
    private static Timed Time(string[] command, string[] args)
    {
        var stats = Path.GetTempFileName();
        try
        {
            var info = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in (string[])["-o", stats, "-f", "%e %U %S %M", .. command, .. args])
            {
                info.ArgumentList.Add(a);
            }

            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{string.Join(' ', args)} exited {process.ExitCode}: {error.Result}");
            }

            var f = File.ReadAllText(stats).Trim().Split('\n')[^1].Split(' ');
            return new Timed(double.Parse(f[0], C), double.Parse(f[1], C) + double.Parse(f[2], C), double.Parse(f[3], C) / 1024, output.Result, error.Result);
        }
        finally
        {
            File.Delete(stats);
        }
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Causa.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Run from the repository, or pass --causa.");
    }

    [GeneratedRegex(@"scanned ([0-9,]+) pairs")]
    private static partial Regex ScannedPairs();

    [GeneratedRegex(@"scanned .*strata")]
    private static partial Regex ScanTiming();

    /// <summary>What one process cost: wall seconds, user + system CPU seconds, peak resident set (MB), and its output.</summary>
    private sealed record Timed(double WallSeconds, double CpuSeconds, double PeakMb, string Output, string Error)
    {
        public override string ToString() => string.Create(C, $"wall {WallSeconds:N2} s, CPU {CpuSeconds:N2} s, peak RSS {PeakMb:N0} MB");
    }
}
