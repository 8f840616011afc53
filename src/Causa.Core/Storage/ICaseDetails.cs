using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// Case-level facts for profiles of a set of cases (who reports, since when, how serious, how soon after starting, with
/// what else): one case's demographic and report facts, the therapy start of its drugs, and its ingredients.
/// </summary>
/// <remarks>Case indices run 0..<see cref="IPairCounts.CaseCount"/>−1, as in <see cref="ICaseIndex"/>. Implementations are
/// thread-safe for reads and allocate nothing per call beyond what the caller passes in.</remarks>
public interface ICaseDetails
{
    /// <summary>The facts of each case of <paramref name="caseIndexes"/>, written to <paramref name="facts"/> in the same order.</summary>
    /// <param name="caseIndexes">Case indices (any order).</param>
    /// <param name="facts">At least as long as <paramref name="caseIndexes"/>.</param>
    /// <remarks>In bulk so a store can look its columns up once per call rather than once per case.</remarks>
    void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts);

    /// <summary>
    /// The therapy start (THER <c>start_dt</c> of the matching <c>dsg_drug_seq</c>) of the case's drugs that resolve to one
    /// of <paramref name="ingredientIds"/> in a role matching <paramref name="roles"/>: the earliest complete date, else the
    /// earliest partial one; <see cref="PartialDate.None"/> when none has a start.
    /// </summary>
    /// <param name="caseIndex">The case.</param>
    /// <param name="ingredientIds">Ingredient ids, ascending.</param>
    /// <param name="roles">Drug roles considered.</param>
    PartialDate TherapyStartOf(int caseIndex, ReadOnlySpan<int> ingredientIds, RoleFilter roles);

    /// <summary>Adds the distinct ingredient ids of the case's drugs (any role) to <paramref name="into"/>.</summary>
    void AddIngredientsOfCase(int caseIndex, ISet<int> into);
}
