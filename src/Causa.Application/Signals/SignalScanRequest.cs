using Causa.Core.Model;
using Causa.Core.Signals;

namespace Causa.Application.Signals;

/// <summary>Which signal scan to use: the saved one when it is current and matches, else a new one.</summary>
/// <param name="Roles">Drug roles counted.</param>
/// <param name="Strata">Strata of the expected counts; a saved scan with other strata is recomputed.</param>
/// <param name="Recompute">True to scan even when a current matching scan is saved.</param>
public sealed record SignalScanRequest(RoleFilter Roles, StratumFields Strata, bool Recompute = false);
