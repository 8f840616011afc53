using System.Text;

namespace Causa.Core.Names;

/// <summary>
/// A key under which the spellings of one ingredient name in English (INN/USAN), German, Dutch, French, Spanish, Italian
/// and Latin meet: PH/F, TH/T, RH/R, CH/C/K, soft C/S, Y/I and doubled letters are merged, and the endings those languages
/// add or drop (-E, -A, -O, -UM) are removed. DEXAMETASON, DEXAMETHASONE and DEXAMETASONA share a key; FUROSEMIDUM and
/// FUROSEMIDE; TRIHEXIFENIDIL and TRIHEXYPHENIDYL; DOXAZOCIN and DOXAZOSIN. PREDNISONE and PREDNISOLONE do not.
/// </summary>
/// <remarks>Pure; thread-safe. Works on cleaned upper-case text (accents already folded).</remarks>
internal static class SpellingKey
{
    /// <summary>The key of a cleaned name; names shorter than six letters get themselves (too short to merge safely).</summary>
    /// <param name="cleaned">A cleaned name (upper case, single spaces).</param>
    public static string Of(string cleaned)
    {
        ArgumentNullException.ThrowIfNull(cleaned);
        if (cleaned.Length < 6)
        {
            return cleaned;
        }

        var s = cleaned.Replace("PH", "F", StringComparison.Ordinal).Replace("TH", "T", StringComparison.Ordinal)
            .Replace("RH", "R", StringComparison.Ordinal);
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : ' ';
            var mapped = c switch
            {
                'C' when next is 'E' or 'I' or 'Y' => 'S',
                'K' or 'Q' => 'C',
                'Y' => 'I',
                _ => c,
            };
            if (c == 'H' && i > 0 && s[i - 1] == 'C')
            {
                continue;
            }

            if (sb.Length > 0 && sb[^1] == mapped && char.IsAsciiLetter(mapped))
            {
                continue;
            }

            sb.Append(mapped);
        }

        // Endings, word by word: Latin -UM (FUROSEMIDUM), then a final vowel (-E, -A, -O).
        var words = sb.ToString().Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            if (word.Length >= 7 && word.EndsWith("UM", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            if (word.Length >= 6 && word[^1] is 'E' or 'A' or 'O')
            {
                word = word[..^1];
            }

            words[w] = word;
        }

        return string.Join(' ', words);
    }
}
