namespace Causa.Application.Queries;

/// <summary>"Can DRUG cause CONDITION, and does it help with it?" from every loaded source.</summary>
/// <param name="Drug">Ingredient or brand name.</param>
/// <param name="Condition">MedDRA term or everyday wording.</param>
public sealed record EvidenceRequest(string Drug, string Condition);
