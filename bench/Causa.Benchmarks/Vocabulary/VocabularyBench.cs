using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Causa.Faers.Synthetic;

namespace Causa.Benchmarks.Vocabulary;

/// <summary>
/// <c>dotnet run -c Release --project bench/Causa.Benchmarks -- vocab [DATA_DIR] [--reports N]</c>: the speed targets of the
/// vocabulary (docs/VOCABULARY.md): resolving every distinct drug entry of a full-size synthetic quarter (400,000 reports,
/// seed 42) as ingest does, the same padded to 100,000 distinct strings, single interactive lookups (drug and event) and
/// prefix completion. The vocabulary is built from the drug-name sources under DATA_DIR/drugnames (default
/// <c>$CAUSA_TEST_DATA</c>, else ../shared/data beside the repository).
/// </summary>
internal static class VocabularyBench
{
    public static int Run(string[] args)
    {
        var reports = 400_000;
        string? data = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--reports" && i + 1 < args.Length)
            {
                reports = int.Parse(args[++i], CultureInfo.InvariantCulture);
            }
            else
            {
                data = args[i];
            }
        }

        data ??= Environment.GetEnvironmentVariable("CAUSA_TEST_DATA") ?? Path.GetFullPath(Path.Combine(FindRepository(), "..", "shared", "data"));
        var names = Path.Combine(data, "drugnames");
        string[] sources =
        [
            Path.Combine(names, "drugsatfda_20190702.zip"),
            Path.Combine(names, "drugsatfda_Products_2023.txt"),
            Path.Combine(names, "ema_eu_registered_drugs_by_active_ingredient_utf8.txt"),
            Path.Combine(names, "omop_rxnorm_ingredients_20230731.tsv"),
            Path.Combine(names, "drugcentral_2016", "identifiers.tsv"),
            Path.Combine(names, "drugcentral_2016", "pharm_class.tsv"),
            Path.Combine(names, "rxnorm_product_to_ingredient_dhimmel.tsv"),
            Path.Combine(names, "openfda_harmonized_small.jsonl"),
            Path.Combine(data, "labels", "onsides_v2.1.0_sample", "rxnorm_product_to_ingredient.csv"),
            Path.Combine(data, "labels", "onsides_v2.1.0_sample", "rxnorm_mappings.csv"),
            Path.Combine(data, "labels", "onsides_v2.1.0_sample", "ingredients.csv"),
            Path.Combine(data, "labels", "sider4.1", "drug_names.tsv"),
            Path.Combine(data, "indications", "opentargets_chembl_drug_sample500.jsonl"),
        ];

        var sw = Stopwatch.StartNew();
        var builder = new VocabularyBuilder();
        foreach (var source in sources)
        {
            var imported = VocabularyImporter.Import(source, builder);
            if (!imported.Succeeded)
            {
                Console.Error.WriteLine(imported.Error);
                return 2;
            }
        }

        var vocabulary = builder.Build();
        Report($"vocabulary from {sources.Length} sources: {vocabulary.Ingredients.Count:N0} ingredients, {vocabulary.Brands.Count:N0} names, {vocabulary.Classes.Count:N0} classes", sw.Elapsed);

        var work = Path.Combine(Path.GetTempPath(), "causa-vocab-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        try
        {
            var zip = Path.Combine(work, "faers_ascii_2031q1.zip");
            sw.Restart();
            new SyntheticQuarterGenerator(new SyntheticQuarterOptions { Reports = reports, Seed = 42, Quarter = new Quarter(2031, 1) }).WriteFiles(zip);
            Report($"generated a synthetic quarter of {reports:N0} reports", sw.Elapsed);

            var (entries, pairs) = DistinctEntries(zip);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"distinct DRUG entries (drugname, prod_ai): {entries.Count:N0}; learned pairs: {pairs.Count:N0}"));

            sw.Restart();
            var resolver = new DrugResolver(vocabulary, pairs);
            Report($"DrugResolver built ({resolver.NameCount:N0} names)", sw.Elapsed);

            // The resolver remembers each normalised part's answer: every pass but the "repeated" ones starts from a new
            // resolver, so no pass is helped by an earlier one.
            for (var pass = 1; pass <= 3; pass++)
            {
                ResolveAll($"quarter entries, pass {pass} (parallel, as ingest, new resolver)", new DrugResolver(vocabulary, pairs), entries, parallel: true);
            }

            ResolveAll("quarter entries, one thread, new resolver", new DrugResolver(vocabulary, pairs), entries, parallel: false);

            var padded = Pad(entries, 100_000);
            for (var pass = 1; pass <= 2; pass++)
            {
                ResolveAll($"100,000 distinct strings, pass {pass} (parallel, new resolver)", new DrugResolver(vocabulary, pairs), padded, parallel: true);
            }

            ResolveAll("100,000 distinct strings, one thread, new resolver", new DrugResolver(vocabulary, pairs), padded, parallel: false);
            ResolveAll("100,000 distinct strings, repeated on the same resolver (one thread)", resolver, padded, parallel: false);
            ResolveAll("100,000 distinct strings, repeated again (one thread)", resolver, padded, parallel: false);

            string[] drugQueries =
            [
                "mirtazapine", "REMERON SOLTAB 15MG", "Trazodone HCl", "mirtazepine", "sertralin", "TYLENOL WITH CODEINE", "paracetamol", "xqzvbl", "octreotid", "ibuprofne",
                "DESAL (FUROSEMIDE)", "ZOLPIDEM TARTATE", "Valproinsäure", "AMOXICILINA", "MEROPEN                            /01250501/", "HCTZ + TRIAMTERENE",
                "DEXAMETASON", "FUROSEMIDUM", "APO-ALLOPURINOL", "CO-CODAMOL", "COUMADINE", "NIFEDIPINE RETARDTABLETTEN", "MIROGABALIN BESYLATE",
                "HERBALS\\PAULLINIA CUPANA SEED", "ZYVOXID",
            ];
            foreach (var q in drugQueries)
            {
                Single($"drug lookup '{q}'", () => resolver.Lookup(q));
            }

