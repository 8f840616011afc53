namespace Causa.Core.Query;

/// <summary>Disproportionality of a drug–event pair by year of first receipt, per year and cumulative: whether an
/// association emerged, grew or faded. Property names are the JSON keys.</summary>
/// <param name="Drug">The ingredient, or a class's label.</param>
/// <param name="Event">The MedDRA preferred term.</param>
/// <param name="Roles">"suspect" or "all".</param>
/// <param name="Years">From the first year with a case of the drug to the last year in the store, ascending.</param>
/// <param name="CasesWithoutYear">Cases with the drug and the event whose first receipt date is unknown (legacy AERS
/// follow-ups, for example): in no year, not guessed.</param>
/// <param name="Note">How to read it: counts follow reporting, which changes over time (publicity, label changes,
/// litigation), so a rise is not a rise in incidence.</param>
public sealed record TrendAnswer(string Drug, string Event, string Roles, IReadOnlyList<TrendYear> Years, int CasesWithoutYear, string Note);
