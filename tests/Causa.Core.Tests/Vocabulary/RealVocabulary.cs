using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Builds vocabularies from the real source files in the shared data folder (read-only, built once per process).</summary>
internal static class RealVocabulary
{
    private static readonly Lazy<ImportedVocabulary> Full = new(() => Build(null));

    private static readonly Lazy<ImportedVocabulary> Extended = new(() => Build(null, [.. SourcePaths, .. NameSourcePaths]));

    /// <summary>Every drug source (Drugs@FDA 2019 zip, EMA, OMOP, DrugCentral identifiers and classes).</summary>
    public static ImportedVocabulary All => Full.Value;

    /// <summary><see cref="All"/> plus Drugs@FDA 2023, the RxNorm product table, OnSIDES, SIDER drug names, the openFDA harmonized sample and the Open Targets ChEMBL drug sample.</summary>
    public static ImportedVocabulary WithNameSources => Extended.Value;

    public static string[] NameSourcePaths =>
    [
        TestData.PathOf("drugnames", "drugsatfda_Products_2023.txt"),
        TestData.PathOf("drugnames", "rxnorm_product_to_ingredient_dhimmel.tsv"),
        TestData.PathOf("drugnames", "openfda_harmonized_small.jsonl"),
        TestData.PathOf("labels", "onsides_v2.1.0_sample", "rxnorm_product_to_ingredient.csv"),
        TestData.PathOf("labels", "onsides_v2.1.0_sample", "rxnorm_mappings.csv"),
        TestData.PathOf("labels", "onsides_v2.1.0_sample", "ingredients.csv"),
        TestData.PathOf("labels", "sider4.1", "drug_names.tsv"),
        TestData.PathOf("indications", "opentargets_chembl_drug_sample500.jsonl"),
    ];

    public static string[] SourcePaths =>
    [
        TestData.PathOf("drugnames", "drugsatfda_20190702.zip"),
        TestData.PathOf("drugnames", "ema_eu_registered_drugs_by_active_ingredient_utf8.txt"),
        TestData.PathOf("drugnames", "omop_rxnorm_ingredients_20230731.tsv"),
        TestData.PathOf("drugnames", "drugcentral_2016", "identifiers.tsv"),
        TestData.PathOf("drugnames", "drugcentral_2016", "pharm_class.tsv"),
    ];

    /// <summary>Builds from the given sources (default: all), dropping product names a filter rejects (for held-out evaluation).</summary>
    public static ImportedVocabulary Build(Func<string, bool>? productFilter, IEnumerable<string>? paths = null)
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
