using Causa.Core.Signals;
using Causa.Storage.Files;

namespace Causa.Application.Signals;

/// <summary>A current signal scan, opened for export; dispose it to release the saved file.</summary>
public sealed class SignalScan : IDisposable
{
    internal SignalScan(SavedSignals saved, SignalScanResult? computed)
    {
        Saved = saved;
        Computed = computed;
    }

    /// <summary>The saved scan: MGPS prior, roles, strata and every pair's N, E and score.</summary>
    public SavedSignals Saved { get; }

    /// <summary>The scan computed by this request (timings, strata used, warnings); null when a saved one was current.</summary>
    public SignalScanResult? Computed { get; }

    /// <summary>Releases the saved file.</summary>
    public void Dispose() => Saved.Dispose();
}
