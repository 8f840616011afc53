using System.Diagnostics;
using Causa.Core.Ingest;
using Causa.Faers.Reading;

namespace Causa.Benchmarks.Reading;

/// <summary>
/// Splits the reader's cost into stages on one plain text table file (already in the page cache): line reading,
/// field splitting, and full parsing, in CPU seconds. <c>-- reader-stages DRUG25Q4.txt</c>.
/// </summary>
internal static class ReaderStages
{
    public static int Run(string[] args)
    {
        var path = args[1];
        var megabytes = new FileInfo(path).Length / 1e6;
        for (var round = 0; round < 3; round++)
        {
            var lines = Time(() =>
            {
                using var reader = new LineReader(File.OpenRead(path), 1 << 20);
                long n = 0;
                while (reader.TryReadLine(out _))
                {
                    n++;
                }

                return n;
            });
            var split = Time(() =>
            {
                using var reader = new LineReader(File.OpenRead(path), 1 << 20);
                var splitter = new FieldSplitter(64);
                long n = 0;
                while (reader.TryReadLine(out var line))
                {
                    n += splitter.Split(line, reader.LineNumber).FieldCount;
                }

                return n;
            });
            var parse = Time(() =>
            {
                var source = FaersSourceLocator.Discover(Path.GetDirectoryName(Path.GetFullPath(path))!).Single();
                var file = source.TableFiles.Single(f => f.Name == Path.GetFullPath(path));
                using var reader = new LineReader(File.OpenRead(path), 1 << 20);
                var batch = new QuarterBatch(source.Quarter, FaersLayout.Faers, path);
                var context = new TableContext(file.Table, path, new StringPool());
                var run = new TableRun(reader, context, new ProgressTracker(null, 0), CancellationToken.None);
                TableParser parser = file.Table switch
                {
                    FaersTable.Demo => new DemoTableParser(batch.Reports),
                    FaersTable.Drug => new DrugTableParser(batch.Drugs),
                    FaersTable.Reac => new ReacTableParser(batch.Reactions),
                    FaersTable.Indi => new IndiTableParser(batch.Indications),
                    _ => new TherTableParser(batch.Therapies),
                };
                return run.ReadDelimited(parser, path).Context!.Reconciliation.RowsAccepted;
            });
            Console.WriteLine($"{Path.GetFileName(path)} {megabytes:F0} MB: lines {lines:F3} s, +split {split:F3} s, full parse {parse:F3} s ({megabytes / parse:F0} MB/s)");
        }

        return 0;
    }

    private static double Time(Func<long> action)
    {
        // CPU time rather than wall time: this machine is shared, and a single-threaded stage's CPU time is its work.
        GC.Collect();
        var before = Process.GetCurrentProcess().TotalProcessorTime;
        GC.KeepAlive(action());
        return (Process.GetCurrentProcess().TotalProcessorTime - before).TotalSeconds;
    }
}
