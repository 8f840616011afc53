using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Every shared drug-name source imports with row accounting; the expected rows are the files' own line counts.</summary>
public sealed class NameSourceImportTests
{
    private static (VocabularyImportResult Result, ImportedVocabulary Vocabulary) Import(params string[] parts)
    {
        var builder = new VocabularyBuilder();
        var result = VocabularyImporter.Import(TestData.PathOf(parts), builder);
        Assert.True(result.Succeeded, result.Error);
        return (result, builder.Build());
    }

    private static long DataLines(string[] parts, bool header) =>
        File.ReadLines(TestData.PathOf(parts)).Count(l => l.Length > 0) - (header ? 1 : 0);

    private static string[] Resolve(ImportedVocabulary vocabulary, string name) =>
        [.. new DrugResolver(vocabulary).Resolve(name, null).Ingredients];

    [Fact]
    public void RxNorm_product_to_ingredient_table_imports_brands_with_their_ingredient_sets()
    {
        string[] file = ["drugnames", "rxnorm_product_to_ingredient_dhimmel.tsv"];
        var (result, vocabulary) = Import(file);
        Assert.Equal(VocabularySource.RxNorm, result.Source);
        Assert.Equal(DataLines(file, header: true), result.Rows);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(["NEBIVOLOL"], Resolve(vocabulary, "BYSTOLIC"));
        Assert.Equal(["METOPROLOL"], Resolve(vocabulary, "Toprol"));
    }

    [Fact]
    public void OnSides_mapping_files_import()
    {
        string[] products = ["labels", "onsides_v2.1.0_sample", "rxnorm_product_to_ingredient.csv"];
        var (p, pv) = Import(products);
        Assert.Equal(DataLines(products, header: true), p.Rows);
        Assert.Equal(["AMLODIPINE", "HYDROCHLOROTHIAZIDE", "OLMESARTAN"], Resolve(pv, "TRIBENZOR"));

        string[] ingredients = ["labels", "onsides_v2.1.0_sample", "ingredients.csv"];
        var (i, iv) = Import(ingredients);
        Assert.Equal(DataLines(ingredients, header: true), i.Rows);
        Assert.Contains("NAPROXEN", iv.Ingredients);

        string[] mappings = ["labels", "onsides_v2.1.0_sample", "rxnorm_mappings.csv"];
        var (m, mv) = Import(mappings);
        Assert.Equal(DataLines(mappings, header: true), m.Rows);
        var bracketed = File.ReadLines(TestData.PathOf(mappings)).Skip(1).Count(l => l.Contains('[', StringComparison.Ordinal) && !l.Contains('{', StringComparison.Ordinal));
        Assert.Equal(bracketed, m.Rows - m.Skipped - m.Rejected);
        Assert.Equal(["TRAMETINIB"], Resolve(mv, "MEKINIST"));
    }

