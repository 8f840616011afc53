using Causa.Core.Model;
using Causa.Core.Storage;

namespace Causa.Core.Query;

/// <summary>Options of a top-associations query.</summary>
/// <param name="Roles">Drug roles counted.</param>
/// <param name="MinCount">Smallest number of cases (a) for a pair to be listed; at least 1.</param>
/// <param name="Limit">How many rows at most; at least 1.</param>
/// <param name="Signals">A current saved MGPS scan for <paramref name="Roles"/>: adds EBGM/EB05 to each row; null to leave them out.</param>
public sealed record TopQuery(RoleFilter Roles = RoleFilter.Suspect, int MinCount = 3, int Limit = 20, ISavedScores? Signals = null);
