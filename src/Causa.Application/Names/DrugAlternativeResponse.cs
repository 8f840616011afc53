namespace Causa.Application.Names;

/// <summary>One candidate reading of an ambiguous drug name.</summary>
/// <param name="Name">The known name it could be.</param>
/// <param name="Ingredients">That name's active ingredients.</param>
/// <param name="Distance">Edit distance from the input (0 for an exact but ambiguous name).</param>
public sealed record DrugAlternativeResponse(string Name, IReadOnlyList<string> Ingredients, int Distance);
