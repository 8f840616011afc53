using System.IO.Compression;
using Causa.Core.Vocabulary;
using Causa.Tests.Shared;

namespace Causa.Core.Tests.Vocabulary;

/// <summary>Preferred-term sets the curated-table tests check names against.</summary>
internal static class RealPreferredTermSet
{
    private static readonly Lazy<HashSet<string>> RealTerms = new(LoadReal);
    private static readonly Lazy<HashSet<string>> Known = new(LoadKnown);

    /// <summary>Preferred terms as the real files spell them: SIDER 4.1 PT rows (side effects and indications) and TAKMU's global PT list.</summary>
    public static IReadOnlySet<string> Real => RealTerms.Value;

    /// <summary>Preferred terms Causa's own vocabulary resources name: lay-term lexicon, related terms, condition table and families.</summary>
    public static IReadOnlySet<string> KnownToCausa => Known.Value;

    private static HashSet<string> LoadReal()
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);

        // meddra_all_se: concept type in column 4 and name in column 6; meddra_all_indications: type in column 5, name in 7.
        foreach (var (file, typeColumn) in new[] { ("meddra_all_se.tsv.gz", 3), ("meddra_all_indications.tsv.gz", 4) })
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(TestData.PathOf("labels", "sider4.1", file)), CompressionMode.Decompress));
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                var f = line.Split('\t');
                if (f.Length >= typeColumn + 3 && f[typeColumn] == "PT")
                {
                    terms.Add(f[typeColumn + 2].Trim());
                }
            }
        }

        foreach (var line in File.ReadLines(TestData.PathOf("faers_more", "takmu_antidepressants_2014q3_2023q4", "adr_global.csv")).Skip(1))
        {
            var comma = line.LastIndexOf(',');
            terms.Add((comma > 0 ? line[..comma] : line).Trim('"', ' '));
        }

        return terms;
    }

    private static HashSet<string> LoadKnown()
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        terms.UnionWith(LayTermLexicon.All.Select(static e => e.PreferredTerm));
        terms.UnionWith(LayTermLexicon.Related.SelectMany(static p => new[] { p.Term, p.Related }));
        terms.UnionWith(ConditionTermTable.Entries.Select(static e => e.Term));
        terms.UnionWith(ConditionTermTable.Families.SelectMany(static p => new[] { p.Broader, p.Narrower }));
        return terms;
    }
}
