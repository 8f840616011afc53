namespace Causa.Core.Query;

/// <summary>A drug ingredient or an event term with the number of profiled cases that report it.</summary>
/// <param name="Name">Ingredient or MedDRA preferred term, as the store names it.</param>
/// <param name="Cases">Cases, each counted once.</param>
public sealed record NamedCount(string Name, int Cases);
