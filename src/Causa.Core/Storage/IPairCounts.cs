using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// Unique-case counts for 2×2 tables: how many kept cases report a drug (in a role), an event, or both. Every count is
/// of cases, never of rows: a case listing a drug twice or an event twice counts once.
/// </summary>
/// <remarks>Ingredient and term ids are those of <see cref="IStoreDictionaries"/>; an id out of range throws
/// <see cref="ArgumentOutOfRangeException"/>. Implementations are thread-safe for reads.</remarks>
public interface IPairCounts
{
    /// <summary>Number of kept (deduplicated, not deleted) cases: the N of every 2×2 table.</summary>
    int CaseCount { get; }

    /// <summary>Cases that list the ingredient in a role matching <paramref name="roles"/>.</summary>
    int DrugCaseCount(int ingredientId, RoleFilter roles);

    /// <summary>Cases that report the term as an event.</summary>
    int EventCaseCount(int termId);

    /// <summary>Cases that list the ingredient (in a role matching <paramref name="roles"/>) and report the term as an event: cell a.</summary>
    int PairCaseCount(int ingredientId, int termId, RoleFilter roles);

    /// <summary>
    /// For the cases listing any of <paramref name="ingredientIds"/> in a role matching <paramref name="roles"/>: how many
    /// there are, and how many of them report each term.
    /// </summary>
    /// <param name="ingredientIds">Ingredient ids; a case listing several of them counts once; empty gives zero cases.</param>
    /// <param name="roles">Drug roles counted.</param>
    EventCounts EventCountsForDrugs(IReadOnlyCollection<int> ingredientIds, RoleFilter roles);

    /// <summary>For the cases reporting the term: how many list each ingredient in a role matching <paramref name="roles"/>.</summary>
    /// <returns>One count per ingredient id (length = number of ingredients).</returns>
    int[] DrugCountsForEvent(int termId, RoleFilter roles);

    /// <summary>Number of cases on which the ingredient (any role) was given for the term, per FAERS INDI.</summary>
    int IndicationCaseCount(int ingredientId, int termId);
}
