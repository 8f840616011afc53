namespace Causa.Core.Sources;

/// <summary>A drug column of a count table with its total.</summary>
/// <param name="Drug">The column as the table names it.</param>
/// <param name="Ingredient">Canonical ingredient of the column.</param>
/// <param name="Total">Column total in the table's unit (a + b); 0 when the table does not give it.</param>
public sealed record CountDrug(string Drug, string Ingredient, long Total);
