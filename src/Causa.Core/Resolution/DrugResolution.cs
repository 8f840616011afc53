using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>The result of resolving one drug entry.</summary>
/// <param name="Ingredients">Canonical ingredient names, upper case, distinct, in a stable order; empty when unresolved or not a drug.</param>
/// <param name="Kind">How the match was made.</param>
/// <param name="Confidence">0–1; 1 for exact and coded matches, lower for misspellings.</param>
public sealed record DrugResolution(IReadOnlyList<string> Ingredients, DrugResolutionKind Kind, double Confidence)
{
    /// <summary>The result for an entry nothing could be made of.</summary>
    public static DrugResolution Unresolved { get; } = new([], DrugResolutionKind.Unresolved, 0);
}
