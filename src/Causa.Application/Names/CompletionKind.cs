namespace Causa.Application.Names;

/// <summary>What a completed name is; also its rank among equally close names (lower first).</summary>
public enum CompletionKind
{
    /// <summary>An active ingredient (store or vocabulary).</summary>
    Ingredient = 0,

    /// <summary>A brand or product name from the vocabulary; <see cref="NameCompletion.Means"/> names its ingredients.</summary>
    Brand = 1,

    /// <summary>A drug class: a vocabulary class or one of Causa's class words; <see cref="NameCompletion.Means"/> names the class.</summary>
    Class = 2,

    /// <summary>A MedDRA preferred term (store, evidence sources or lexicon).</summary>
    Term = 3,

    /// <summary>A lay wording from Causa's lexicon; <see cref="NameCompletion.Means"/> is its preferred term.</summary>
    LayWord = 4,
}
