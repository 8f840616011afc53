namespace Causa.Faers.Reading;

/// <summary>Tuning for <see cref="FaersQuarterReader"/>.</summary>
public sealed record FaersReaderOptions
{
    /// <summary>Defaults: one table per core, at most 4 at once; 1 MiB read buffers.</summary>
    public static FaersReaderOptions Default { get; } = new();

    /// <summary>How many tables are read at the same time (1 = sequential). Default: processor count, at most 4.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Initial read buffer per table, in bytes (64 KiB–64 MiB; default 1 MiB). Lines longer than this grow it.</summary>
    public int BufferSize { get; init; } = 1 << 20;
}
