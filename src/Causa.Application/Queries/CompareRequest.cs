using Causa.Core.Model;

namespace Causa.Application.Queries;

/// <summary>A same-class comparison: each member of a class with an event, beside the class as a whole.</summary>
/// <param name="Class">A drug class name.</param>
/// <param name="Event">An event as typed.</param>
/// <param name="Roles">Drug roles counted, as for the 2×2 table.</param>
public sealed record CompareRequest(string Class, string Event, RoleFilter Roles = RoleFilter.Suspect);
