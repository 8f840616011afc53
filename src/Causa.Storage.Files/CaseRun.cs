using System.Globalization;

namespace Causa.Storage.Files;

/// <summary>
/// A sorted run: a temporary file of <see cref="StagedRecord"/>s in <see cref="StagedRecord.CompareKeys"/> order, written once
/// and read once by the ingest that made it, then deleted.
/// </summary>
/// <remarks>
/// Runs live in the store folder as hidden temporaries named <c>.ingest-run-N.PID.GUID.tmp</c>, the pattern of
/// <see cref="Core.Files.AtomicFile"/>: the store reader never opens them, and what a killed ingest leaves is deleted by
/// the next writer that takes the folder's lock. Not thread-safe.
/// </remarks>
internal sealed class CaseRun : IDisposable
{
    private const int BufferSize = 1 << 16;
    private FileStream? _stream;
    private BinaryWriter? _writer;

    private CaseRun(string path)
    {
        Path = path;
        _stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        _writer = new BinaryWriter(_stream);
    }

    /// <summary>The temporary file.</summary>
    public string Path { get; }

    /// <summary>Records written.</summary>
    public long Count { get; private set; }

    /// <summary>Creates an empty run in <paramref name="directory"/>.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="number">Distinguishes the runs of one ingest in the file name.</param>
    public static CaseRun Create(string directory, int number)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $".ingest-run-{number}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        return new CaseRun(System.IO.Path.Combine(directory, name));
    }

    /// <summary>Appends a record; records must come in <see cref="StagedRecord.CompareKeys"/> order.</summary>
    public void Append(StagedRecord record)
    {
        ObjectDisposedException.ThrowIf(_writer is null, this);
        record.WriteTo(_writer);
        Count++;
    }

    /// <summary>Ends writing; the run can then be read with <see cref="OpenReader"/>.</summary>
    public void Complete()
    {
        _writer?.Dispose();
        _writer = null;
        _stream = null;
    }

    /// <summary>A reader over the completed run, from its first record.</summary>
    public CaseRunReader OpenReader()
    {
        if (_writer is not null)
        {
            throw new InvalidOperationException("The run is still being written.");
        }

        return new CaseRunReader(new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan), Count);
    }

    /// <summary>Closes and deletes the file; best effort (a file left behind is a stale temporary the next writer removes).</summary>
    public void Dispose()
    {
        _writer?.Dispose();
        _stream?.Dispose();
        _writer = null;
        _stream = null;
        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
