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

    /// <summary>Builds from every source, optionally dropping product rows a filter rejects (for held-out evaluation).</summary>
    public static Core.Vocabulary.Vocabulary Build(Action<VocabularyBuilder>? extra)
    {
        var builder = new VocabularyBuilder();
        foreach (var path in SourcePaths)
        {
            var result = VocabularyImporter.Import(path, builder);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(result.Error);
            }
        }

        extra?.Invoke(builder);
        return builder.Build();
    }

    public static DrugResolver Resolver(Core.Vocabulary.Vocabulary vocabulary) => new(vocabulary);
}
