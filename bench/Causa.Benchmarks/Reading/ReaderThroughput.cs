using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Causa.Faers.Reading;

namespace Causa.Benchmarks.Reading;

/// <summary>
/// Wall-clock throughput of <see cref="FaersQuarterReader"/> on one quarter zip, against plain decompression of the
/// same zip (in process, and <c>unzip -p</c> when installed): the reader's target is at most 3× <c>unzip -p</c>.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- read-faers QUARTER.zip [runs]</c>;
/// <c>... -- make-quarter SAMPLE_FOLDER COPIES OUT.zip</c> builds a full-size zip from a real sample.
/// </remarks>
internal static class ReaderThroughput
{
    public static int Run(string[] args)
    {
        if (args.Length >= 4 && args[0] == "make-quarter")
        {
            var watch = Stopwatch.StartNew();
            ScaledQuarterZip.Write(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3]);
            Console.WriteLine($"wrote {args[3]} ({new FileInfo(args[3]).Length / 1e6:F1} MB) in {watch.Elapsed.TotalSeconds:F1} s");
            return 0;
        }

        if (args.Length >= 2 && args[0] == "reader-stages")
        {
            return ReaderStages.Run(args);
        }

        if (args.Length < 2 || args[0] != "read-faers")
        {
            Console.Error.WriteLine("usage: read-faers QUARTER.zip|FOLDER [runs] [parallelism] | make-quarter SAMPLE_FOLDER COPIES OUT.zip");
            return 1;
        }

        var zip = Path.GetFullPath(args[1]);
        var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
        var parallelism = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : FaersReaderOptions.Default.MaxDegreeOfParallelism;
        var source = FaersSourceLocator.Discover(zip).Single();
        var megabytes = source.TotalBytes / 1e6;
        Console.WriteLine($"{source}: {megabytes:F1} MB of table text, {Environment.ProcessorCount} cores, parallelism {parallelism}");

        var isZip = File.Exists(zip);
        double? unzip = null;
        for (var i = 0; isZip && i < runs; i++)
        {
            var once = TimeUnzip(zip);
            unzip = once is null ? null : Math.Min(unzip ?? double.MaxValue, once.Value);
        }

        if (unzip is { } u)
        {
            Console.WriteLine($"unzip -p > /dev/null (best of {runs}): {u:F2} s ({megabytes / u:F0} MB/s)");
        }

        if (isZip)
        {
            var inflate = Best(runs, () => InflateOnly(zip));
            Console.WriteLine($"in-process inflate only (1 thread): {inflate:F2} s ({megabytes / inflate:F0} MB/s)");
        }

        var reader = new FaersQuarterReader(new FaersReaderOptions { MaxDegreeOfParallelism = parallelism });
        FaersReadResult? last = null;
        var cpu = double.MaxValue;
        var read = Best(runs, () =>
        {
            last = null;
            GC.Collect();
            var before = Process.GetCurrentProcess().TotalProcessorTime;
            last = reader.Read(source);
            cpu = Math.Min(cpu, (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds);
        });
        var batch = last!.Batch!;
        Console.WriteLine($"FaersQuarterReader.Read (best of {runs}): {read:F2} s ({megabytes / read:F0} MB/s); " +
            $"CPU {cpu:F2} s; reports {batch.Reports.Count:N0}, drugs {batch.Drugs.Count:N0}, reactions {batch.Reactions.Count:N0}, indications {batch.Indications.Count:N0}");
        if (unzip is { } baseline)
        {
            Console.WriteLine($"ratio to unzip -p: {read / baseline:F2}x (target <= 3x for the whole ingest)");
        }

        Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:F0} MB; managed heap after read: {GC.GetTotalMemory(false) / 1e6:F0} MB");
        GC.KeepAlive(last);
        return 0;
    }

    private static double Best(int runs, Action action)
    {
        var best = double.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalSeconds);
        }

        return best;
    }

    private static void InflateOnly(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        var buffer = new byte[1 << 20];
        foreach (var entry in archive.Entries)
        {
            if (entry.FullName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            {
                using var stream = entry.Open();
                while (stream.Read(buffer) > 0)
                {
                }
            }
        }
    }

    private static double? TimeUnzip(string zip)
    {
        try
        {
            // Through the shell so unzip writes straight to /dev/null, as in the documented baseline command
            // (piping into this process would add copying and flatter the ratio).
            var info = new ProcessStartInfo("sh", ["-c", "unzip -p \"$1\" > /dev/null", "sh", zip]) { UseShellExecute = false };
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode == 0 ? watch.Elapsed.TotalSeconds : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
