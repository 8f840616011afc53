namespace Causa.Application;

/// <summary>
/// One query's hold on one <see cref="WorkspaceGeneration"/> (from <see cref="CausaWorkspace.Acquire"/>): the generation,
/// its store mapping and its derived parts stay open, unchanged, until the lease is disposed, even when a newer
/// generation has replaced it meanwhile.
/// </summary>
/// <remarks>Dispose exactly once, when the query is done; disposing again does nothing. Thread-safe.</remarks>
public sealed class WorkspaceLease : IDisposable
{
    private int _released;

    internal WorkspaceLease(WorkspaceGeneration generation) => Generation = generation;

    /// <summary>The generation this lease holds.</summary>
    public WorkspaceGeneration Generation { get; }

    /// <summary>Lets go of the generation; the last holder of a replaced generation releases its store.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            Generation.Release();
        }
    }
}
