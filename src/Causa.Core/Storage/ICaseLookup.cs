namespace Causa.Core.Storage;

/// <summary>Finds single cases by their FAERS case id.</summary>
/// <remarks>Implementations are thread-safe for reads.</remarks>
public interface ICaseLookup
{
    /// <summary>The kept version of a case, with its drugs, events and indications; null when the store does not hold it.</summary>
    CaseRecord? FindCase(long caseId);

    /// <summary>True when <paramref name="caseId"/> is on a DELETE list the store has seen.</summary>
    bool IsDeleted(long caseId);
}
