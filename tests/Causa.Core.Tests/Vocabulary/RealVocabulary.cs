using Causa.Core.Names;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Builds vocabularies from the real source files in the shared data folder (read-only, built once per process).</summary>
internal static class RealVocabulary
{
    private static readonly Lazy<Core.Vocabulary.Vocabulary> Full = new(() => Build(null));

    /// <summary>Every drug source (Drugs@FDA 2019 zip, EMA, OMOP, DrugCentral identifiers and classes).</summary>
    public static Core.Vocabulary.Vocabulary All => Full.Value;

    public static string[] SourcePaths =>
    [
        TestData.PathOf("drugnames", "drugsatfda_20190702.zip"),
        TestData.PathOf("drugnames", "ema_eu_registered_drugs_by_active_ingredient_utf8.txt"),
        TestData.PathOf("drugnames", "omop_rxnorm_ingredients_20230731.tsv"),
        TestData.PathOf("drugnames", "drugcentral_2016", "identifiers.tsv"),
        TestData.PathOf("drugnames", "drugcentral_2016", "pharm_class.tsv"),
    ];

    /// <summary>Builds from the given sources (default: all), dropping product names a filter rejects (for held-out evaluation).</summary>
    public static Core.Vocabulary.Vocabulary Build(Func<string, bool>? productFilter, IEnumerable<string>? paths = null)
    {
        var builder = new VocabularyBuilder { ProductFilter = productFilter };
        foreach (var path in paths ?? SourcePaths)
        {
            var result = VocabularyImporter.Import(path, builder);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Error);
            }
        }

        return builder.Build();
    }
}
