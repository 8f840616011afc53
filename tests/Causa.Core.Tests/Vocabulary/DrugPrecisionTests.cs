using Causa.Core.Resolution;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>
/// Precision on held-out brand → ingredient pairs of Drugs@FDA and the EMA list. One fifth of the product names (chosen by
/// a stable hash of the cleaned name) is removed from every source before the vocabulary is built, so an evaluation pair
/// never builds the lexicon; those names, as published, with a strength and form added, and in lower case, are then
/// resolved. Precision = correct answers / answers (top-1); recall is reported alongside. Quoted in docs/VOCABULARY.md.
/// </summary>
public sealed class DrugPrecisionTests(ITestOutputHelper output)
{
    private static bool IsHeldOut(string cleanedName)
    {
        // FNV-1a: stable across runs and platforms (string.GetHashCode is randomised per process).
        var hash = 2166136261u;
        foreach (var c in cleanedName)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 5 == 0;
    }

    [Fact]
    public void Held_out_brand_names_resolve_with_at_least_99_percent_precision()
    {
        // Labels: the brand → ingredient pairs as the two regulators publish them (cleaned to canonical names).
        var labelSources = RealVocabulary.SourcePaths.Take(2).ToArray();
        var labelled = RealVocabulary.Build(null, labelSources).Brands.Where(b => !b.IsSynonym && IsHeldOut(b.Name)).ToList();
        var vocabulary = RealVocabulary.Build(name => !IsHeldOut(name));
        var resolver = new DrugResolver(vocabulary);
        var ingredients = vocabulary.Ingredients.ToHashSet(StringComparer.Ordinal);
        var evaluation = labelled.Where(b => !ingredients.Contains(b.Name)).ToList();

        int queries = 0, answered = 0, correct = 0;
        var errors = new List<string>();
        foreach (var brand in evaluation)
        {
            foreach (var query in new[] { brand.Name, brand.Name + " 10 MG TABLETS", brand.Name.ToLowerInvariant() })
            {
                queries++;
                var r = resolver.Resolve(query, null);
                if (r.Ingredients.Count == 0)
                {
                    continue;
                }

                answered++;
                if (r.Ingredients.SequenceEqual(brand.Ingredients))
                {
                    correct++;
                }
                else if (query == brand.Name)
                {
                    errors.Add($"{brand.Name} → {string.Join("+", r.Ingredients)} ({r.Kind}); label {string.Join("+", brand.Ingredients)}");
                }
            }
        }

        var precision = (double)correct / answered;
        output.WriteLine($"held-out names {evaluation.Count}, queries {queries}, answered {answered} (recall {(double)correct / queries:P1}), correct {correct}, precision {precision:P2}");
        errors.Take(80).ToList().ForEach(output.WriteLine);
        Assert.True(evaluation.Count > 1000, $"only {evaluation.Count} held-out names");
        Assert.True(precision >= 0.99, $"precision {precision:P2}");
    }
}
