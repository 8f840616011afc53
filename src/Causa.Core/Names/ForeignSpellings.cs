namespace Causa.Core.Names;

/// <summary>
/// Candidate English (INN/USAN) spellings of an ingredient name written in Dutch, German, French or Spanish, by rule:
/// endings (-INE/-IN, -INA, -ONA/-ON, -IDA, -ATO/-AT, -OLO, -CILINA), F for PH, acid names (…ZUUR, …SÄURE,
/// ACIDE …IQUE, ÁCIDO …ICO → …IC ACID) and the species glued before the substance (HUMANALBUMIN → ALBUMIN). The caller keeps only candidates that are known ingredients.
/// </summary>
/// <remarks>Pure; thread-safe. Works on cleaned upper-case text (accents already folded: SÄURE arrives as SAURE).</remarks>
internal static class ForeignSpellings
{
    private static readonly (string From, string To)[] Endings =
    [
        ("CILLINE", "CILLIN"), ("CILINA", "CILLIN"), ("CILINE", "CILLIN"), ("INE", "IN"), ("IN", "INE"), ("INA", "INE"),
        ("INA", "IN"), ("ONA", "ONE"), ("ON", "ONE"), ("IDA", "IDE"), ("ATO", "ATE"), ("AT", "ATE"), ("OLO", "OL"), ("ICO", "IC"),
        ("ILO", "IL"), ("ANO", "AN"), ("E", ""), ("A", ""), ("O", ""),
    ];

    private const string GluedHuman = "HUMAN";

    /// <summary>Candidate spellings, most specific first; may be empty.</summary>
    /// <param name="cleaned">A cleaned name (upper case, single spaces).</param>
    public static IEnumerable<string> Candidates(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        var acid = AcidName(cleaned);
        if (acid is not null)
        {
            yield return acid;
        }

        if (cleaned.Length < 6 || cleaned.Contains(' ', StringComparison.Ordinal))
        {
            yield break;
        }

        // German and Dutch glue the species to the substance (HUMANALBUMIN, HUMANINSULIN); the species word itself is
        // dropped wherever it stands (DrugNameCleaner), so the rest is the name.
        if (cleaned.Length >= GluedHuman.Length + 6 && cleaned.StartsWith(GluedHuman, StringComparison.Ordinal))
        {
            yield return cleaned[GluedHuman.Length..];
        }

        foreach (var (from, to) in Endings)
        {
            if (cleaned.Length - from.Length >= 4 && cleaned.EndsWith(from, StringComparison.Ordinal))
            {
                var candidate = cleaned[..^from.Length] + to;
                yield return candidate;
                if (candidate.Contains('F', StringComparison.Ordinal))
                {
                    // Spanish, Italian and Dutch write F for PH (MORFINA, EFEDRINE).
                    yield return candidate.Replace("F", "PH", StringComparison.Ordinal);
                }

                if (candidate.Contains('K', StringComparison.Ordinal))
                {
                    // German and Dutch write K for C (KODEIN, KLONAZEPAM).
                    yield return candidate.Replace("K", "C", StringComparison.Ordinal);
                }
            }
        }
    }

    // "VALPROINEZUUR", "ACETYLSALICYLZUUR", "FOLSAURE", "ACIDE VALPROIQUE", "ACIDO FOLICO" → "VALPROIC ACID" etc.
    private static string? AcidName(string cleaned)
    {
        var words = cleaned.Split(' ');
        if (words.Length == 1)
        {
            foreach (var suffix in (ReadOnlySpan<string>)["INEZUUR", "INESAURE", "INSAURE", "ZUUR", "SAURE"])
            {
                if (cleaned.Length - suffix.Length >= 3 && cleaned.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return cleaned[..^suffix.Length] + "IC ACID";
                }
            }

            return null;
        }

        if (words.Length == 2 && words[0] is "ACIDE" or "ACIDO" or "ACIDUM")
        {
            var stem = words[1];
            foreach (var suffix in (ReadOnlySpan<string>)["IQUE", "ICO", "ICUM"])
            {
                if (stem.Length - suffix.Length >= 3 && stem.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return stem[..^suffix.Length] + "IC ACID";
                }
            }
        }

        return null;
    }
}
