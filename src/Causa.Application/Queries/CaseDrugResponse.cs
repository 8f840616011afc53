namespace Causa.Application.Queries;

/// <summary>One drug of a case.</summary>
/// <param name="Drugname">The verbatim reported name.</param>
/// <param name="ProdAi">The reported active ingredient; null when not given.</param>
/// <param name="Role">PS, SS, C or I.</param>
/// <param name="Ingredients">What it resolved to.</param>
/// <param name="Resolution">How it was resolved.</param>
public sealed record CaseDrugResponse(string Drugname, string? ProdAi, string Role, IReadOnlyList<string> Ingredients, Core.Names.DrugResolutionKind Resolution);
