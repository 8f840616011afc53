using System.Diagnostics;
using System.Globalization;
using Causa.Checking;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;

// Measures the article checker: precision and recall against hand annotations of real articles, and time per article.
// Usage: Causa.CheckerBench [--articles DIR] [--annotations DIR] [--data DIR] [--verbose]
//   --articles     folder of article texts NAME.txt (kept outside the repository; default /work/checker-articles)
//   --annotations  folder of NAME.tsv annotations (default tests/Causa.Checking.Tests/Checking/annotations)
//   --data         the shared data folder with the drug-name sources (default $CAUSA_TEST_DATA or ../shared/data)
var arguments = args.ToList();
string Option(string name, string fallback)
{
    var i = arguments.IndexOf(name);
    return i >= 0 && i + 1 < arguments.Count ? arguments[i + 1] : fallback;
}

var root = FindRoot();
var articles = Option("--articles", "/work/checker-articles");
var annotations = Option("--annotations", Path.Combine(root, "tests", "Causa.Checking.Tests", "Checking", "annotations"));
var data = Option("--data", Environment.GetEnvironmentVariable("CAUSA_TEST_DATA") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data")));
var verbose = arguments.Contains("--verbose");

var clock = Stopwatch.StartNew();
var builder = new VocabularyBuilder();
foreach (var path in new[]
{
    Path.Combine(data, "drugnames", "drugsatfda_20190702.zip"),
    Path.Combine(data, "drugnames", "ema_eu_registered_drugs_by_active_ingredient_utf8.txt"),
    Path.Combine(data, "drugnames", "omop_rxnorm_ingredients_20230731.tsv"),
    Path.Combine(data, "drugnames", "drugcentral_2016", "identifiers.tsv"),
    Path.Combine(data, "drugnames", "drugcentral_2016", "pharm_class.tsv"),
})
{
    var imported = VocabularyImporter.Import(path, builder);
    if (!imported.Succeeded)
    {
        Console.Error.WriteLine($"causa-checker-bench: {imported.Error}");
        return 2;
    }
}

var vocabulary = builder.Build();
// The preferred terms the application passes are those of its loaded sources; SIDER's MedDRA PT rows stand in.
var knownTerms = new List<string>();
foreach (var (file, typeColumn, nameColumn) in new[] { ("meddra_all_se.tsv.gz", 3, 5), ("meddra_all_indications.tsv.gz", 4, 6) })
{
    using var gz = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(data, "labels", "sider4.1", file)), System.IO.Compression.CompressionMode.Decompress);
    using var reader = new StreamReader(gz);
    while (reader.ReadLine() is { } line)
    {
        var f = line.Split('\t');
        if (f.Length > nameColumn && f[typeColumn] == "PT")
        {
            knownTerms.Add(f[nameColumn]);
        }
    }
}

knownTerms = [.. knownTerms.Distinct(StringComparer.Ordinal)];
var terms = new TermResolver(vocabulary, knownTerms);
var checker = new ArticleChecker(new DrugResolver(vocabulary), terms, knownTerms);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"vocabulary and checker built in {clock.Elapsed.TotalSeconds:0.0} s"));

// --dump FILE: the claims of one text, for reading the checker's output.
var dump = Option("--dump", string.Empty);
if (dump.Length > 0)
{
    var outcome = checker.Check(File.ReadAllText(dump));
    foreach (var c in outcome.Check?.Claims ?? [])
    {
        Console.WriteLine($"{c.Drug}|{c.Condition}|{c.Relation}|{c.Polarity}|hedged={c.Hedged}: {c.Quotes[0].Text}");
    }

    return outcome.Succeeded ? 0 : 1;
}