    [Fact]
    public void Sider_drug_names_import_as_ingredients_and_truncated_acid_names_are_skipped()
    {
        string[] file = ["labels", "sider4.1", "drug_names.tsv"];
        var (result, vocabulary) = Import(file);
        Assert.Equal(VocabularySource.Sider, result.Source);
        Assert.Equal(DataLines(file, header: false), result.Rows);
        var names = File.ReadLines(TestData.PathOf(file)).Select(l => l.Split('\t')[^1].Trim()).ToList();
        var truncated = names.Count(n => n.EndsWith("ic", StringComparison.OrdinalIgnoreCase));
        var adjectives = names.Count(n => !n.Contains(' ', StringComparison.Ordinal) && n.EndsWith("ated", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(truncated + adjectives, result.Skipped);
        Assert.Contains("CARNITINE", vocabulary.Ingredients);
        Assert.DoesNotContain("GAMMA AMINOBUTYRIC", vocabulary.Ingredients);
        Assert.DoesNotContain("CONJUGATED", vocabulary.Ingredients);
    }

    [Fact]
    public void Drugs_at_fda_2023_products_import_with_every_row_accounted_for_and_know_newer_brands()
    {
        string[] file = ["drugnames", "drugsatfda_Products_2023.txt"];
        var (result, vocabulary) = Import(file);
        Assert.Equal(VocabularySource.DrugsAtFda, result.Source);
        Assert.Equal(DataLines(file, header: true), result.Rows);
        Assert.True(result.Rejected * 1000 < result.Rows, $"{result.Rejected} of {result.Rows} rows rejected: {result.FirstRejection}");

        // Approved after the 2019 download: only the newer file knows them.
        Assert.Equal(["TIRZEPATIDE"], Resolve(vocabulary, "MOUNJARO"));
        Assert.Equal(["ATOGEPANT"], Resolve(vocabulary, "Qulipta 60 mg tablets"));
    }

    [Fact]
    public void OpenFda_harmonized_records_import_brands_with_their_substances()
    {
        string[] file = ["drugnames", "openfda_harmonized_small.jsonl"];
        var (result, vocabulary) = Import(file);
        Assert.Equal(VocabularySource.OpenFda, result.Source);
        Assert.Equal(DataLines(file, header: false), result.Rows);
        Assert.Equal(["ISOTRETINOIN"], Resolve(vocabulary, "AMNESTEEM"));
        Assert.Equal(["NITISINONE"], Resolve(vocabulary, "Orfadin"));
    }

    [Fact]
    public void A_malformed_openFda_line_is_rejected_with_its_line_number()
    {
        var builder = new VocabularyBuilder();
        var text = "{\"brand_name\": \"Amnesteem\", \"substance_name\": \"ISOTRETINOIN\", \"generic_name\": \"isotretinoin\"}\n{\"brand_name\": broken\n";
        var result = VocabularyImporter.ImportText(new StringReader(text), "x.jsonl", builder);
        Assert.True(result.Succeeded);
        Assert.Equal(2, result.Rows);
        Assert.Equal(1, result.Rejected);
        Assert.Equal("x.jsonl, line 2: malformed JSON", result.FirstRejection);
    }

    [Fact]
    public void A_vocabulary_with_the_new_sources_survives_saving_and_loading()
    {
        var (_, vocabulary) = Import("drugnames", "openfda_harmonized_small.jsonl");
        var dir = Directory.CreateTempSubdirectory("causa-vocab-");
        try
        {
            VocabularyFile.Save(dir.FullName, vocabulary);
            Assert.True(VocabularyFile.TryLoad(dir.FullName, out var loaded, out var error), error);
            Assert.Equal(vocabulary.Brands.Count, loaded.Brands.Count);
            Assert.Contains(loaded.Sources, s => s.Source == VocabularySource.OpenFda);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
    [Fact]
    public void Open_Targets_ChEMBL_records_import_trade_names_with_their_molecules()
    {
        string[] file = ["indications", "opentargets_chembl_drug_sample500.jsonl"];
        var (result, vocabulary) = Import(file);
        Assert.Equal(VocabularySource.ChEmbl, result.Source);
        Assert.Equal(DataLines(file, header: false), result.Rows);
        Assert.Equal(0, result.Rejected);
        Assert.Equal(result.Skipped + result.Rejected, result.ReasonCounts.Values.Sum());
        Assert.True(result.Rows - result.Skipped >= 150, $"{result.Skipped} of {result.Rows} records skipped (investigational molecules have no trade name)");
        Assert.Equal(["NITROFURANTOIN"], Resolve(vocabulary, "BERKFURIN"));
        Assert.Equal(["NITROFURANTOIN"], Resolve(vocabulary, "Furadantin 50 mg"));
    }

    [Fact]
    public void A_ChEMBL_trade_name_under_two_molecules_is_their_combination_and_codes_are_skipped()
    {
        var builder = new VocabularyBuilder();
        var text = """
            {"_source": {"pref_name": "AMOXICILLIN", "trade_names": ["Zamoxiclav", "Amoxil"], "synonyms": []}}
            {"_source": {"pref_name": "CLAVULANIC ACID", "trade_names": ["Zamoxiclav", "AB-123"]}}
            {"_source": {"pref_name": "", "trade_names": ["Nothing"]}}
            {"_source": broken
            """;
        var result = VocabularyImporter.ImportText(new StringReader(text), "chembl.jsonl", builder);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(4, result.Rows);
        Assert.Equal(1, result.Rejected);
        Assert.Equal(1, result.Skipped);
        Assert.Equal("chembl.jsonl, line 4: malformed JSON", result.FirstRejection);
        var vocabulary = builder.Build();
        Assert.Equal(["AMOXICILLIN", "CLAVULANATE"], Resolve(vocabulary, "ZAMOXICLAV"));
        Assert.Equal(["AMOXICILLIN"], Resolve(vocabulary, "Amoxil"));
        Assert.DoesNotContain(vocabulary.Brands, b => b.Name.StartsWith("AB", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ChEMBL_synonym_names_its_one_molecule_and_codes_count_only_written_as_one_word()
    {
        var builder = new VocabularyBuilder();
        var text = """
            {"_source": {"pref_name": "ZORVASTIB", "trade_names": [], "synonyms": ["Zorvastib", "Zorvastib Mesylate", "Korvanta", "QRT4471", "QRT-4471", "Nolvexa", "Pemdrafil"]}}
            {"_source": {"pref_name": "TELCUMAB", "trade_names": ["Pemdrafil"], "synonyms": ["Telcumab", "Nolvexa", "XY-88"]}}
            {"_source": {"pref_name": "ABC-1234", "trade_names": [], "synonyms": ["Dovaline", "ABC1234"]}}
            """;
        var result = VocabularyImporter.ImportText(new StringReader(text), "chembl.jsonl", builder);
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(3, result.Rows);
        Assert.Equal(1, result.Skipped);
        var vocabulary = builder.Build();

        // A synonym of one molecule names it; a development code written as one word does too.
        Assert.Equal(["ZORVASTIB"], Resolve(vocabulary, "KORVANTA"));
        Assert.Equal(["ZORVASTIB"], Resolve(vocabulary, "qrt4471 100 mg"));
        Assert.Equal(["ZORVASTIB"], Resolve(vocabulary, "Zorvastib mesylate"));

        // Listed under two molecules: no answer from the synonym; a trade name elsewhere in the file keeps its molecule.
        Assert.Empty(Resolve(vocabulary, "NOLVEXA"));
        Assert.Equal(["TELCUMAB"], Resolve(vocabulary, "PEMDRAFIL"));

        // A code written with a hyphen would clean to its letters, and a molecule named by a code gives no synonyms.
        Assert.DoesNotContain(vocabulary.Brands, b => b.Name is "QRT" or "XY" or "ABC" or "DOVALINE");
    }

    [Fact]
    public void A_vocabulary_with_ChEMBL_names_survives_saving_and_loading()
    {
        var (_, vocabulary) = Import("indications", "opentargets_chembl_drug_sample500.jsonl");
        var dir = Directory.CreateTempSubdirectory("causa-vocab-");
        try
        {
            VocabularyFile.Save(dir.FullName, vocabulary);
            Assert.True(VocabularyFile.TryLoad(dir.FullName, out var loaded, out var error), error);
            Assert.Equal(vocabulary.Brands.Count, loaded.Brands.Count);
            Assert.Contains(loaded.Sources, s => s.Source == VocabularySource.ChEmbl);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
