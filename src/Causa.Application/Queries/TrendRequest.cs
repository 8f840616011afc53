using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>The trend of a drug (or a class) with an event, by year of first receipt.</summary>
/// <param name="Drug">A drug name as typed; null or blank when a class is given.</param>
/// <param name="Event">An event as typed.</param>
/// <param name="Class">A drug class name; null or blank when a drug is given.</param>
/// <param name="Roles">Drug roles counted, as for the 2×2 table.</param>
public sealed record TrendRequest(string? Drug, string Event, string? Class = null, RoleFilter Roles = RoleFilter.Suspect);
