namespace Causa.Core.Evidence;

/// <summary>One thing a drug is known to be used for, as an indication source says.</summary>
/// <param name="Condition">The condition as the source writes it.</param>
/// <param name="Term">The MedDRA preferred term it maps to; null when it maps to none.</param>
/// <param name="Use"><c>approved</c> or <c>off-label</c> (the help verdict the entry alone would give).</param>
/// <param name="Source">The source's name (e.g. <c>DrugCentral 2016</c>).</param>
public sealed record KnownIndication(string Condition, string? Term, string Use, string Source);
