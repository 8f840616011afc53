using Causa.Core.Model;

namespace Causa.Core.Query;

/// <summary>Options of a top-associations query.</summary>
/// <param name="Roles">Drug roles counted.</param>
/// <param name="MinCount">Smallest number of cases (a) for a pair to be listed; at least 1.</param>
/// <param name="Limit">How many rows at most; at least 1.</param>
public sealed record TopQuery(RoleFilter Roles = RoleFilter.Suspect, int MinCount = 3, int Limit = 20);
