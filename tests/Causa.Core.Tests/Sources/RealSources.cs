using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Sources;

/// <summary>
/// The real source files of the shared data folder, imported once per test process (read-only afterwards). Drug names are
/// kept as written (the sources name ingredients); conditions go through the bundled term resolver.
/// </summary>
internal static class RealSources
{
    public static readonly DateTimeOffset ImportedAt = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static readonly Lazy<ImportedSource> SiderSource = new(() => Import(SiderPaths));
    private static readonly Lazy<ImportedSource> DrugCentralSource = new(() => Import([TestData.PathOf("indications", "drugcentral_2016_drug_indication.tsv")]));
    private static readonly Lazy<ImportedSource> MediSource = new(() => Import([TestData.PathOf("indications", "medi", "MEDI_01212013_UMLS.csv.gz")]));
    private static readonly Lazy<ImportedSource> PdbSource = new(() => Import([TestData.PathOf("indications", "pharmacotherapydb", "indications.tsv")]));
    private static readonly Lazy<ImportedSource> TakmuSource = new(() => Import([TestData.PathOf("faers_more", "takmu_antidepressants_2014q3_2023q4")]));
    private static readonly Lazy<ImportedSource> SedativeSource = new(() => Import([TestData.PathOf("faers_more", "mddc_faers_contingency", "sedative1000.csv")]));
    private static readonly Lazy<ImportedSource> OpenFdaSource = new(() => Import([TestData.PathOf("faers_more", "slijewski_openfda_ssri_counts_2026")]));
    private static readonly Lazy<ImportedSource> SiderIndicationSource = new(() => Import([TestData.PathOf("labels", "sider4.1", "meddra_all_indications.tsv.gz")]));
    private static readonly Lazy<EvidenceSources> AllSources = new(() => new EvidenceSources([Sider, DrugCentral, Medi, PharmacotherapyDb, Takmu, Sedative, OpenFda]));
    private static readonly Lazy<EvidenceSources> AllWithSiderIndicationSources = new(() => new EvidenceSources([Sider, DrugCentral, Medi, PharmacotherapyDb, Takmu, Sedative, OpenFda, SiderIndications]));

    public static string[] SiderPaths =>
    [
        TestData.PathOf("labels", "sider4.1", "drug_names.tsv"),
        TestData.PathOf("labels", "sider4.1", "meddra_all_se.tsv.gz"),
        TestData.PathOf("labels", "sider4.1", "meddra_freq.tsv.gz"),
    ];

    public static ImportedSource Sider => SiderSource.Value;

    public static ImportedSource DrugCentral => DrugCentralSource.Value;

    public static ImportedSource Medi => MediSource.Value;

    public static ImportedSource PharmacotherapyDb => PdbSource.Value;

    public static ImportedSource Takmu => TakmuSource.Value;

    public static ImportedSource Sedative => SedativeSource.Value;

    public static ImportedSource OpenFda => OpenFdaSource.Value;

    /// <summary>SIDER 4.1's text-mined label indications (<c>meddra_all_indications</c>, with <c>drug_names</c>).</summary>
    public static ImportedSource SiderIndications => SiderIndicationSource.Value;

    /// <summary>SIDER, DrugCentral, MEDI, PharmacotherapyDB, TAKMU, MDDC sedative1000 and the openFDA SSRI counts.</summary>
    public static EvidenceSources All => AllSources.Value;

    /// <summary><see cref="All"/> and SIDER's text-mined label indications: every source <c>quickstart --from</c> loads that these tests use.</summary>
    public static EvidenceSources AllWithSiderIndications => AllWithSiderIndicationSources.Value;

    public static SourceNameMapper NewMapper() => new(null, new TermResolver());

    public static ImportedSource Import(string[] paths)
    {
        var results = SourceImporter.Import(paths, null, NewMapper(), ImportedAt);
        var result = Assert.Single(results);
        Assert.True(result.Succeeded, result.Error);
        return result.Source!;
    }
}
