using System.Diagnostics;
using Causa.Application;
using Causa.Application.Json;
using Causa.Application.Queries;
using Causa.Core.Evidence;

namespace Causa.Benchmarks.Answers;

/// <summary>
/// <c>-- answers STORE_DIR [QUESTIONS_FILE] [PASSES]</c>: <c>ask --batch</c>'s throughput over one opened workspace —
/// every line answered (<see cref="QueryService.AskLines"/>, 512 lines at a time on every core) and written as a JSON
/// line, as the CLI does — after one
/// warm-up pass that loads the store, the sources and the resolvers. Also times the question reader and the related
/// questions alone, so a slow pass can be traced to its part. Without a file, a built-in mix of 1,000 distinct questions
/// is used (40 drugs × 25 conditions, half DRUG&lt;TAB&gt;CONDITION, half whole questions): pass 1 meets each question
/// for the first time; later passes repeat them.
/// </summary>
internal static class AnswerBench
{
    private static readonly string[] Drugs =
    [
        "mirtazapine", "trazodone", "sertraline", "duloxetine", "octreotide", "quetiapine", "amitriptyline", "fluoxetine", "zolpidem", "ibuprofen",
        "atorvastatin", "metformin", "paroxetine", "venlafaxine", "pregabalin", "gabapentin", "citalopram", "escitalopram", "bupropion", "lorazepam",
        "naproxen", "simvastatin", "olanzapine", "risperidone", "aripiprazole", "tramadol", "oxycodone", "prednisone", "omeprazole", "lisinopril",
        "amlodipine", "metoprolol", "levothyroxine", "warfarin", "clonazepam", "diazepam", "lamotrigine", "topiramate", "celecoxib", "nortriptyline",
    ];

    private static readonly string[] Conditions =
    [
        "nausea", "back pain", "weight gain", "headache", "insomnia", "restless legs", "fibromyalgia", "depression", "dizziness", "diarrhoea",
        "anxiety", "constipation", "fatigue", "rash", "hair loss", "dry mouth", "tremor", "muscle pain", "somnolence", "hypertension",
        "vomiting", "sweating", "migraine", "neuropathic pain", "seizure",
    ];

    public static int Run(string[] args)
    {
        if (args.Length < 1)
        {
            Console.Error.WriteLine("usage: answers STORE_DIR [QUESTIONS_FILE] [PASSES]");
            return 1;
        }

        var lines = args.Length > 1 && args[1] != "-" ? [.. File.ReadLines(args[1]).Where(static l => !BatchLine.IsSkipped(l))] : BuiltIn();
        var passes = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        using var workspace = new CausaWorkspace(Path.GetFullPath(args[0]));
        var queries = new QueryService(workspace);

        var clock = Stopwatch.StartNew();
        var first = queries.AskLine("can mirtazapine cause restless legs?");
        Console.WriteLine($"first answer (loads store, sources, resolvers): {clock.Elapsed.TotalMilliseconds:0} ms; {(first.Succeeded ? "ok" : first.Error!.Message)}");

        // Compile the paths once on questions that are not in the measured set, so pass 1 measures answers, not the JIT.
        foreach (var warm in new[] { "trazodone\tpriapism", "does remeron help sleep", "SSRIs\tnausea", "can lithium cause tremor?", "antidepressants for fibromyalgia" })
        {
            queries.AskLine(warm);
        }

        var errors = 0;
        for (var pass = 1; pass <= passes; pass++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            clock.Restart();
            var bytes = 0L;
            // As ask --batch does: chunks answered on every core, then written in input order.
            foreach (var chunk in lines.Chunk(512))
            {
                foreach (var result in queries.AskLines(chunk))
                {
                    if (result.TryGetValue(out var response, out _))
                    {
                        bytes += CausaJson.SerializeLine(response).Length;
                    }
                    else
                    {
                        errors++;
                    }
                }
            }

            var wall = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"pass {pass}: {lines.Count} lines in {wall:0.000} s wall = {lines.Count / wall:0} answers/s (CPU {cpuSeconds:0.000} s = {lines.Count / cpuSeconds:0}/s CPU); {bytes / 1024.0 / 1024.0:0.0} MB of JSON");
        }

        Console.WriteLine($"lines that gave an error object: {errors / Math.Max(passes, 1)} per pass");

        // The parts on their own, for tracing a slow pass.
        using var lease = workspace.Acquire();
        if (lease.Generation.Questions.TryGetValue(out var parser, out _))
        {
            clock.Restart();
            var questions = lines.Where(static l => !l.Contains('\t', StringComparison.Ordinal)).ToList();
            foreach (var q in questions)
            {
                parser.Parse(q);
            }

            Console.WriteLine($"question reader alone: {questions.Count} questions in {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        if (lease.Generation.Evidence.TryGetValue(out var evidence, out _))
        {
            var pairs = lines.Select(l => queries.AskLine(l)).Where(static r => r.Succeeded && r.Value!.Guide?.Class is null).Select(static r => (r.Value!.Evidence.Drug, r.Value.Evidence.Term)).ToList();
            clock.Restart();
            foreach (var (drug, term) in pairs)
            {
                RelatedAnswers.SeeAlso(drug, term, evidence.Sources, null, []);
            }

            Console.WriteLine($"related questions alone (drugs used for the condition, no store, no class): {pairs.Count} answers in {clock.Elapsed.TotalMilliseconds:0} ms");
            clock.Restart();
            foreach (var (drug, term) in pairs)
            {
                evidence.Assess(drug, term, null);
            }

            Console.WriteLine($"evidence verdicts alone (no store): {pairs.Count} answers in {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        return 0;
    }

    private static List<string> BuiltIn()
    {
        var lines = new List<string>();
        var i = 0;
        foreach (var drug in Drugs)
        {
            foreach (var condition in Conditions)
            {
                i++;
                lines.Add(i % 2 == 1 ? $"{drug}\t{condition}" : i % 4 == 0 ? $"can {drug} cause {condition}?" : $"does {drug} help {condition}");
            }
        }

        return lines;
    }
}
