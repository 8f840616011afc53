using System.Collections.Frozen;
using System.Text;

namespace Causa.Core.Vocabulary;

/// <summary>Normalisation of event wordings for matching: case, accents, punctuation, filler words and simple inflection.</summary>
internal static class TermText
{
    // Words that carry no symptom meaning in how people phrase complaints, in the five lexicon languages.
    private static readonly FrozenSet<string> Fillers = FrozenSet.ToFrozenSet(
    [
        "i", "im", "ive", "have", "has", "had", "having", "got", "get", "getting", "a", "an", "the", "my", "me", "some", "am",
        "is", "are", "was", "been", "feel", "feeling", "feels", "felt", "very", "really", "so", "bad", "severe", "terrible",
        "constant", "lot", "lots", "of", "in", "on", "with", "and", "all", "time", "always", "since", "from", "suffering",
        "experiencing", "keep", "keeps", "bit", "little", "mild", "extreme", "awful", "horrible", "chronic", "sudden",
        "ik", "heb", "hebben", "ben", "mijn", "een", "de", "het", "veel", "erg", "last", "van", "heel", "steeds", "soms",
        "ich", "habe", "hab", "bin", "mein", "meine", "meinen", "ein", "eine", "einen", "der", "die", "das", "sehr", "starke",
        "starken", "starker", "viel", "immer", "leide", "unter", "an",
        "j", "jai", "je", "suis", "mon", "ma", "mes", "un", "une", "des", "du", "le", "la", "les", "tres", "beaucoup", "souffre",
        "tengo", "estoy", "mi", "mis", "el", "los", "las", "unos", "unas", "mucho", "mucha", "muy", "fuerte", "tener", "al", "del", "en",
        "au", "aux", "a", "im", "am", "zum", "zur", "zo", "se", "que", "qui", "l", "d", "n", "s", "c", "m", "t", "qu", "ai",
    ]);

    /// <summary>Lower case, accents removed (ß → ss), apostrophes dropped, other punctuation → space, spaces collapsed.</summary>
    public static string Normalize(string text)
    {
        var lower = text.ToLowerInvariant();
        var sb = new StringBuilder(lower.Length);
        var space = false;
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            if (c is '\'' or '’')
            {
                // French and Dutch elision ("l'appétit", "j'ai", "'s nachts") separates words; "can't" stays one word.
                var wordStart = sb.Length;
                while (wordStart > 0 && sb[wordStart - 1] != ' ')
                {
                    wordStart--;
                }

                space = space || sb.Length - wordStart <= 1 || (sb.Length - wordStart == 2 && sb[^2] == 'q');
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                if (Names.TextFolding.FoldWide(c) is { } wide)
                {
                    sb.Append(wide);
                }
                else
                {
                    sb.Append(Names.TextFolding.Fold(c));
                }

                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }

    /// <summary>Content words, stemmed and sorted: "pain in my back" and "back pains" give the same key "back pain".</summary>
    public static string ContentKey(string normalized)
    {
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Fillers.Contains(w))
            .Select(w => WordSynonyms.TryGetValue(w, out var canonical) ? canonical : w)
            .Select(w => Stem(Stem(w)))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        return string.Join(' ', words);
    }

    // Verb forms of "to hurt" read as the pain noun of the same language, on both the lexicon and the query side.
    private static readonly FrozenDictionary<string, string> WordSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hurts"] = "pain",
        ["hurt"] = "pain",
        ["hurting"] = "pain",
        ["duele"] = "dolor",
        ["duelen"] = "dolor",
        ["doet"] = "pijn",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Crude cross-language inflection stripping (plural and case endings) for words of 5+ letters.</summary>
    public static string Stem(string word)
    {
        if (word.Length < 5)
        {
            return word;
        }

        foreach (var suffix in StemSuffixes)
        {
            if (word.Length - suffix.Length >= 4 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^suffix.Length];
            }
        }

        return word;
    }

    private static readonly string[] StemSuffixes = ["ungen", "ing", "ies", "es", "en", "er", "s", "e", "n"];
}
