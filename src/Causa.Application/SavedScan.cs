using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>The saved signal scan a workspace found for one role filter.</summary>
/// <param name="Signals">The scan when it is current for the store; null when there is none or it is stale. Owned by the workspace.</param>
/// <param name="Note">Why there are no EBGM figures (no scan, a stale one, other roles) and what to do; null when <paramref name="Signals"/> is set.</param>
public sealed record SavedScan(SavedSignals? Signals, SavedScoresNote? Note);
