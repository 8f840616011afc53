using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Tests.Names;
using Xunit.Abstractions;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>
/// Coverage of the suspect-role (PS, SS) DRUG rows of the real FAERS samples: the share resolved to at least one ingredient.
/// The figures and the unresolved remainder are quoted in docs/VOCABULARY.md.
/// </summary>
public sealed class DrugCoverageTests(ITestOutputHelper output)
{
    private static DrugResolver Resolver(IReadOnlyList<FaersDrugSample.Row> rows)
    {
        // As in a store: names learned from the rows that carry prod_ai, on top of the imported sources.
        var pairs = rows.Where(r => r.ProdAi is not null)
            .GroupBy(r => (r.DrugName, r.ProdAi!))
            .Select(g => new LearnedNamePair(g.Key.DrugName, g.Key.Item2, g.LongCount()));
        return new DrugResolver(RealVocabulary.All, pairs);
    }

    [Fact]
    public void At_least_98_percent_of_suspect_rows_resolve_to_an_ingredient()
    {
        var rows = FaersDrugSample.AllSuspectRows();
        var resolver = Resolver(rows);
        var unresolved = new Dictionary<string, int>(StringComparer.Ordinal);
        var resolved = 0;
        var nonDrug = 0;
        foreach (var row in rows)
        {
            var r = resolver.Resolve(row.DrugName, row.ProdAi);
            if (r.Ingredients.Count > 0)
            {
                resolved++;
            }
            else
            {
                nonDrug += r.Kind == DrugResolutionKind.NonDrug ? 1 : 0;
                unresolved[row.DrugName] = unresolved.GetValueOrDefault(row.DrugName) + 1;
            }
        }

        var coverage = (double)resolved / rows.Count;
        output.WriteLine($"suspect rows {rows.Count}, resolved {resolved} ({coverage:P2}), non-drug {nonDrug}");
        foreach (var (name, count) in unresolved.OrderByDescending(u => u.Value).ThenBy(u => u.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count}\t{name}");
        }

        Assert.True(coverage >= 0.98, $"coverage {coverage:P2}");
    }

    [Fact]
    public void Names_alone_resolve_most_suspect_rows_without_prod_ai()
    {
        // Harder: prod_ai ignored, as for legacy AERS quarters; the learned table still comes from the other rows.
        var rows = FaersDrugSample.AllSuspectRows();
        var resolver = Resolver(rows);
        var resolved = rows.Count(r => resolver.Resolve(r.DrugName, null).Ingredients.Count > 0);
        var coverage = (double)resolved / rows.Count;
        output.WriteLine($"name-only coverage {coverage:P2} ({resolved}/{rows.Count})");
        Assert.True(coverage >= 0.95, $"name-only coverage {coverage:P2}");
    }

    [Fact]
    public void Names_alone_agree_with_FDA_prod_ai_when_a_name_resolves()
    {
        // FDA's own coding is the independent reference; the learned pairs come from another quarter than the rows checked.
        var train = FaersDrugSample.Read2020Q3().Where(r => r.ProdAi is not null)
            .GroupBy(r => (r.DrugName, r.ProdAi!)).Select(g => new LearnedNamePair(g.Key.DrugName, g.Key.Item2, g.LongCount()));
        var resolver = new DrugResolver(RealVocabulary.All, train);
        var test = FaersDrugSample.Read2025Q4().Where(r => r.ProdAi is not null && r.Role is "PS" or "SS").ToList();
        int answered = 0, agreed = 0;
        var disagreements = new List<string>();
        foreach (var row in test)
        {
            var byName = resolver.Resolve(row.DrugName, null);
            if (byName.Ingredients.Count == 0)
            {
                continue;
            }

            answered++;
            var reference = DrugNameCleaner.CleanIngredients(row.ProdAi).Where(i => !NonDrugNames.IsNonDrug(i)).Select(Core.Vocabulary.IngredientSynonyms.Canonical).Order(StringComparer.Ordinal);
            if (reference.SequenceEqual(byName.Ingredients))
            {
                agreed++;
            }
            else
            {
                disagreements.Add($"{row.DrugName} → {string.Join("+", byName.Ingredients)} ({byName.Kind}); FDA: {row.ProdAi}");
            }
        }

        var agreement = (double)agreed / answered;
        output.WriteLine($"agreement with prod_ai {agreement:P2} ({agreed}/{answered} of {test.Count})");
        disagreements.Distinct().Take(60).ToList().ForEach(output.WriteLine);
        Assert.True(agreement >= 0.95, $"agreement {agreement:P2}");
    }
}
