namespace Causa.Core.Resolution;

/// <summary>Why an event text matched a MedDRA preferred term; shown to users as the reason.</summary>
public enum TermMatchKind : byte
{
    /// <summary>Nothing matched; see the suggestions.</summary>
    Unresolved = 0,

    /// <summary>The text is the preferred term itself (any case, punctuation and accents ignored).</summary>
    Exact = 1,

    /// <summary>An everyday English wording from Causa's lexicon ("backache").</summary>
    LayTerm = 2,

    /// <summary>A wording in another language from Causa's lexicon ("rugpijn", "Rückenschmerzen").</summary>
    Language = 3,

    /// <summary>An imported synonym (e.g. a SIDER lowest-level term), the same site and kind of condition in other words
    /// ("kidney cancer" is Renal cancer), or a term that adds only a generic head to the words typed ("irritable bowel" is
    /// Irritable bowel syndrome).</summary>
    Synonym = 4,

    /// <summary>A misspelling within a small edit distance of a known wording.</summary>
    Misspelling = 5,

    /// <summary>Several preferred terms fit equally well; the caller should choose among the alternatives.</summary>
    Ambiguous = 6,

    /// <summary>
    /// A known wording covers only some of the text's content words ("traumatic stress" holds "stress"): never taken as
    /// the match, because a dropped word may change the meaning; the readings are offered as alternatives.
    /// </summary>
    Partial = 7,

    /// <summary>A common clinical abbreviation from Causa's curated table (PTSD, DVT, GERD...).</summary>
    Abbreviation = 8,
}
