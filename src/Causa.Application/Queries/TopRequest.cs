using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>The strongest pairs for a drug, for an event, or for a drug class (optionally with an event).</summary>
/// <param name="Drug">A drug (alone); null or blank when not given.</param>
/// <param name="Event">An event (alone, or with <paramref name="Class"/>).</param>
/// <param name="Class">A drug class (alone, or with <paramref name="Event"/>).</param>
/// <param name="MinCount">Only pairs with at least this many cases; at least 1.</param>
/// <param name="Limit">How many rows; at least 1.</param>
/// <param name="Roles">Drug roles counted.</param>
public sealed record TopRequest(string? Drug, string? Event, string? Class, int MinCount = 3, int Limit = 20, RoleFilter Roles = RoleFilter.Suspect);
