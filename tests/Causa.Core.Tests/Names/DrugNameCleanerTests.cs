using Causa.Core.Names;

namespace Causa.Core.Tests.Names;

public sealed class DrugNameCleanerTests
{
    [Theory]
    [InlineData("MIRTAZAPINE 15MG TAB", "MIRTAZAPINE")]
    [InlineData("Remeron SolTab 15 mg", "REMERON")]
    [InlineData("mirtazapine orally disintegrating tablets", "MIRTAZAPINE")]
    [InlineData("TRAZODONE HCL", "TRAZODONE")]
    [InlineData("TRAZODONE HYDROCHLORIDE", "TRAZODONE")]
    [InlineData("OCTREOTIDE ACETATE", "OCTREOTIDE")]
    [InlineData("METOPROLOL SUCCINATE ER 50 MG", "METOPROLOL")]
    [InlineData("Seroquel XR 300mg", "SEROQUEL")]
    [InlineData("MORPHINE SULFATE 0.5 MG/ML INJ", "MORPHINE")]
    [InlineData("DEXAMETHASONE SODIUM PHOSPHATE", "DEXAMETHASONE")]
    [InlineData("PANTOPRAZOLE SODIUM SESQUIHYDRATE", "PANTOPRAZOLE")]
    [InlineData("CABOZANTINIB S-MALATE", "CABOZANTINIB")]
    [InlineData("INFLIXIMAB-DYYB", "INFLIXIMAB")]
    [InlineData("VITAMIN A                          /00056001/", "VITAMIN A")]
    [InlineData("HUMULIN 70/30", "HUMULIN")]
    [InlineData("PENICILLIN G POTASSIUM", "PENICILLIN G")]
    [InlineData("VITAMIN D", "VITAMIN D")]
    [InlineData("SODIUM VALPROATE", "VALPROATE")]
    [InlineData("VALPROATE SODIUM", "VALPROATE")]
    [InlineData("Lactated Ringer's", "LACTATED RINGERS")]
    public void Clean_removes_strength_form_and_salt_words(string input, string expected)
    {
        Assert.Equal(expected, DrugNameCleaner.Clean(input));
    }

    [Theory]
    [InlineData("SODIUM CHLORIDE")]
    [InlineData("POTASSIUM CHLORIDE")]
    [InlineData("LITHIUM CARBONATE")]
    [InlineData("CALCIUM CARBONATE")]
    [InlineData("MAGNESIUM OXIDE")]
    [InlineData("FERROUS SULFATE")]
    [InlineData("SODIUM BICARBONATE")]
    [InlineData("ZINC OXIDE")]
    public void Clean_keeps_salts_that_are_the_ingredient(string input)
    {
        Assert.Equal(input, DrugNameCleaner.Clean(input + " 500 MG TABLET"));
    }

    [Theory]
    [InlineData("SULFAMETHOXAZOLE;TRIMETHOPRIM", new[] { "SULFAMETHOXAZOLE", "TRIMETHOPRIM" })]
    [InlineData("ACETAMINOPHEN\\HYDROCODONE BITARTRATE", new[] { "ACETAMINOPHEN", "HYDROCODONE" })]
    [InlineData("AMOXICILLIN AND CLAVULANATE POTASSIUM", new[] { "AMOXICILLIN", "CLAVULANATE" })]
    [InlineData("TRIMETHOPRIM/SULFAMETHOXAZOLE", new[] { "SULFAMETHOXAZOLE", "TRIMETHOPRIM" })]
    [InlineData("PIPERACILLIN SODIUM\\TAZOBACTAM SODIUM", new[] { "PIPERACILLIN", "TAZOBACTAM" })]
    [InlineData("CETIRIZINE HYDROCHLORIDE\\PSEUDOEPHEDRINE HYDROCHLORIDE", new[] { "CETIRIZINE", "PSEUDOEPHEDRINE" })]
    [InlineData("MINERALS\\VITAMINS", new[] { "MINERALS", "VITAMINS" })]
    [InlineData("", new string[0])]
    public void CleanIngredients_splits_combinations_and_sorts(string prodAi, string[] expected)
    {
        Assert.Equal(expected, DrugNameCleaner.CleanIngredients(prodAi));
    }

    [Fact]
    public void SplitClean_splits_with_and_w_slash()
    {
        Assert.Equal(["TYLENOL", "CODEINE"], DrugNameCleaner.SplitClean("TYLENOL WITH CODEINE #3"));
        Assert.Equal(["SULFADIAZINE", "TRIMETHOPRIM"], DrugNameCleaner.SplitClean("SULFADIAZINE W/TRIMETHOPRIM"));
    }
}
