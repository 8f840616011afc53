namespace Causa.Core.Names;

/// <summary>How a drug name was resolved: shown to users as the reason for a match.</summary>
public enum DrugResolutionKind : byte
{
    /// <summary>No ingredient found.</summary>
    Unresolved = 0,

    /// <summary>FDA's coded active ingredient field (<c>prod_ai</c>) was used.</summary>
    ActiveIngredientField = 1,

    /// <summary>The cleaned name is itself an ingredient.</summary>
    Exact = 2,

    /// <summary>A brand (trade) name mapped to its ingredients.</summary>
    Brand = 3,

    /// <summary>A salt or ester form mapped to its active moiety (e.g. trazodone hydrochloride).</summary>
    Salt = 4,

    /// <summary>A misspelling within a small edit distance of a known name.</summary>
    Misspelling = 5,

    /// <summary>A combination product split into its ingredients.</summary>
    Combination = 6,

    /// <summary>Recognised as not a drug (UNKNOWN, PLACEBO, VITAMINS...).</summary>
    NonDrug = 7,

    /// <summary>An international or regional name of an ingredient mapped to Causa's canonical (US) name (paracetamol → acetaminophen).</summary>
    Synonym = 8,

    /// <summary>Several ingredients match equally well; the caller should choose (see the resolver's alternatives).</summary>
    Ambiguous = 9,

    /// <summary>
    /// A guess from the name's shape, not from any source: a single unknown word ending in an INN stem of new substances
    /// (-MAB, -TINIB...) taken as that ingredient itself, with low confidence.
    /// </summary>
    Guess = 10,
}
