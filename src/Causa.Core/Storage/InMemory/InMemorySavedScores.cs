using Causa.Core.Model;
using Causa.Core.Signals;
using Causa.Core.Statistics;

namespace Causa.Core.Storage.InMemory;

/// <summary>The scores of a <see cref="SignalScanResult"/> held in memory (for <see cref="InMemoryCaseStore"/>).</summary>
/// <remarks>Thread-safe for reads. Disposing does nothing: there is nothing to release.</remarks>
public sealed class InMemorySavedScores : ISavedScores
{
    private readonly Dictionary<(int Drug, int Term), (int N, double E, MgpsScore Score)> _scores = [];

    /// <summary>Holds the scores of <paramref name="scan"/>.</summary>
    public InMemorySavedScores(SignalScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(scan);
        Roles = scan.Roles;
        StoreFingerprint = scan.StoreFingerprint;
        for (var i = 0; i < scan.Count; i++)
        {
            _scores[(scan.Ingredients[i], scan.Terms[i])] = (scan.Counts[i], scan.Expected[i], scan.Scores[i]);
        }
    }

    /// <inheritdoc />
    public RoleFilter Roles { get; }

    /// <summary>Fingerprint of the store the scan was computed from.</summary>
    public ulong StoreFingerprint { get; }

    /// <inheritdoc />
    public (int N, double E, MgpsScore Score)? Find(int ingredientId, int termId) =>
        _scores.TryGetValue((ingredientId, termId), out var found) ? found : null;

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
