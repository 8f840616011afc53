using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>"Can DRUG cause EVENT?": the names as the user typed them.</summary>
/// <param name="Drug">Ingredient, brand, salt or misspelt name, any case.</param>
/// <param name="Event">A MedDRA preferred term or everyday words.</param>
/// <param name="Roles">Drug roles counted.</param>
public sealed record AskRequest(string Drug, string Event, RoleFilter Roles = RoleFilter.Suspect);
