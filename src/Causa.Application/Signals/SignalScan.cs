using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Storage.Files;

namespace Causa.Application.Signals;

/// <summary>A current signal scan, opened for export with the store generation it belongs to; dispose it to release both.</summary>
public sealed class SignalScan : IDisposable
{
    private readonly WorkspaceLease _lease;

    internal SignalScan(SavedSignals saved, SignalScanReport? computed, WorkspaceLease lease)
    {
        Saved = saved;
        Computed = computed;
        _lease = lease;
    }

    /// <summary>The saved scan: MGPS prior, roles, strata and every pair's N, E and score (the file store's own
    /// type, so it stays inside the application layer).</summary>
    internal SavedSignals Saved { get; }

    /// <summary>The MGPS prior the scores were computed with; null when the fit gave none.</summary>
    public MgpsHyperparameters? Theta => Saved.Theta;

    /// <summary>The strata the expected counts E were summed over (none: one stratum, all cases at once).</summary>
    public StratumFields Strata => Saved.Strata;

    /// <summary>The log-likelihood of the data at <see cref="Theta"/> (natural log).</summary>
    public double LogLikelihood => Saved.LogLikelihood;

    /// <summary>What the scan computed by this request did (timings, strata used, warnings); null when a saved one was
    /// current. Its pairs are in <see cref="Saved"/>.</summary>
    public SignalScanReport? Computed { get; }

    /// <summary>Cases in the store the scan was made for.</summary>
    public int CaseCount => Store.CaseCount;

    /// <summary>The store the scan was made for (held open by this scan's lease).</summary>
    internal CaseStore Store => _lease.Generation.Store.Value!;

    /// <summary>Releases the saved file and the lease on the store.</summary>
    public void Dispose()
    {
        Saved.Dispose();
        _lease.Dispose();
    }
}
