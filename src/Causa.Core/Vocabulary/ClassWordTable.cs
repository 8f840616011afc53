using Causa.Core.Names;

namespace Causa.Core.Vocabulary;

/// <summary>
/// Causa's bundled drug-class words (Vocabulary/Resources/class_words.tsv: antidepressants, SSRIs, statins, NSAIDs, … in
/// English, Dutch, German, French and Spanish) and the class definitions they point to (drug_classes.tsv: a DrugCentral
/// class by exact name and type, and/or an explicit ingredient list following a WHO ATC group).
/// </summary>
/// <remarks>
/// A word matches only as a whole phrase, compared after <see cref="TermText.Normalize"/> (case, accents, punctuation):
/// "stat" is not "statins" and "food" is not "Food Additives". A class's members are the union of its definition rows;
/// resolving DrugCentral class rows to ingredients is the vocabulary's job (its <see cref="DrugClass"/> list). Immutable;
/// thread-safe. A broken embedded table is a build defect and throws <see cref="InvalidOperationException"/>.
/// </remarks>
public static class ClassWordTable
{
    // Two tables loaded apart: whether words name a class (every `ask` checks its drug words) needs only the words; the
    // definitions are read when a class is named. Plain dictionaries: freezing them cost more than the lookups.
    private static readonly Lazy<WordTable> WordData = new(LoadWords);
    private static readonly Lazy<DefinitionTable> DefinitionData = new(LoadDefinitions);

    /// <summary>Every class word, in file order.</summary>
    public static IReadOnlyList<ClassWord> Words => WordData.Value.Words;

    /// <summary>Every class-definition row, in file order.</summary>
    public static IReadOnlyList<ClassDefinition> Definitions => DefinitionData.Value.Definitions;

    /// <summary>The class key a whole phrase names ("SSRI's", "statines", "bêtabloquants"), or null.</summary>
    /// <param name="phrase">The words as typed.</param>
    /// <returns>The class key; null for empty text and for any phrase that is not listed in full.</returns>
    public static string? Find(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var key = TermText.Normalize(phrase);
        return key.Length > 0 && WordData.Value.ByWord.TryGetValue(key, out var classKey) ? classKey : null;
    }

    /// <summary>The definition rows of one class, in file order.</summary>
    /// <param name="classKey">A class key, e.g. "ssri".</param>
    /// <returns>The rows; empty for an unknown key.</returns>
    public static IReadOnlyList<ClassDefinition> DefinitionsOf(string classKey)
    {
        ArgumentNullException.ThrowIfNull(classKey);
        return DefinitionData.Value.ByClass.TryGetValue(classKey, out var rows) ? rows : [];
    }

    /// <summary>Parses class-word text (tab-separated: word, language, class key).</summary>
    /// <param name="reader">The table text; '#' comment lines, blank lines and the column-header line are skipped.</param>
    /// <returns>The rows, and one message per line that was refused.</returns>
    public static CuratedTableRead<ClassWord> ParseWords(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<ClassWord>();
        var errors = new List<string>();
        foreach (var (number, f) in CuratedTableText.DataRows(reader, "word"))
        {
            if (f.Length < 3 || f[0].Length == 0 || f[1].Length == 0 || f[2].Length == 0)
            {
                errors.Add($"line {number}: expected word, language and class key");
                continue;
            }

            rows.Add(new ClassWord(f[0], f[1], f[2]));
        }

        return new CuratedTableRead<ClassWord>(rows, errors);
    }

    /// <summary>
    /// Parses class-definition text (tab-separated: class key, display name, definition, value, class type, source
    /// organisation, source title, source URL). For definition "drugcentral" the value is a class name; for "members" a
    /// comma-separated ingredient list.
    /// </summary>
    /// <param name="reader">The table text; '#' comment lines, blank lines and the column-header line are skipped.</param>
    /// <returns>The rows, and one message per line that was refused.</returns>
    public static CuratedTableRead<ClassDefinition> ParseDefinitions(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var rows = new List<ClassDefinition>();
        var errors = new List<string>();
        foreach (var (number, f) in CuratedTableText.DataRows(reader, "class_key"))
        {
            if (f.Length < 8 || f.Take(8).Any(static x => x.Length == 0))
            {
                errors.Add($"line {number}: expected 8 non-empty tab-separated fields");
                continue;
            }

            var source = new CuratedSource(f[5], f[6], f[7]);
            switch (f[2])
            {
                case "drugcentral":
                    rows.Add(new ClassDefinition(f[0], f[1], ClassDefinitionKind.DrugCentral, f[3], f[4], [], source));
                    break;
                case "members":
                    string[] members = [.. f[3].Split(',').Select(static m => m.Trim()).Where(static m => m.Length > 0)];
                    rows.Add(new ClassDefinition(f[0], f[1], ClassDefinitionKind.Members, null, f[4], members, source));
                    break;
                default:
                    errors.Add($"line {number}: definition '{f[2]}' is not drugcentral or members");
                    break;
            }
        }

        return new CuratedTableRead<ClassDefinition>(rows, errors);
    }

    private static WordTable LoadWords()
    {
        var words = CuratedTableText.LoadResource("Causa.Core.Vocabulary.class_words.tsv", ParseWords);
        var byWord = new Dictionary<string, string>(words.Count, StringComparer.Ordinal);
        foreach (var w in words)
        {
            // The first row for a phrase wins; the table test refuses a phrase that names two classes.
            byWord.TryAdd(TermText.Normalize(w.Word), w.ClassKey);
        }

        return new WordTable(words, byWord);
    }

    private static DefinitionTable LoadDefinitions()
    {
        var definitions = CuratedTableText.LoadResource("Causa.Core.Vocabulary.drug_classes.tsv", ParseDefinitions);
        var byClass = new Dictionary<string, List<ClassDefinition>>(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            if (!byClass.TryGetValue(d.ClassKey, out var rows))
            {
                byClass[d.ClassKey] = rows = [];
            }

            rows.Add(d);
        }

        var readOnly = new Dictionary<string, IReadOnlyList<ClassDefinition>>(byClass.Count, StringComparer.Ordinal);
        foreach (var (key, rows) in byClass)
        {
            readOnly[key] = rows.ToArray();
        }

        return new DefinitionTable(definitions, readOnly);
    }

    private sealed record WordTable(IReadOnlyList<ClassWord> Words, Dictionary<string, string> ByWord);

    private sealed record DefinitionTable(IReadOnlyList<ClassDefinition> Definitions, Dictionary<string, IReadOnlyList<ClassDefinition>> ByClass);
}
