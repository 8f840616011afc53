namespace Causa.Application.Queries;

/// <summary>Why one drug of a case was taken.</summary>
/// <param name="Drugname">The verbatim reported drug name.</param>
/// <param name="Term">The indication's MedDRA term.</param>
public sealed record CaseIndicationResponse(string Drugname, string Term);
