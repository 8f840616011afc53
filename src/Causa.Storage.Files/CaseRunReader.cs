namespace Causa.Storage.Files;

/// <summary>Reads a <see cref="CaseRun"/> front to back, one record at a time into <see cref="Current"/>.</summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class CaseRunReader : IDisposable
{
    private readonly BinaryReader _reader;
    private long _remaining;

    public CaseRunReader(Stream stream, long count)
    {
        _reader = new BinaryReader(stream);
        _remaining = count;
    }

    /// <summary>The record read by the last successful <see cref="MoveNext"/> (refilled in place).</summary>
    public StagedRecord Current { get; } = new();

    /// <summary>Reads the next record; false at the end of the run.</summary>
    public bool MoveNext()
    {
        if (_remaining == 0)
        {
            return false;
        }

        Current.ReadFrom(_reader);
        _remaining--;
        return true;
    }

    public void Dispose() => _reader.Dispose();
}
