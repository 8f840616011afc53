using System.Text.Json;

namespace Causa.Core.Vocabulary.Sources;

/// <summary>
/// Reads ChEMBL drug records as Open Targets publishes them (JSON Lines: one object per line, the record under
/// <c>_source</c> or at the top level, with <c>pref_name</c>, <c>trade_names</c> and <c>synonyms</c>): each trade name with
/// the molecules that list it, and each synonym with its one molecule. National and foreign brands (Berkfurin, Furadantin,
/// Macrodantin for nitrofurantoin) that no US or EU list holds, and the development codes investigational drugs are
/// reported by (REGN3767 for fianlimab), come from here. ChEMBL data are CC BY-SA 3.0: imported by the user, never bundled.
/// </summary>
/// <remarks>
/// <para>A trade name listed under several molecules of the file is a combination of them (every molecule's record lists
/// it). Trade names holding a digit are development or pack codes, not names a reporter writes for the product, and are
/// skipped. The source ranks last among brand sources (<see cref="VocabularySource.ChEmbl"/>), so a name any other source
/// knows keeps that source's ingredients.</para>
/// <para>A synonym names its record's molecule: one listed under several molecules says nothing and is skipped (unlike a
/// trade name, it is no combination), and so is one that is also a trade name of the file. A synonym holding a digit is a
/// development code; it is kept only when written as one word (<c>REGN3767</c>), because cleaning reduces a code written
/// with a hyphen or space (<c>REGN-3767</c>) to its letters, which would name nothing. A synonym that cleans to a known
/// ingredient (<c>Metoprolol Succinate</c>) stays that ingredient (<see cref="VocabularyBuilder"/> precedence). The synonyms
/// of a molecule named by a code (<c>GSK-1292263</c>) are other codes and are not read.</para>
/// </remarks>
public static class ChemblDrugReader
{
    /// <summary>True when the first line is a JSON object with ChEMBL's <c>pref_name</c> and <c>trade_names</c> fields.</summary>
    /// <param name="firstLine">First line of the file.</param>
    public static bool Recognises(string firstLine) =>
        firstLine is not null && firstLine.TrimStart().StartsWith('{') &&
        firstLine.Contains("\"pref_name\"", StringComparison.Ordinal) &&
        firstLine.Contains("\"trade_names\"", StringComparison.Ordinal);

    /// <summary>Adds every trade name with its molecules to the builder.</summary>
    /// <param name="reader">The file, at its first line.</param>
    /// <param name="fileName">Name for messages.</param>
    /// <param name="builder">Receives the names.</param>
    /// <returns>Rows (records) read, rejected (malformed JSON) and skipped (no preferred name or no usable trade name), with reasons.</returns>
    public static VocabularyImportResult Read(TextReader reader, string fileName, VocabularyBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(builder);
        var molecules = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var synonyms = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        var spelling = new Dictionary<string, string>(StringComparer.Ordinal);
        var tally = JsonLinesRows.Read(reader, fileName, line => ReadRecord(line, molecules, synonyms, spelling));

        // A trade name's molecules are known only once every record is read: the names go in after the whole file.
        if (tally.Rows > 0)
        {
            foreach (var (key, set) in molecules)
            {
                builder.AddProduct(spelling[key], string.Join(';', set), VocabularySource.ChEmbl);
            }

            foreach (var (key, set) in synonyms)
            {
                if (set.Count == 1 && !molecules.ContainsKey(key))
                {
                    builder.AddProduct(spelling[key], set.Min, VocabularySource.ChEmbl);
                }
            }
        }

        return tally.Finish(fileName, VocabularySource.ChEmbl, builder);
    }

    private static (RowVerdictKind Kind, string? Reason) ReadRecord(string line, SortedDictionary<string, SortedSet<string>> molecules,
        SortedDictionary<string, SortedSet<string>> synonyms, Dictionary<string, string> spelling)
    {
        try
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (RowVerdictKind.Rejected, "not a JSON object");
            }

            var record = root.TryGetProperty("_source", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : root;
            var molecule = record.TryGetProperty("pref_name", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString()!.Trim() : "";
            if (molecule.Length == 0)
            {
                return (RowVerdictKind.Skipped, "no preferred name");
            }

            var used = 0;
            if (record.TryGetProperty("trade_names", out var names) && names.ValueKind == JsonValueKind.Array)
            {
                foreach (var n in names.EnumerateArray())
                {
                    var name = n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
                    if (name.Length < 3 || name.Any(char.IsAsciiDigit))
                    {
                        continue;
                    }

                    var key = name.ToUpperInvariant();
                    spelling.TryAdd(key, name);
                    (molecules.TryGetValue(key, out var set) ? set : molecules[key] = new SortedSet<string>(StringComparer.Ordinal)).Add(molecule);
                    used++;
                }
            }

            // A molecule named by a code ("GSK-1292263") has only other codes as synonyms, and its own name cleans to letters.
            if (!molecule.Any(char.IsAsciiDigit) && record.TryGetProperty("synonyms", out var others) && others.ValueKind == JsonValueKind.Array)
            {
                foreach (var n in others.EnumerateArray())
                {
                    var name = n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
                    if (name.Length < 3 || (name.Any(char.IsAsciiDigit) && !IsOneWordCode(name)))
                    {
                        continue;
                    }

                    var key = name.ToUpperInvariant();
                    spelling.TryAdd(key, name);
                    (synonyms.TryGetValue(key, out var set) ? set : synonyms[key] = new SortedSet<string>(StringComparer.Ordinal)).Add(molecule);
                    used++;
                }
            }

            return used == 0 ? (RowVerdictKind.Skipped, "no trade name or synonym without digits") : (RowVerdictKind.Used, null);
        }
        catch (JsonException)
        {
            return (RowVerdictKind.Rejected, "malformed JSON");
        }
    }

    // A development code written as one word, letters first and then digits ("REGN3767", "PCI32765"): the cleaner keeps
    // it whole, so it is a name a report can match.
    private static bool IsOneWordCode(string name)
    {
        var letters = 0;
        while (letters < name.Length && char.IsAsciiLetter(name[letters]))
        {
            letters++;
        }

        return letters >= 2 && letters < name.Length && name.Length >= 5 && !name.AsSpan(letters).ContainsAnyExceptInRange('0', '9');
    }
}
