using Causa.Core.Model;
using Causa.Core.Names;

namespace Causa.Core.Storage;

/// <summary>A drug as listed on a kept case.</summary>
/// <param name="DrugName">Verbatim reported name.</param>
/// <param name="ProdAi">FDA's coded active ingredient, when present.</param>
/// <param name="Role">Reported role.</param>
/// <param name="Ingredients">Resolved ingredients (empty when unresolved or not a drug).</param>
/// <param name="Resolution">How the name was resolved.</param>
public sealed record CaseDrug(string DrugName, string? ProdAi, DrugRole Role, IReadOnlyList<string> Ingredients, DrugResolutionKind Resolution)
{
    /// <summary>Therapy start (THER <c>start_dt</c>); <see cref="PartialDate.None"/> when not reported.</summary>
    public PartialDate TherapyStart { get; init; }
}
