using Causa.Core.Names;

namespace Causa.Core.Storage;

/// <summary>The dictionaries of a case store: ingredient and term names with their ids, and the learned drug-name pairs.</summary>
/// <remarks>Ids are dense (0..count−1) and stable for the life of one opened store (one generation); they are not stable
/// across ingests. Implementations are thread-safe for reads.</remarks>
public interface IStoreDictionaries
{
    /// <summary>Canonical ingredient names, sorted ordinally; the index is the ingredient id.</summary>
    IReadOnlyList<string> Ingredients { get; }

    /// <summary>MedDRA preferred terms (events and indications), sorted by their upper-case form; the index is the term id.</summary>
    IReadOnlyList<string> Terms { get; }

    /// <summary>Finds an ingredient by canonical name, case-insensitively, ignoring surrounding blanks; null when absent.</summary>
    int? FindIngredient(string name);

    /// <summary>Finds a term by its text, case-insensitively, ignoring surrounding blanks; null when absent.</summary>
    int? FindTerm(string text);

    /// <summary>Name pairs (drug name with coded ingredient) and their DRUG-row counts over kept cases: the learned brand map's input.</summary>
    /// <returns>One pair per distinct (drug name, <c>prod_ai</c>) with a coded ingredient, ordered by drug name then <c>prod_ai</c> (ordinal).</returns>
    IReadOnlyList<LearnedNamePair> LearnedNamePairs();
}
