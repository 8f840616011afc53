using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>
/// Turns one reported drug entry (FAERS <c>drugname</c> plus optional <c>prod_ai</c>) into active ingredients.
/// The case store calls it once per distinct entry, so a store can be re-resolved with a better resolver
/// without re-reading the quarterly files.
/// </summary>
/// <remarks>Implementations must be deterministic and thread-safe for concurrent <see cref="Resolve"/> calls.</remarks>
public interface IDrugNameResolver
{
    /// <summary>Resolves a reported drug entry.</summary>
    /// <param name="drugName">Verbatim drug name as reported (any case, may include strength and dose form); may be empty.</param>
    /// <param name="prodAi">FDA's coded active ingredient(s) when present (2014Q3 on), else null.</param>
    /// <returns>Canonical ingredient names (upper case, salt-free, e.g. "MIRTAZAPINE"), possibly several for a
    /// combination product, or none with <see cref="DrugResolutionKind.NonDrug"/> / <see cref="DrugResolutionKind.Unresolved"/>.</returns>
    DrugResolution Resolve(string drugName, string? prodAi);
}
