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

    // Common words of the five languages that name no condition: negations, pronouns, question words, quantities, time
    // words and everyday verbs. A wording made only of these and filler words ("feel nothing") is matched whole, never by
    // its content alone ("nothing"), and such words are never read as misspellings of a condition ("never" is not fever,
    // "nichts" is not Gicht). Normalised spelling (lower case, no accents, no apostrophes).
    private static readonly FrozenSet<string> Common = FrozenSet.ToFrozenSet(
    [
        "nothing", "something", "anything", "everything", "nobody", "somebody", "anybody", "everybody", "none", "no", "not", "never",
        "ever", "can", "cant", "cannot", "will", "wont", "would", "could", "should", "does", "doesnt", "did", "didnt", "do", "dont",
        "make", "makes", "made", "making", "take", "takes", "took", "taking", "help", "helps", "helped", "good", "well", "better",
        "best", "worse", "more", "less", "most", "much", "many", "too", "also", "just", "only", "still", "again", "now", "then",
        "when", "what", "which", "who", "why", "how", "where", "there", "here", "this", "that", "these", "those", "it", "its",
        "you", "your", "he", "she", "they", "them", "we", "us", "our", "his", "her", "him", "for", "to", "at", "by", "about",
        "after", "before", "over", "under", "out", "up", "off", "into", "than", "but", "or", "if", "because", "while", "day",
        "days", "week", "weeks", "month", "months", "year", "years", "people", "thing", "things", "way", "work", "works",
        "like", "want", "need", "know", "think", "go", "going", "come", "new", "old", "first", "long", "any", "every", "other",
        "same", "should", "may", "might", "must", "be", "being", "were", "yes", "all", "at", "anymore", "enough", "quite", "lately",
        "niets", "niks", "iets", "alles", "nooit", "altijd", "niet", "geen", "wel", "ook", "nog", "maar", "als", "dan", "wat",
        "wie", "waarom", "hoe", "waar", "er", "dit", "dat", "deze", "die", "voor", "met", "door", "over", "na", "naar", "bij",
        "om", "te", "tegen", "kan", "kunnen", "wordt", "word", "worden", "helpt", "maakt", "goed", "beter", "meer", "minder",
        "dag", "week", "jaar", "mensen", "ding", "en", "of", "is", "zijn", "nergens", "iemand", "niemand", "je", "jij", "u",
        "nichts", "etwas", "nie", "niemals", "nicht", "kein", "keine", "auch", "noch", "aber", "wenn", "dann", "was", "wer",
        "warum", "wie", "wo", "es", "dies", "diese", "dieser", "fur", "mit", "durch", "uber", "nach", "bei", "um", "zu", "gegen",
        "konnen", "wird", "werden", "hilft", "macht", "gut", "besser", "mehr", "weniger", "tag", "woche", "jahr", "leute",
        "ding", "und", "oder", "ist", "sind", "jemand", "niemand", "man", "kann", "wirkt", "werkt", "werken", "marche", "funciona",
        "rien", "quelque", "chose", "tout", "tous", "toute", "jamais", "toujours", "pas", "ne", "non", "aussi", "encore", "mais",
        "si", "quand", "quoi", "pourquoi", "comment", "ou", "il", "elle", "ce", "cette", "cet", "ces", "pour", "avec", "par",
        "sur", "sous", "apres", "avant", "peut", "peux", "fait", "faire", "aide", "bon", "bien", "mieux", "plus", "moins", "jour",
        "semaine", "annee", "gens", "et", "est", "sont", "dans", "personne",
        "nada", "algo", "todo", "todos", "nunca", "siempre", "ni", "tambien", "todavia", "pero", "cuando", "quien", "porque",
        "por", "como", "donde", "esto", "esta", "este", "eso", "esa", "ese", "para", "con", "sobre", "despues", "antes", "puede",
        "hace", "hacer", "ayuda", "bueno", "mejor", "mas", "menos", "dia", "semana", "gente", "cosa", "y", "o", "es", "son",
        "nadie", "alguien", "sirve", "servir", "otra", "otro",
        "use", "used", "uses", "using", "else", "matter", "matters", "anderes", "andere", "anders", "sert", "autre", "autres",
    ]);

    private static readonly Lazy<FrozenSet<string>> CommonStems = new(static () => Common.Select(static w => Stem(Stem(w))).ToFrozenSet(StringComparer.Ordinal));

    /// <summary>True when a normalised word is a filler or a common word of the five languages that names no condition
    /// ("nothing", "nooit", "nichts", "rien", "nada"): such a word is no evidence of a condition on its own.</summary>
    /// <param name="word">One word, normalised (<see cref="Normalize"/>) or stemmed as in <see cref="ContentKey"/>.</param>
    public static bool IsCommonWord(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Fillers.Contains(word) || Common.Contains(word) || CommonStems.Value.Contains(word);
    }

    /// <summary>True when normalised text holds at least one word that is neither a filler nor a common word: the only
    /// text that may be matched by its content words, corrected as a misspelling or searched for a wording inside.</summary>
    /// <param name="normalized">Text after <see cref="Normalize"/>.</param>
    public static bool HasUncommonWord(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        return normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(static w => !IsCommonWord(w));
    }

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

    // Verb forms read as the noun of the same meaning, on both the lexicon and the query side: "to hurt" as the pain noun
    // of its language, "to lose" as loss ("lose hair" is hair loss, "lost consciousness" loss of consciousness) and "to
    // gain" as gain ("gained weight" is weight gain), "swollen" as swelling ("swollen legs" is leg swelling).
    private static readonly FrozenDictionary<string, string> WordSynonyms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["hurts"] = "pain",
        ["hurt"] = "pain",
        ["hurting"] = "pain",
        ["duele"] = "dolor",
        ["duelen"] = "dolor",
        ["doet"] = "pijn",
        ["lose"] = "loss",
        ["loses"] = "loss",
        ["losing"] = "loss",
        ["lost"] = "loss",
        ["gained"] = "gain",
        ["gains"] = "gain",
        ["swollen"] = "swelling",
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
