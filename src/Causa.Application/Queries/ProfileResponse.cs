using Causa.Core.Query;

namespace Causa.Application.Queries;

/// <summary>The answer to <see cref="ProfileRequest"/>: what was profiled and the profile. Property names are the JSON keys.</summary>
/// <param name="Drug">The ingredient profiled; null for an event alone or a class.</param>
/// <param name="Event">The MedDRA preferred term; null for a drug or class alone.</param>
/// <param name="Class">The class label and its members in the store; null unless a class was asked for.</param>
/// <param name="Roles">"suspect" or "all".</param>
/// <param name="Profile">The profile; its <c>baseline</c> is set for a pair (drug or class with an event) only.</param>
public sealed record ProfileResponse(string? Drug, string? Event, string? Class, string Roles, CaseProfile Profile);
