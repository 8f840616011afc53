namespace Causa.Core.Ingest;

/// <summary>One REAC row: a MedDRA preferred term reported for a report.</summary>
/// <param name="PrimaryId">Report id (legacy: <c>isr</c>).</param>
/// <param name="PreferredTerm">The PT as reported, trimmed.</param>
public readonly record struct ReactionRow(long PrimaryId, string PreferredTerm);
