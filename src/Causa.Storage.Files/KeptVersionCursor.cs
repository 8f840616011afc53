namespace Causa.Storage.Files;

/// <summary>
/// Finds where the kept version of each case is, for case ids asked in ascending order: one forward position per file
/// (<see cref="StoreSegment.FindCaseIndexFrom"/>), so the new cases of a quarter, which come out of the merge in case-id
/// order, cost a step per file each instead of a binary search of every file.
/// </summary>
/// <remarks>Not thread-safe. Asking a smaller id than the previous one finds nothing before the positions reached.</remarks>
internal sealed class KeptVersionCursor
{
    private readonly IReadOnlyList<StoreSegment> _files;
    private readonly IReadOnlyList<SegmentLiveness?>? _liveness;
    private readonly int[] _positions;

    public KeptVersionCursor(IReadOnlyList<StoreSegment> files, IReadOnlyList<SegmentLiveness?>? liveness)
    {
        _files = files;
        _liveness = liveness;
        _positions = new int[files.Count];
    }

    /// <summary>The file position and local index of the kept version of <paramref name="caseId"/>; null when the store
    /// keeps none (never seen, or deleted).</summary>
    public (int Segment, int Local)? Find(long caseId)
    {
        (int Segment, int Local)? found = null;

        // Every file's position moves on; the newest file holding the id has its kept version, unless it is dead there
        // (deleted: a superseded version would have a newer file holding the id).
        for (var s = 0; s < _files.Count; s++)
        {
            if (_files[s].FindCaseIndexFrom(caseId, ref _positions[s]) is { } local)
            {
                found = (s, local);
            }
        }

        return found is { } kept && _liveness?[kept.Segment]?.IsDead(kept.Local) == true ? null : found;
    }
}
