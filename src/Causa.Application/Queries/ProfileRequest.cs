using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>A profile of cases: a drug with an event (the pair), a drug alone, an event alone, or a class (alone or with
/// an event).</summary>
/// <param name="Drug">A drug name as typed; null or blank when not given.</param>
/// <param name="Event">An event as typed; null or blank when not given.</param>
/// <param name="Class">A drug class name; null or blank when not given (not with <paramref name="Drug"/>).</param>
/// <param name="Roles">Drug roles counted, as for the 2×2 table.</param>
public sealed record ProfileRequest(string? Drug, string? Event, string? Class = null, RoleFilter Roles = RoleFilter.Suspect);
