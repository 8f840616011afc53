using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>What a learned pair teaches once cleaned (<see cref="LearnedPairKeys"/>), and the merge reading it from a
/// <see cref="LearnedPairTable"/> instead of cleaning the names again.</summary>
public sealed class LearnedPairKeysTests
{
    private const char Set = LearnedPairKeys.SetSeparator;
    private const char Key = LearnedPairKeys.KeySeparator;

    [Fact]
    public void A_pair_teaches_its_canonical_ingredient_set_to_its_cleaned_name()
    {
        Assert.Equal($"ACETAMINOPHEN{Key}TYLENOL", LearnedPairKeys.Of("Tylenol", "ACETAMINOPHEN"));

        // Ingredients in ordinal order, salts dropped; the INN paracetamol is the US acetaminophen.
        Assert.Equal($"HYDROCHLOROTHIAZIDE{Set}LISINOPRIL{Key}ZESTORETIC", LearnedPairKeys.Of("ZESTORETIC", "LISINOPRIL\\HYDROCHLOROTHIAZIDE"));
        Assert.Equal("ACETAMINOPHEN", LearnedPairKeys.SetKeyOf("PARACETAMOL").ToString());
    }

    [Fact]
    public void A_pair_whose_ingredient_field_names_nothing_teaches_nothing_and_a_non_drug_name_no_key()
    {
        Assert.Equal(string.Empty, LearnedPairKeys.Of("SOMEBRAND", "   "));
        Assert.Equal("ACETAMINOPHEN", LearnedPairKeys.Of("UNKNOWN", "ACETAMINOPHEN"));
        Assert.Equal("ACETAMINOPHEN", LearnedPairKeys.SetKey($"ACETAMINOPHEN{Key}TYLENOL").ToString());
    }

    [Fact]
    public void The_merge_takes_the_kept_cleaned_form_rather_than_cleaning_the_name_again()
    {
        LearnedNamePair[] pairs = [new("FOOBRAND", "GLICLAZIDE", 3)];

        // What a file kept says this pair teaches BARBRAND → METFORMIN: the merge must follow it, not the name's text.
        var kept = new LearnedPairTable(pairs, [$"METFORMIN{Key}BARBRAND"]);
        var resolver = new DrugResolver(DrugResolver.Merge(ImportedVocabulary.Empty, kept));
        Assert.Equal(["METFORMIN"], resolver.Resolve("BARBRAND", null).Ingredients);
        Assert.Empty(resolver.Resolve("FOOBRAND", null).Ingredients);

        var plain = new DrugResolver(DrugResolver.Merge(ImportedVocabulary.Empty, pairs));
        Assert.Equal(["GLICLAZIDE"], plain.Resolve("FOOBRAND", null).Ingredients);
    }

    [Fact]
    public void A_table_cleans_only_what_it_does_not_know_and_merges_as_the_plain_pairs_do()
    {
        var pairs = SamplePairs();
        var half = pairs.Select((p, i) => i % 2 == 0 ? LearnedPairKeys.Of(p.DrugName, p.ProdAi) : null).ToArray();
        var table = new LearnedPairTable(pairs, half);
        Assert.Equal(pairs.Count / 2, table.CleanMissing());
        Assert.Equal(0, table.CleanMissing());

        var fromTable = DrugResolver.Merge(ImportedVocabulary.Empty, new LearnedPairTable(pairs, half));
        var fromPairs = DrugResolver.Merge(ImportedVocabulary.Empty, pairs);
        Assert.Equal(fromPairs.Brands.Select(b => (b.Name, string.Join("+", b.Ingredients))), fromTable.Brands.Select(b => (b.Name, string.Join("+", b.Ingredients))));
        Assert.Equal(fromPairs.Ingredients, fromTable.Ingredients);
    }

    /// <summary>
    /// Store files keep each entry's cleaned form under <see cref="LearnedPairKeys.RulesVersion"/>; a file kept under other
    /// rules is cleaned again. So whatever changes what the shared samples' pairs clean to must raise the version: this
    /// digest of their cleaning changes with it. When it fails after a change to the name cleaning, raise
    /// <see cref="LearnedPairKeys.RulesVersion"/> and put the new digest and version here.
    /// </summary>
    [Fact]
    public void The_cleaning_of_the_samples_pairs_is_the_one_files_keep_under_this_rules_version()
    {
        var pairs = SamplePairs();
        Assert.True(pairs.Count > 3_000, $"{pairs.Count} pairs read from the samples");
        var text = new StringBuilder();
        foreach (var p in pairs)
        {
            text.Append(p.DrugName).Append('\t').Append(p.ProdAi).Append('\t').Append(LearnedPairKeys.Of(p.DrugName, p.ProdAi)).Append('\n');
        }

        var digest = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal((1, "25C9340166628D2FAD5259CDB56D7836D5CD08737CC8E6000DC2EAE6B145F608"), (LearnedPairKeys.RulesVersion, digest));
    }

    /// <summary>Distinct (drugname, prod_ai) pairs with a coded ingredient of the shared FAERS DRUG samples, ordinal order.</summary>
    private static List<LearnedNamePair> SamplePairs()
    {
        var pairs = new SortedSet<(string Name, string ProdAi)>(Comparer<(string Name, string ProdAi)>.Create(static (a, b) =>
        {
            var byName = string.CompareOrdinal(a.Name, b.Name);
            return byName != 0 ? byName : string.CompareOrdinal(a.ProdAi, b.ProdAi);
        }));
        void Read(TextReader reader)
        {
            var header = reader.ReadLine()!.Split('$');
            int name = Array.IndexOf(header, "drugname"), prodAi = Array.IndexOf(header, "prod_ai");
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var fields = line.Split('$');
                if (fields.Length > Math.Max(name, prodAi) && fields[name].Trim().Length > 0 && fields[prodAi].Trim().Length > 0)
                {
                    pairs.Add((fields[name].Trim(), fields[prodAi].Trim()));
                }
            }
        }

        foreach (var zipName in new[] { "faers_ascii_2022Q4_sample.zip", "faers_ascii_2017q2_sample.zip" })
        {
            using var zip = ZipFile.OpenRead(TestData.PathOf("faers", zipName));
            var entry = zip.Entries.First(e => e.Name.StartsWith("DRUG", StringComparison.OrdinalIgnoreCase) && e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase));
            using var reader = new StreamReader(entry.Open(), Encoding.Latin1);
            Read(reader);
        }

        foreach (var path in new[] { TestData.PathOf("faers", "nico8270_2025q4_sample1000", "DRUG25Q4.txt"), TestData.PathOf("faers", "ubesp_2020q3_first10k", "DRUG20Q3-10000.txt") })
        {
            using var reader = new StreamReader(path, Encoding.Latin1);
            Read(reader);
        }

        return [.. pairs.Select(p => new LearnedNamePair(p.Name, p.ProdAi, 1))];
    }
}