// Quality.
int tp = 0, fp = 0, fn = 0;
if (Directory.Exists(annotations) && Directory.Exists(articles))
{
    foreach (var file in Directory.GetFiles(annotations, "*.tsv").Order(StringComparer.Ordinal))
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var articlePath = Path.Combine(articles, name + ".txt");
        if (!File.Exists(articlePath))
        {
            Console.WriteLine($"{name}: article text missing, skipped");
            continue;
        }

        var gold = File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#' && !l.StartsWith("drug\t", StringComparison.Ordinal))
            .Select(l => l.Split('\t')).Select(f => Key(f[0], f[1], f[2], f[3])).ToHashSet(StringComparer.Ordinal);
        var outcome = checker.Check(File.ReadAllText(articlePath));
        if (!outcome.Succeeded)
        {
            Console.WriteLine($"{name}: {outcome.Error.Message}");
            continue;
        }

        var found = outcome.Check.Claims.Select(c => Key(c.Drug, c.Condition, c.Relation == ClaimRelation.Causes ? "causes" : "treats",
            c.Polarity == ClaimPolarity.Asserted ? "asserted" : "negated")).ToHashSet(StringComparer.Ordinal);
        var hit = found.Count(gold.Contains);
        tp += hit;
        fp += found.Count - hit;
        fn += gold.Count - hit;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} gold {gold.Count,3}  found {found.Count,3}  correct {hit,3}"));
        if (verbose)
        {
            foreach (var k in found.Where(k => !gold.Contains(k)).Order(StringComparer.Ordinal))
            {
                Console.WriteLine($"    FP {k}");
            }

            foreach (var k in gold.Where(k => !found.Contains(k)).Order(StringComparer.Ordinal))
            {
                Console.WriteLine($"    FN {k}");
            }
        }
    }

    var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
    var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"claims: correct {tp}, wrong {fp}, missed {fn}; precision {precision:0.000}, recall {recall:0.000}, F1 {(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)):0.000}"));
}
else
{
    Console.WriteLine($"quality skipped: {articles} or {annotations} not found");
}

// Speed: a synthetic 2,000-word article written for this benchmark.
var text = SyntheticArticle(2000);
for (var i = 0; i < 5; i++)
{
    checker.Check(text);
}

var times = new List<double>();
var claims = 0;
for (var i = 0; i < 50; i++)
{
    var t = Stopwatch.StartNew();
    var outcome = checker.Check(text);
    times.Add(t.Elapsed.TotalMilliseconds);
    claims = outcome.Check?.Claims.Count ?? 0;
}

times.Sort();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"2,000-word article ({text.Split(' ').Length} words, {claims} claims): median {times[times.Count / 2]:0.0} ms, max {times[^1]:0.0} ms over {times.Count} runs"));
return 0;

static string Key(string drug, string condition, string relation, string polarity) =>
    $"{drug.Trim().ToLowerInvariant()}|{TermText.Normalize(condition)}|{relation.Trim()}|{polarity.Trim()}";

static string SyntheticArticle(int words)
{
    string[] sentences =
    [
        "Sertraline is an antidepressant used to treat depression and panic disorder.",
        "Common side effects of sertraline include nausea, headache, diarrhoea and trouble sleeping.",
        "It may also cause dizziness in some people, but it does not cause weight gain for most.",
        "Statins such as atorvastatin lower the risk of heart attack and stroke.",
        "Some studies suggest that statins can cause muscle pain, although there is no evidence that they cause memory loss.",
        "Ibuprofen is used for back pain and fever, yet long-term use is linked to stomach ulcers.",
        "Gabapentin is prescribed for nerve pain and can make you feel drowsy.",
        "The drug is not approved for anxiety.",
        "Many readers ask whether the medication is safe to take with alcohol, and the answer depends on the dose.",
    ];
    var sb = new System.Text.StringBuilder();
    var count = 0;
    var n = 0;
    while (count < words)
    {
        var s = sentences[n++ % sentences.Length];
        sb.Append(s).Append(n % 3 == 0 ? "\n\n" : " ");
        count += s.Split(' ').Length;
    }

    return sb.ToString();
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Causa.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
