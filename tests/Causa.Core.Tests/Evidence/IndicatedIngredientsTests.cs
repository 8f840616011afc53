using Causa.Core.Evidence;
using Causa.Core.Tests.Sources;

namespace Causa.Core.Tests.Evidence;

/// <summary>The drugs indicated for a condition are exactly those walking every drug's indications gives.</summary>
public sealed class IndicatedIngredientsTests
{
    [Theory]
    [InlineData("Back pain")]
    [InlineData("Fibromyalgia")]
    [InlineData("Insomnia")]
    [InlineData("Restless legs syndrome")]
    [InlineData("Nausea")]
    [InlineData("Depression")]
    [InlineData("Pain")]
    [InlineData("Hypertension")]
    [InlineData("Schizophrenia")]
    [InlineData("Type 2 diabetes mellitus")]
    [InlineData("Acne")]
    [InlineData("Not a condition at all")]
    public void The_drugs_indicated_for_a_condition_are_those_whose_indications_match_it(string term)
    {
        var sources = RealSources.All;
        // The slow way, independent of the index: every ingredient any source knows, each asked on its own.
        var expected = sources.Ingredients().Where(d => sources.Indications(d, term).Count > 0).ToList();

        var indexed = sources.IngredientsIndicatedFor(term);

        Assert.Equal(expected, indexed);
        Assert.Equal(indexed, sources.IngredientsIndicatedFor(term.ToUpperInvariant() + " "));
    }

    [Fact]
    public void Restless_legs_syndrome_has_the_five_drugs_drugcentral_lists_for_it()
    {
        // drug_indication.tsv, by hand: rotigotine, pramipexole, gabapentin, ropinirole, gabapentin enacarbil.
        var drugs = RealSources.All.IngredientsIndicatedFor("Restless legs syndrome");

        Assert.Superset(new HashSet<string> { "GABAPENTIN", "GABAPENTIN ENACARBIL", "PRAMIPEXOLE", "ROPINIROLE", "ROTIGOTINE" }, new HashSet<string>(drugs));
    }
}
