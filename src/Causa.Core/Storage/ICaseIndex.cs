using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// Case-level access for whole-store scans (the MGPS signal scan): sorted case lists per ingredient and per term, the
/// events of each case and the fields cases are stratified by.
/// </summary>
/// <remarks>Case indices run 0..<see cref="IPairCounts.CaseCount"/>−1 in ascending case-id order. Spans stay valid while the
/// store is open. Implementations are thread-safe for reads.</remarks>
public interface ICaseIndex
{
    /// <summary>Sorted indices of the cases that list the ingredient in a role matching <paramref name="roles"/>.</summary>
    ReadOnlySpan<int> CasesWithIngredient(int ingredientId, RoleFilter roles);

    /// <summary>Sorted indices of the cases that report the term as an event.</summary>
    ReadOnlySpan<int> CasesWithTerm(int termId);

    /// <summary>Distinct event term ids of a case, ascending.</summary>
    ReadOnlySpan<int> EventsOfCase(int caseIndex);

    /// <summary>Sex of a case.</summary>
    Sex SexOf(int caseIndex);

    /// <summary>Age band of a case.</summary>
    AgeGroup AgeGroupOf(int caseIndex);

    /// <summary>Year FDA received the kept version (from <c>fda_dt</c>); 0 when unknown.</summary>
    int ReportYearOf(int caseIndex);
}