            var terms = new TermResolver(vocabulary);
            string[] eventQueries = ["restless legs", "backache", "rugpijn", "Rückenschmerzen", "can't sleep", "insomina", "my lower back is killing me", "Ischemic stroke", "PTSD", "post traumatic stress", "Vitamin B12 deficiency", "esophageal cancer", "kidney cancer"];
            foreach (var q in eventQueries)
            {
                Single($"event lookup '{q}'", () => terms.Lookup(q));
            }

            foreach (var p in new[] { "MIR", "SER", "A", "TRAZ" })
            {
                Single($"drug completion '{p}' (10)", () => resolver.Complete(p, 10));
            }

            Single("event completion 'rest' (10)", () => terms.Complete("rest", 10));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        return 0;
    }

    private static void ResolveAll(string label, DrugResolver resolver, IReadOnlyList<(string Name, string? ProdAi)> entries, bool parallel)
    {
        var results = new DrugResolution[entries.Count];
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var sw = Stopwatch.StartNew();
        if (parallel)
        {
            Parallel.For(0, entries.Count, i => results[i] = resolver.Resolve(entries[i].Name, entries[i].ProdAi));
        }
        else
        {
            for (var i = 0; i < entries.Count; i++)
            {
                results[i] = resolver.Resolve(entries[i].Name, entries[i].ProdAi);
            }
        }

        var elapsed = sw.Elapsed;
        process.Refresh();
        var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
        var megabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6;
        var resolved = results.Count(static r => r.Ingredients.Count > 0);
        Report(string.Create(CultureInfo.InvariantCulture, $"{label}: {entries.Count:N0} entries, {resolved:N0} resolved to an ingredient; allocated {megabytes:N0} MB; CPU {cpuSeconds:N3} s, wall"), elapsed);
    }

    private static void Single(string label, Func<object> lookup)
    {
        lookup();
        const int Repeats = 2000;
        var times = new double[Repeats];
        for (var i = 0; i < Repeats; i++)
        {
            var start = Stopwatch.GetTimestamp();
            lookup();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{label}: median {times[Repeats / 2] * 1000:N1} µs, p99 {times[Repeats * 99 / 100] * 1000:N1} µs, max {times[^1] * 1000:N1} µs{Load()}"));
    }

    private static void Report(string what, TimeSpan elapsed) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalSeconds:N3} s{Load()}"));

    // The machine is shared: each figure is printed with the one-minute load average it was measured under (Linux only).
    private static string Load()
    {
        try
        {
            var fields = File.ReadAllText("/proc/loadavg").Split(' ');
            return $" (load {fields[0]})";
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }

    /// <summary>Distinct (drugname, prod_ai) pairs of the quarter's DRUG table, read straight from the zip, and the learned pairs with row counts.</summary>
    private static (List<(string Name, string? ProdAi)> Entries, List<LearnedNamePair> Pairs) DistinctEntries(string zip)
    {
        var counts = new Dictionary<(string, string?), long>();
        using var archive = ZipFile.OpenRead(zip);
        var drug = archive.Entries.First(e => e.Name.StartsWith("DRUG", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
        using var reader = new StreamReader(drug.Open());
        var header = reader.ReadLine()!.Split('$');
        var nameColumn = Array.FindIndex(header, h => h.Equals("drugname", StringComparison.OrdinalIgnoreCase));
        var aiColumn = Array.FindIndex(header, h => h.Equals("prod_ai", StringComparison.OrdinalIgnoreCase));
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var fields = line.Split('$');
            if (fields.Length <= nameColumn)
            {
                continue;
            }

            var ai = aiColumn >= 0 && aiColumn < fields.Length && fields[aiColumn].Trim().Length > 0 ? fields[aiColumn].Trim() : null;
            var key = (fields[nameColumn].Trim(), ai);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        var entries = counts.Keys.OrderBy(static k => k.Item1, StringComparer.Ordinal).ThenBy(static k => k.Item2, StringComparer.Ordinal).ToList();
        var pairs = counts.Where(static p => p.Key.Item2 is not null).Select(static p => new LearnedNamePair(p.Key.Item1, p.Key.Item2!, p.Value)).ToList();
        return (entries, pairs);
    }

    /// <summary>The entries' names plus strength, case and one-letter variants (names only, as for legacy quarters) up to <paramref name="count"/> distinct strings.</summary>
    private static List<(string Name, string? ProdAi)> Pad(List<(string Name, string? ProdAi)> entries, int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<(string, string?)>(count);
        string[] suffixes = ["", " 10 MG", " TABLETS", " 0.5 MG/ML INJ", " HCL", " 20MG CAPSULE"];
        foreach (var suffix in suffixes)
        {
            foreach (var (name, _) in entries)
            {
                foreach (var variant in new[] { name + suffix, name.ToLowerInvariant() + suffix, name.Length > 6 ? name[..^1] + suffix : name + "X" + suffix })
                {
                    if (result.Count < count && seen.Add(variant))
                    {
                        result.Add((variant, null));
                    }
                }
            }
        }

        return result;
    }

    private static string FindRepository()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Causa.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? Directory.GetCurrentDirectory();
    }
}
