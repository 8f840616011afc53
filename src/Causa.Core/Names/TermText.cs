using System.Collections.Frozen;
using System.Text;

namespace Causa.Core.Names;

/// <summary>Normalisation of event wordings for matching: case, accents, punctuation, filler words and simple inflection.</summary>
public static class TermText
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
        "au", "aux", "a", "im", "am", "zum", "zur", "zo", "se", "que", "qui", "s", "ai",
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

                // The elided article or pronoun itself ("l", "d", "j", "qu") is dropped, so single letters that name a
                // condition ("vitamin D", "hepatitis C") stay content words.
                var elided = sb.Length - wordStart;
                if (elided == 1 || (elided == 2 && sb[^2] == 'q'))
                {
                    sb.Length = wordStart > 0 ? wordStart - 1 : 0;
                    space = sb.Length > 0;
                }
                else
                {
                    space = space || elided == 0;
                }

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

        return FoldSpellings(sb.ToString());
    }

    /// <summary>
    /// Brings British and American spellings of medical words to one form, by rule rather than by word list:
    /// "aem" → "em" (anaemia, ischaemic, haemorrhage, leukaemia), "ae" between consonants → "e" (anaesthesia, paediatric),
    /// a leading "oe" → "e" (oedema, oesophagitis, oestrogen), "ooe" → "oe" (gastrooesophageal), "oedem" after a consonant →
    /// "edem" (lymphoedema), "rrhoe/pnoe" →
    /// "rrhe/pne" (diarrhoea, dyspnoea), "coeli/foet" → "celi/fet", "-our(s)" → "-or(s)" in words of 6+ letters (tumour,
    /// behaviour), "sulph" → "sulf", "-isation/-ised/-ising" → "-ization/-ized/-izing", "-yse(d)" → "-yze(d)",
    /// "-tre/-bre" → "-ter/-ber" (centre, fibre).
    /// </summary>
    /// <param name="normalized">Lower-case words separated by single spaces.</param>
    /// <returns>The same words with each spelling folded; MedDRA's own (British) terms fold the same way, so both meet.</returns>
    public static string FoldSpellings(string normalized)
    {
        if (normalized.Length == 0)
        {
            return normalized;
        }

        var words = normalized.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            words[i] = FoldWord(words[i]);
        }

        return string.Join(' ', words);
    }

    private static string FoldWord(string word)
    {
        if (word.Length < 4 || !word.Any(char.IsAsciiLetter))
        {
            return word;
        }

        var w = word;
        foreach (var (from, to) in InnerSpellings)
        {
            if (w.Contains(from, StringComparison.Ordinal))
            {
                w = w.Replace(from, to, StringComparison.Ordinal);
            }
        }

        // A leading "oe" (oedema, oesophagitis, oestrogen) and "oedem" after a consonant (lymphoedema) are the British "e";
        // "oe" after a vowel or inside US compounds (angioedema, gastroesophageal) is two letters of the word and stays.
        if (w.StartsWith("oe", StringComparison.Ordinal))
        {
            w = w[1..];
        }

        var oedema = w.IndexOf("oedem", StringComparison.Ordinal);
        if (oedema > 0 && IsConsonant(w[oedema - 1]))
        {
            w = w.Remove(oedema, 1);
        }

        if (w.Contains("ae", StringComparison.Ordinal))
        {
            var sb = new StringBuilder(w.Length);
            for (var k = 0; k < w.Length; k++)
            {
                // "ae" after a consonant and before a consonant (anaesthesia, paediatric); a leading "ae" (aerosol) stays.
                if (w[k] == 'a' && k > 0 && k + 2 < w.Length && w[k + 1] == 'e' && IsConsonant(w[k - 1]) && IsConsonant(w[k + 2]))
                {
                    continue;
                }

                sb.Append(w[k]);
            }

            w = sb.ToString();
        }

        foreach (var (from, to) in EndSpellings)
        {
            if (w.Length >= 6 && w.EndsWith(from, StringComparison.Ordinal))
            {
                return w[..^from.Length] + to;
            }
        }

        return w;
    }

    private static bool IsConsonant(char c) => char.IsAsciiLetterLower(c) && c is not ('a' or 'e' or 'i' or 'o' or 'u' or 'y');

    // Order matters: "aem" before the general "ae" rule; every pair shortens or keeps the word, so folding is idempotent.
    private static readonly (string From, string To)[] InnerSpellings =
    [
        ("aem", "em"), ("ooe", "oe"), ("rrhoe", "rrhe"), ("pnoe", "pne"),
        ("coeli", "celi"), ("foet", "fet"), ("sulph", "sulf"), ("isation", "ization"),
    ];

    private static readonly (string From, string To)[] EndSpellings =
    [
        ("ours", "ors"), ("our", "or"), ("ised", "ized"), ("ising", "izing"), ("ysed", "yzed"), ("yse", "yze"), ("tre", "ter"),
        ("bre", "ber"), ("tres", "ters"), ("bres", "bers"),
    ];

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
