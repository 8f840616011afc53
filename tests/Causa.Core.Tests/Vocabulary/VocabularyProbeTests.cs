using System.Diagnostics;
using Causa.Core.Names;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Vocabulary;

public sealed class VocabularyProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var sw = Stopwatch.StartNew();
        var v = RealVocabulary.All;
        output.WriteLine($"build {sw.ElapsedMilliseconds} ms: {v.Ingredients.Count} ingredients, {v.Brands.Count} brands, {v.Classes.Count} classes");
        sw.Restart();
        var r = new DrugResolver(v);
        output.WriteLine($"resolver {sw.ElapsedMilliseconds} ms");
        foreach (var q in new[] { "Remeron", "REMERON SOLTAB 15MG", "mirtazepine", "MIRTAZEPINE", "trazodone hcl", "Desyrel", "Cymbalta", "TYLENOL WITH CODEINE", "paracetamol", "zoloft", "prozac", "lipitor", "xanax", "asprin", "ibuprofin", "metformine", "humira", "panadol", "sertralin", "UNKNOWN", "foo bar", "citalopram", "escitalopram" })
        {
            var l = r.Lookup(q);
            output.WriteLine($"{q} -> {l.Match} {l.Kind} {l.Confidence} alts=[{string.Join(",", l.Alternatives.Select(a => a.Name))}] sugg=[{string.Join(",", l.Suggestions)}]");
        }

        output.WriteLine(string.Join(" | ", r.FindClasses("antidepressant").Select(c => c.Name + ":" + c.Ingredients.Count)));
        output.WriteLine(string.Join(" | ", r.FindClasses("SSRIs").Select(c => c.Name + ":" + string.Join(",", c.Ingredients))));
        output.WriteLine(string.Join(" | ", r.FindClasses("statins").Select(c => c.Name + ":" + string.Join(",", c.Ingredients))));
        output.WriteLine(string.Join(" | ", r.Complete("MIRT").Select(c => c.Name)));
    }
}
