using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// Case-level facts for profiles of a set of cases (who reports, since when, how serious, how soon after starting, with
/// what else): the cases' demographic and report facts, the therapy start of their drugs, and what else they report.
/// </summary>
/// <remarks>Case indices run 0..<see cref="IPairCounts.CaseCount"/>−1, as in <see cref="ICaseIndex"/>. Every member works
/// in bulk over a span of cases, so a store looks its columns up once per call rather than once per case (a profile
/// walks tens of thousands of cases). Implementations are thread-safe for reads and allocate nothing per call beyond
/// what the caller passes in and pooled scratch space.</remarks>
public interface ICaseDetails
{
    /// <summary>The facts of each case of <paramref name="caseIndexes"/>, written to <paramref name="facts"/> in the same order.</summary>
    /// <param name="caseIndexes">Case indices (any order).</param>
    /// <param name="facts">At least as long as <paramref name="caseIndexes"/>.</param>
    void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts);

    /// <summary>Some of the facts of each case of <paramref name="caseIndexes"/>, written to <paramref name="facts"/> in the
    /// same order; the facts not in <paramref name="columns"/> are left at their default values (0, null, NaN for
    /// <see cref="CaseFacts.AgeYears"/>), and a store does not read their columns.</summary>
    /// <param name="caseIndexes">Case indices (any order).</param>
    /// <param name="facts">At least as long as <paramref name="caseIndexes"/>.</param>
    /// <param name="columns">The facts to read.</param>
    void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts, CaseFactColumns columns);

    /// <summary>
    /// The therapy start (THER <c>start_dt</c> of the matching <c>dsg_drug_seq</c>) of each case's drugs that resolve to
    /// one of <paramref name="ingredientIds"/> in a role matching <paramref name="roles"/>: the earliest complete date,
    /// else the earliest partial one; <see cref="PartialDate.None"/> when none has a start. Written to
    /// <paramref name="starts"/> in the order of <paramref name="caseIndexes"/>.
    /// </summary>
    /// <param name="caseIndexes">Case indices (any order).</param>
    /// <param name="ingredientIds">Ingredient ids, ascending.</param>
    /// <param name="roles">Drug roles considered.</param>
    /// <param name="starts">At least as long as <paramref name="caseIndexes"/>.</param>
    void GetTherapyStarts(ReadOnlySpan<int> caseIndexes, ReadOnlySpan<int> ingredientIds, RoleFilter roles, Span<PartialDate> starts);

    /// <summary>Adds one to <paramref name="counts"/>[id] for each distinct ingredient id of each case's drugs (any role):
    /// a case that lists an ingredient twice counts once.</summary>
    /// <param name="caseIndexes">Distinct case indices (any order).</param>
    /// <param name="counts">Indexed by ingredient id; at least as long as the store's ingredient list.</param>
    void CountIngredients(ReadOnlySpan<int> caseIndexes, Span<int> counts);

    /// <summary>Adds one to <paramref name="counts"/>[id] for each distinct event term id of each case.</summary>
    /// <param name="caseIndexes">Distinct case indices (any order).</param>
    /// <param name="counts">Indexed by term id; at least as long as the store's term list.</param>
    void CountEvents(ReadOnlySpan<int> caseIndexes, Span<int> counts);
}
