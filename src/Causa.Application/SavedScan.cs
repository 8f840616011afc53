using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>The saved signal scan a workspace found for one role filter.</summary>
/// <param name="Signals">The scan when it is current for the store; null when there is none or it is stale. Owned by the workspace.</param>
/// <param name="Note">Why there are no EBGM figures (no scan, a stale one, other roles) and what to do; null when <paramref name="Signals"/> is set.</param>
/// <param name="Damaged">True when a scan file is there but cannot be read: worth telling even where a missing scan is not.</param>
public sealed record SavedScan(SavedSignals? Signals, SavedScoresNote? Note, bool Damaged = false);
