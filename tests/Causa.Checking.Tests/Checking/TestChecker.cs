using Causa.Checking;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;

namespace Causa.Checking.Tests.Checking;

/// <summary>A checker over a small vocabulary written for these tests (a few ingredients and brands) and the bundled lexicon.</summary>
internal static class TestChecker
{
    private static readonly Lazy<ArticleChecker> Shared = new(() => Create(null));

    public static ArticleChecker Default => Shared.Value;

    public static ArticleChecker Create(CheckerOptions? options) => Create(options, null);

    /// <summary>A checker that also looks for <paramref name="knownTerms"/>, as a store's preferred terms are looked for.</summary>
    public static ArticleChecker Create(CheckerOptions? options, IEnumerable<string>? knownTerms)
    {
        var builder = new VocabularyBuilder();
        builder.AddProduct("Zoloft", "SERTRALINE", VocabularySource.DrugsAtFda);
        builder.AddProduct("Neurontin", "GABAPENTIN", VocabularySource.DrugsAtFda);
        builder.AddProduct("Advil", "IBUPROFEN", VocabularySource.DrugsAtFda);
        builder.AddProduct("Lipitor", "ATORVASTATIN", VocabularySource.DrugsAtFda);
        builder.AddIngredient("NAPROXEN");
        builder.AddIngredient("SEROTONIN");
        var vocabulary = builder.Build();
        var terms = knownTerms?.ToArray();
        return new ArticleChecker(new DrugResolver(vocabulary), new TermResolver(vocabulary, terms ?? []), terms, options);
    }

    public static ArticleCheck Check(string text, ArticleFormat format = ArticleFormat.Auto, IClaimVerdictSource? verdicts = null)
    {
        var outcome = Default.Check(text, format, verdicts);
        Assert.True(outcome.Succeeded, outcome.Error?.Message);
        return outcome.Check;
    }

    public static string Describe(RatedClaim c) =>
        $"{c.Drug}|{c.Condition}|{(c.Relation == ClaimRelation.Causes ? "causes" : "treats")}|{(c.Polarity == ClaimPolarity.Asserted ? "asserted" : "negated")}";
}
