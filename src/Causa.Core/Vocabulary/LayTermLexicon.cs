using System.Reflection;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Causa's bundled lay-term lexicon (English, Dutch, German, French, Spanish wordings of MedDRA preferred terms) and its
/// related-term pairs, both written by the project and embedded in Causa.Core.
/// </summary>
public static class LayTermLexicon
{
    private static readonly Lazy<IReadOnlyList<LayTermEntry>> Entries = new(LoadEntries);
    private static readonly Lazy<IReadOnlyList<(string Term, string Related)>> Pairs = new(() => LoadPairs("Causa.Core.Vocabulary.related_terms.tsv"));
    private static readonly Lazy<IReadOnlyList<(string Abbreviation, string PreferredTerm)>> Abbreviated = new(() => LoadPairs("Causa.Core.Vocabulary.abbreviations.tsv"));

    /// <summary>Languages the lexicon covers.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "nl", "de", "fr", "es"];

    /// <summary>Every lexicon entry, in file order.</summary>
    public static IReadOnlyList<LayTermEntry> All => Entries.Value;

    /// <summary>Related preferred-term pairs, in file order (the relation is symmetric).</summary>
    public static IReadOnlyList<(string Term, string Related)> Related => Pairs.Value;

    /// <summary>
    /// Curated clinical abbreviations (PTSD, RLS, GERD, DVT, UTI, MI, ADHD, OCD, COPD, IBS...) and the preferred term each
    /// stands for, in file order. Only abbreviations with one dominant meaning in drug-safety text are listed.
    /// </summary>
    public static IReadOnlyList<(string Abbreviation, string PreferredTerm)> Abbreviations => Abbreviated.Value;

    /// <summary>Parses lexicon text (tab-separated phrase, language, PT; '#' comment lines and blank lines skipped).</summary>
    /// <param name="reader">The text.</param>
    /// <returns>The entries; lines without three fields are skipped.</returns>
    public static IReadOnlyList<LayTermEntry> Parse(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<LayTermEntry>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length >= 3 && f[0].Length > 0 && f[2].Length > 0)
            {
                list.Add(new LayTermEntry(f[0].Trim(), f[1].Trim(), f[2].Trim()));
            }
        }

        return list;
    }

    private static IReadOnlyList<LayTermEntry> LoadEntries()
    {
        using var reader = OpenResource("Causa.Core.Vocabulary.lay_terms.tsv");
        return Parse(reader);
    }

    /// <summary>The two-column rows of an embedded TSV resource; blank lines and <c>#</c> comments are skipped.</summary>
    private static IReadOnlyList<(string, string)> LoadPairs(string resource)
    {
        using var reader = OpenResource(resource);
        var pairs = new List<(string, string)>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (line.Length > 0 && line[0] != '#' && f.Length >= 2)
            {
                pairs.Add((f[0].Trim(), f[1].Trim()));
            }
        }

        return pairs;
    }

    private static StreamReader OpenResource(string name)
    {
        var stream = typeof(LayTermLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} missing from {Assembly.GetExecutingAssembly().GetName().Name}: the build is broken.");
        return new StreamReader(stream);
    }
}
