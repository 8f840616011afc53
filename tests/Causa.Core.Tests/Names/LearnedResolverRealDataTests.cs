using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Core.Tests.Names;

public sealed class LearnedResolverRealDataTests
{
    [Fact]
    public void Names_alone_agree_with_FDA_prod_ai_on_another_quarter()
    {
        // Given a table learned from the 2020Q3 sample only
        var train = FaersDrugSample.Read2020Q3()
            .Where(r => r.ProdAi is not null)
            .GroupBy(r => (r.DrugName, r.ProdAi!))
            .Select(g => new LearnedNamePair(g.Key.DrugName, g.Key.Item2, g.LongCount()));
        var resolver = new LearnedDrugNameResolver(train);

        // When the 2025Q4 rows are resolved from drugname alone
        var test = FaersDrugSample.Read2025Q4().Where(r => r.ProdAi is not null && r.Role is "PS" or "SS").ToList();
        int resolved = 0, agreed = 0;
        foreach (var row in test)
        {
            var byName = resolver.Resolve(row.DrugName, null);
            if (byName.Ingredients.Count == 0)
            {
                continue;
            }

            resolved++;
            var reference = DrugNameCleaner.CleanIngredients(row.ProdAi).Where(i => !NonDrugNames.IsNonDrug(i));
            if (reference.SequenceEqual(byName.Ingredients))
            {
                agreed++;
            }
        }

        // Then FDA's own coding is the reference: nearly every name that resolves agrees with it
        Assert.True(resolved > 500, $"only {resolved} rows resolved");
        var agreement = (double)agreed / resolved;
        Assert.True(agreement >= 0.97, $"agreement {agreement:P2} ({agreed}/{resolved})");
    }
}
