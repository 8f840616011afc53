using System.Collections.Frozen;
using Causa.Core.Names;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Causa's bundled condition table: how the indication sources name a condition ("Major depressive disorder",
/// "Hypercholesterolemia", "type II diabetes mellitus [non-insulin dependent type] ...") and the MedDRA preferred term it
/// is, plus condition families (a broader preferred term and a narrower one that is a form of it). Both are written by the
/// project and embedded in Causa.Core.
/// </summary>
/// <remarks>
/// Wordings compare after <see cref="TermText.Normalize"/> (case, accents, punctuation). A question about the broader
/// term counts an indication for the narrower one (<see cref="IsNarrower"/>); the reverse only for rows marked "covers"
/// (<see cref="Covers"/>); pairs are not chained. Immutable; thread-safe.
/// </remarks>
public static class ConditionTermTable
{
    // The families alone answer a question (IsNarrower, Covers); the wordings are read only to map an imported source's
    // condition names (Map), so a process that asks a question does not normalise every wording.
    private static readonly Lazy<FamilyTables> FamilyData = new(LoadFamilies);
    private static readonly Lazy<WordingTables> Data = new(Load);

    /// <summary>Every (wording, preferred term) row, in file order.</summary>
    public static IReadOnlyList<(string Wording, string Term)> Entries => Data.Value.Entries;

    /// <summary>Every (broader, narrower) preferred-term pair, in file order.</summary>
    public static IReadOnlyList<(string Broader, string Narrower)> Families => FamilyData.Value.Families;

    /// <summary>
    /// The preferred term the table gives for a condition wording: a listed wording's term, or the term itself when the
    /// wording is one of the preferred terms the table names ("Panic Disorder" → Panic disorder), so that a family member
    /// is recognised even when no other loaded source happens to use it.
    /// </summary>
    /// <param name="condition">The condition as a source writes it (already cleaned of NOS / NEC / unspecified).</param>
    /// <returns>The preferred term, or null when the table does not name the wording (also for empty text).</returns>
    public static string? Map(string condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var key = TermText.Normalize(condition);
        return key.Length > 0 && Data.Value.ByWording.TryGetValue(key, out var term) ? term : null;
    }

    /// <summary>True when <paramref name="narrower"/> is listed as a form of <paramref name="broader"/> (case-insensitive).</summary>
    /// <param name="broader">The broader preferred term (e.g. the term asked about).</param>
    /// <param name="narrower">The candidate narrower preferred term (e.g. an indication's term).</param>
    /// <returns>False for equal terms and for pairs not in the table.</returns>
    public static bool IsNarrower(string broader, string narrower)
    {
        ArgumentNullException.ThrowIfNull(broader);
        ArgumentNullException.ThrowIfNull(narrower);
        return FamilyData.Value.Narrower.TryGetValue(broader.Trim(), out var set) && set.Contains(narrower.Trim());
    }

    /// <summary>
    /// True when an indication for <paramref name="broader"/> answers a question about <paramref name="narrower"/>: the
    /// family row is marked "covers" (the broader approval was established in, or by definition means, the narrower
    /// condition). Most family rows are not: an analgesic approved for Pain is not thereby approved for Fibromyalgia.
    /// </summary>
    /// <param name="broader">The indication's preferred term.</param>
    /// <param name="narrower">The preferred term asked about.</param>
    /// <returns>False for equal terms, for pairs not in the table and for family rows without the mark.</returns>
    public static bool Covers(string broader, string narrower)
    {
        ArgumentNullException.ThrowIfNull(broader);
        ArgumentNullException.ThrowIfNull(narrower);
        return FamilyData.Value.Covered.TryGetValue(broader.Trim(), out var set) && set.Contains(narrower.Trim());
    }

    /// <summary>Parses condition-table text (tab-separated wording and preferred term; '#' comments and blank lines skipped).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The rows; lines without two non-empty fields are skipped.</returns>
    public static IReadOnlyList<(string First, string Second)> ParsePairs(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<(string, string)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length >= 2 && f[0].Trim().Length > 0 && f[1].Trim().Length > 0)
            {
                list.Add((f[0].Trim(), f[1].Trim()));
            }
        }

        return list;
    }

    private static WordingTables Load()
    {
        var entries = ReadResource("Causa.Core.Vocabulary.condition_terms.tsv");
        var families = Families;
        var byWording = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (wording, term) in entries)
        {
            // The first row for a wording wins; the table test refuses duplicates, so this only guards a broken edit.
            byWording.TryAdd(TermText.Normalize(wording), term);
        }

        // Preferred terms the table names stand for themselves, after any listed wording of the same spelling.
        foreach (var term in entries.Select(static e => e.Item2).Concat(families.SelectMany(static p => new[] { p.Item1, p.Item2 })))
        {
            byWording.TryAdd(TermText.Normalize(term), term);
        }

        return new WordingTables(entries, byWording.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static FamilyTables LoadFamilies()
    {
        var families = ReadResource("Causa.Core.Vocabulary.condition_families.tsv");
        var covered = ReadCovered("Causa.Core.Vocabulary.condition_families.tsv");
        var narrower = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (broad, narrow) in families)
        {
            if (!narrower.TryGetValue(broad, out var set))
            {
                set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                narrower[broad] = set;
            }

            set.Add(narrow);
        }

        // Plain dictionaries: a few hundred rows read once per process, where building frozen ones cost more than they save.
        return new FamilyTables(families, narrower, covered);
    }

    /// <summary>The family rows whose fourth column is "covers", as broader → narrower sets.</summary>
    private static Dictionary<string, HashSet<string>> ReadCovered(string name)
    {
        using var stream = typeof(ConditionTermTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} missing from Causa.Core: the build is broken.");
        using var reader = new StreamReader(stream);
        var covered = new Dictionary<string, HashSet<string>>(StringComparer.OrdinalIgnoreCase);
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && f.Length >= 4 && string.Equals(f[3].Trim(), "covers", StringComparison.Ordinal))
            {
                if (!covered.TryGetValue(f[0].Trim(), out var set))
                {
                    set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
                    covered[f[0].Trim()] = set;
                }

                set.Add(f[1].Trim());
            }
        }

        return covered;
    }

    private static IReadOnlyList<(string, string)> ReadResource(string name)
    {
        using var stream = typeof(ConditionTermTable).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} missing from Causa.Core: the build is broken.");
        using var reader = new StreamReader(stream);
        return ParsePairs(reader);
    }

    private sealed record WordingTables(IReadOnlyList<(string Wording, string Term)> Entries, FrozenDictionary<string, string> ByWording);

    private sealed record FamilyTables(
        IReadOnlyList<(string Broader, string Narrower)> Families,
        Dictionary<string, HashSet<string>> Narrower,
        Dictionary<string, HashSet<string>> Covered);
}
