using System.Numerics;

namespace Causa.Storage.Files;

/// <summary>
/// Which cases of one store file are still kept: those no later segment of the folder superseded (a newer version of the
/// case won by the deduplication rule) or deleted (the case id on a later DELETE list). Maps the file's local case
/// indices to a dense numbering of its kept cases and back.
/// </summary>
/// <remarks>Memory: one bit per case of the file plus four bytes per 64 cases and per dead case. Immutable and
/// thread-safe once built.</remarks>
internal sealed class SegmentLiveness
{
    private readonly ulong[] _deadBits;
    private readonly int[] _deadBeforeWord;
    private readonly int[] _dead;

    /// <summary>Builds the liveness of a file of <paramref name="caseCount"/> cases.</summary>
    /// <param name="caseCount">Cases in the file.</param>
    /// <param name="deadSorted">Local indices of its dead cases, ascending and distinct, each below <paramref name="caseCount"/>.</param>
    public SegmentLiveness(int caseCount, int[] deadSorted)
    {
        CaseCount = caseCount;
        _dead = deadSorted;
        _deadBits = new ulong[(caseCount + 63) >> 6];
        foreach (var c in deadSorted)
        {
            _deadBits[c >> 6] |= 1UL << (c & 63);
        }

        _deadBeforeWord = new int[_deadBits.Length + 1];
        for (var w = 0; w < _deadBits.Length; w++)
        {
            _deadBeforeWord[w + 1] = _deadBeforeWord[w] + BitOperations.PopCount(_deadBits[w]);
        }
    }

    /// <summary>Cases in the file, kept or not.</summary>
    public int CaseCount { get; }

    /// <summary>Cases a later segment superseded or deleted.</summary>
    public int DeadCount => _dead.Length;

    /// <summary>Cases still kept.</summary>
    public int LiveCount => CaseCount - _dead.Length;

    /// <summary>Local indices of the dead cases, ascending.</summary>
    public ReadOnlySpan<int> Dead => _dead;

    /// <summary>The key a segment's <see cref="SectionId.KilledCases"/> list uses for a case of an earlier file.</summary>
    /// <param name="segment">The file's position in the folder: 0 for the base file, then each segment in order.</param>
    /// <param name="localCase">The case's index in that file.</param>
    public static long Key(int segment, int localCase) => ((long)segment << 32) | (uint)localCase;

    /// <summary>True when a later segment superseded or deleted local case <paramref name="localCase"/>.</summary>
    public bool IsDead(int localCase) => (_deadBits[localCase >> 6] & (1UL << (localCase & 63))) != 0;

    /// <summary>The position of a kept case among the file's kept cases (its local index less the dead before it).</summary>
    public int LiveIndex(int localCase)
    {
        var word = localCase >> 6;
        var below = _deadBits[word] & ((1UL << (localCase & 63)) - 1);
        return localCase - _deadBeforeWord[word] - BitOperations.PopCount(below);
    }

    /// <summary>The local index of the kept case at position <paramref name="liveIndex"/> (the inverse of <see cref="LiveIndex"/>).</summary>
    public int LocalIndex(int liveIndex)
    {
        // Dead case k (k-th in order) has dead[k] − k kept cases before it; those with at most liveIndex before them
        // come before the wanted case, so it sits that many places further on.
        int lo = 0, hi = _dead.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_dead[mid] - mid <= liveIndex)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return liveIndex + lo;
    }
}
