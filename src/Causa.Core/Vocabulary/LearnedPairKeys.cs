using System.Text;
using Causa.Core.Names;

namespace Causa.Core.Vocabulary;

/// <summary>
/// What one learned name pair teaches once its text is cleaned: the canonical ingredient set of its <c>prod_ai</c> and
/// the product keys (cleaned forms of its drug name) that vote for that set. A pure function of the pair's text under
/// this build's cleaning rules, so a store file can keep it for its drug entries and an update need not clean the names
/// of every quarter stored before.
/// </summary>
/// <remarks>The encoding is one string: empty when <c>prod_ai</c> names no ingredient; otherwise the set key (canonical
/// ingredient names in ordinal order, joined with <see cref="SetSeparator"/>), then each product key preceded by
/// <see cref="KeySeparator"/>, in the order the forms are learned (<see cref="NameStructure.LearnedForms"/>; a key
/// two forms clean to appears twice, as it votes twice).</remarks>
public static class LearnedPairKeys
{
    /// <summary>Version of the cleaning rules the encoding reflects. Stored beside kept encodings; an encoding kept
    /// under another version is not used (the pair is cleaned again). Raise it whenever <see cref="DrugNameCleaner"/>,
    /// <see cref="NameStructure.LearnedForms"/>, <see cref="NonDrugNames"/> or <see cref="IngredientSynonyms"/> change
    /// what a name cleans to (a test pins the cleaning of the shared samples' pairs to catch that).</summary>
    public const int RulesVersion = 1;

    /// <summary>Joins the canonical ingredient names of a set key.</summary>
    public const char SetSeparator = '\u001f';

    /// <summary>Precedes each product key in an encoding.</summary>
    public const char KeySeparator = '\n';

    /// <summary>The encoding of the pair (<paramref name="drugName"/>, <paramref name="prodAi"/>); see the type's remarks.</summary>
    /// <param name="drugName">Verbatim drug name.</param>
    /// <param name="prodAi">Verbatim <c>prod_ai</c>.</param>
    public static string Of(string drugName, string prodAi) => Of(drugName, prodAi, SetKeyOf(prodAi));

    /// <summary>The encoding, with the set key of <paramref name="prodAi"/> already made (<see cref="SetKeyOf"/>).</summary>
    internal static string Of(string drugName, string prodAi, string setKey)
    {
        if (setKey.Length == 0)
        {
            return string.Empty;
        }

        var encoded = new StringBuilder(setKey);
        foreach (var form in NameStructure.LearnedForms(drugName, prodAi))
        {
            var key = DrugNameCleaner.Clean(form);
            if (MayVote(key))
            {
                encoded.Append(KeySeparator).Append(key);
            }
        }

        return encoded.ToString();
    }

    /// <summary>Whether a cleaned product name may carry votes: two characters at least and not a non-drug word (a
    /// vocabulary's own filter, <see cref="VocabularyBuilder.ProductFilter"/>, applies on top).</summary>
    public static bool MayVote(string key) => key.Length >= 2 && !NonDrugNames.IsNonDrug(key);

    /// <summary>The set key of <paramref name="prodAi"/>: its canonical ingredient names joined with
    /// <see cref="SetSeparator"/>; empty when it names none.</summary>
    public static string SetKeyOf(string? prodAi) => string.Join(SetSeparator, CanonicalIngredients(prodAi));

    /// <summary>The set key of an encoding (empty for a pair that teaches nothing).</summary>
    public static ReadOnlySpan<char> SetKey(string encoded)
    {
        ArgumentNullException.ThrowIfNull(encoded);
        var end = encoded.IndexOf(KeySeparator);
        return end < 0 ? encoded : encoded.AsSpan(0, end);
    }

    /// <summary>Canonical ingredient names in <paramref name="text"/>: cleaned, non-drug words and overlong parts
    /// dropped, mapped to US names (<see cref="IngredientSynonyms"/>), distinct, in ordinal order.</summary>
    internal static List<string> CanonicalIngredients(string? text)
    {
        var result = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var part in DrugNameCleaner.SplitClean(text))
        {
            if (!NonDrugNames.IsNonDrug(part) && part.Length <= 80)
            {
                result.Add(IngredientSynonyms.Canonical(part));
            }
        }

        return [.. result];
    }
}
