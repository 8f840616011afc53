namespace Causa.Core.Storage;

/// <summary>A reason for use reported on a case (FAERS INDI).</summary>
/// <param name="DrugName">The drug it was given for, verbatim.</param>
/// <param name="Term">The indication MedDRA preferred term.</param>
public sealed record CaseIndication(string DrugName, string Term);
