using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Core.Tests.Names;

public sealed class LearnedDrugNameResolverTests
{
    private static LearnedDrugNameResolver Build() => new(
    [
        new("REMERON", "MIRTAZAPINE", 40),
        new("REMERON SOLTAB", "MIRTAZAPINE", 12),
        new("DESYREL", "TRAZODONE HYDROCHLORIDE", 9),
        new("TRAZODONE", "TRAZODONE HYDROCHLORIDE", 30),
        new("TYLENOL", "ACETAMINOPHEN", 50),
        new("TYLENOL", "ACETAMINOPHEN\\DIPHENHYDRAMINE", 5),
        new("CODEINE", "CODEINE PHOSPHATE", 8),
        new("SANDOSTATIN LAR DEPOT", "OCTREOTIDE ACETATE", 20),
        new("LIPITOR", "ATORVASTATIN CALCIUM", 25),
        new("NOISY", "ASPIRIN", 1),
        new("NOISY", "IBUPROFEN", 1),
        new("NOISY", "NAPROXEN", 1),
        new("BACTRIM", "SULFAMETHOXAZOLE\\TRIMETHOPRIM", 10),
        new("SODIUM CHLORIDE", "SODIUM CHLORIDE", 10),
        new("LITHIUM", "LITHIUM CARBONATE", 10),
    ]);

    [Fact]
    public void Prod_ai_is_used_when_present_and_cleaned_of_salts()
    {
        var r = Build().Resolve("WHATEVER 15MG", "TRAZODONE HYDROCHLORIDE");
        Assert.Equal(["TRAZODONE"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.ActiveIngredientField, r.Kind);
        Assert.Equal(1, r.Confidence);
    }

    [Theory]
    [InlineData("REMERON SOLTAB 15MG", "MIRTAZAPINE", DrugResolutionKind.Brand)]
    [InlineData("Remeron", "MIRTAZAPINE", DrugResolutionKind.Brand)]
    [InlineData("DESYREL 50 MG TABLETS", "TRAZODONE", DrugResolutionKind.Brand)]
    [InlineData("TRAZODONE HCL", "TRAZODONE", DrugResolutionKind.Salt)]
    [InlineData("MIRTAZAPINE 15MG TAB", "MIRTAZAPINE", DrugResolutionKind.Exact)]
    [InlineData("Sandostatin LAR Depot 30 mg", "OCTREOTIDE", DrugResolutionKind.Brand)]
    [InlineData("SODIUM CHLORIDE 0.9%", "SODIUM CHLORIDE", DrugResolutionKind.Exact)]
    [InlineData("LITHIUM CARBONATE 300MG", "LITHIUM CARBONATE", DrugResolutionKind.Exact)]
    [InlineData("ASPIRIN LOW DOSE", "ASPIRIN", DrugResolutionKind.Exact)]
    public void Name_without_prod_ai_resolves_through_cleaning_and_learned_brands(string name, string ingredient, DrugResolutionKind kind)
    {
        var r = Build().Resolve(name, null);
        Assert.Equal([ingredient], r.Ingredients);
        Assert.Equal(kind, r.Kind);
    }

    [Fact]
    public void Learned_brand_takes_the_most_frequent_ingredient_set()
    {
        Assert.Equal(["ACETAMINOPHEN"], Build().Resolve("TYLENOL", null).Ingredients);
    }

    [Fact]
    public void Name_without_a_dominant_ingredient_set_is_not_learned()
    {
        Assert.Equal(DrugResolutionKind.Unresolved, Build().Resolve("NOISY", null).Kind);
    }

    [Fact]
    public void Combination_products_split_into_their_ingredients()
    {
        var r = Build().Resolve("TYLENOL WITH CODEINE #3", null);
        Assert.Equal(["ACETAMINOPHEN", "CODEINE"], r.Ingredients);
        Assert.Equal(DrugResolutionKind.Combination, r.Kind);

        var bactrim = Build().Resolve("BACTRIM DS", null);
        Assert.Equal(["SULFAMETHOXAZOLE", "TRIMETHOPRIM"], bactrim.Ingredients);
    }

    [Theory]
    [InlineData("UNKNOWN")]
    [InlineData("PLACEBO")]
    [InlineData("VITAMINS")]
    [InlineData("UNSPECIFIED INGREDIENT")]
    [InlineData("Unknown drug")]
    public void Non_drug_entries_are_recognised(string name)
    {
        var r = Build().Resolve(name, null);
        Assert.Equal(DrugResolutionKind.NonDrug, r.Kind);
        Assert.Empty(r.Ingredients);
    }

    [Fact]
    public void Prod_ai_of_only_non_drugs_is_non_drug()
    {
        Assert.Equal(DrugResolutionKind.NonDrug, Build().Resolve("CENTRUM", "MINERALS\\VITAMINS").Kind);
    }

    [Fact]
    public void Blank_name_without_prod_ai_is_unresolved()
    {
        Assert.Equal(DrugResolution.Unresolved, Build().Resolve("", null));
    }

    [Fact]
    public void Constructor_rejects_out_of_range_share()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearnedDrugNameResolver([], minShare: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new LearnedDrugNameResolver([], minShare: 1.5));
    }
}
