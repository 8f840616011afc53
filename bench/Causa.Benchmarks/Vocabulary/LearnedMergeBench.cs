using System.Diagnostics;
using System.Globalization;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Benchmarks.Vocabulary;

/// <summary>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- learned STORE [RUNS]</c>: what an update into STORE pays for
/// the names the store has learned, in-process and repeated (default 7 runs; minimum and median): counting the learned
/// pairs of the store's files (<see cref="CaseStore"/> opened afresh each run, as an ingest process does), merging them
/// into the folder's vocabulary (<see cref="DrugResolver.Merge"/>) and the exact name tables over the result
/// (<see cref="FrozenDrugNames.From"/>). Why in-process: on a shared machine a whole ingest process varies by ±0.5 s from
/// run to run, as much as these parts together.
/// </summary>
internal static class LearnedMergeBench
{
    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: learned STORE [RUNS]");
            return 2;
        }

        var store = args[0];
        var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 7;
        if (!VocabularyFile.TryLoad(store, out var vocabulary, out var error))
        {
            Console.Error.WriteLine(error);
            return 1;
        }

        var count = new List<double>();
        var merge = new List<double>();
        var tables = new List<double>();
        var pairs = 0;
        var cleaned = 0;
        for (var run = 0; run < runs; run++)
        {
            var opened = CaseStore.Open(store, StoreVerification.OnRead);
            if (!opened.Succeeded)
            {
                Console.Error.WriteLine(opened.Error.Message);
                return 1;
            }

            using var caseStore = opened.Store;
            var watch = Stopwatch.StartNew();
            var learned = caseStore.LearnedNamePairs();
            count.Add(watch.Elapsed.TotalMilliseconds);
            pairs = learned.Count;
            cleaned = learned is LearnedPairTable table ? Enumerable.Range(0, table.Count).Count(i => table.KnownKeysAt(i) is null) : pairs;

            watch.Restart();
            var merged = DrugResolver.Merge(vocabulary, learned);
            merge.Add(watch.Elapsed.TotalMilliseconds);

            watch.Restart();
            _ = FrozenDrugNames.From(merged);
            tables.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{store}: {FilesIn(store)}; {pairs:N0} learned pairs, {cleaned:N0} without a kept cleaned form; {runs} runs"));
        Report("count the learned pairs", count);
        Report("merge into the vocabulary", merge);
        Report("exact name tables", tables);
        return 0;

        static string FilesIn(string directory) => Directory.GetFiles(directory, "cases*.causa").Length + " store files";
    }

    private static void Report(string what, List<double> milliseconds)
    {
        milliseconds.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-28} min {milliseconds[0],7:F1} ms   median {milliseconds[milliseconds.Count / 2],7:F1} ms"));
    }
}
