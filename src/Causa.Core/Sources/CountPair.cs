namespace Causa.Core.Sources;

/// <summary>One cell of a published count table: how often a drug column and an event row occur together.</summary>
/// <param name="Drug">The drug as the table names it (a cohort such as <c>MINOXIDIL_TOPICAL</c> stays separate).</param>
/// <param name="Ingredient">Canonical ingredient of <paramref name="Drug"/>.</param>
/// <param name="Term">Event term as the table spells it.</param>
/// <param name="Count">Count in the table's unit (≥ 0).</param>
public sealed record CountPair(string Drug, string Ingredient, string Term, long Count);
