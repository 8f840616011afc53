namespace Causa.Core.Sources;

/// <summary>Counts rows read, accepted, skipped and rejected during one import, keeping the first rejections.</summary>
internal sealed class ImportTally
{
    private readonly List<SourceRejection> _rejections = [];

    public long Read { get; set; }

    public long Accepted { get; set; }

    public long Skipped { get; set; }

    public long Rejected { get; private set; }

    public long Unmapped { get; private set; }

    public IReadOnlyList<SourceRejection> Rejections => _rejections;

    public void Reject(string file, long line, string reason)
    {
        Rejected++;
        Keep(file, line, reason);
    }

    /// <summary>A row kept but whose condition maps to no preferred term.</summary>
    public void NoteUnmapped(string file, long line, string reason)
    {
        Unmapped++;
        Keep(file, line, "unmapped (kept for text matching): " + reason);
    }

    private void Keep(string file, long line, string reason)
    {
        if (_rejections.Count < SourceInfo.MaxRejectionsKept)
        {
            _rejections.Add(new SourceRejection(Path.GetFileName(file), line, reason));
        }
    }
}
