namespace Causa.Core.Storage;

/// <summary>What a store holds, for summaries, and the identity of its content.</summary>
public interface IStoreContents
{
    /// <summary>Quarters ingested, in chronological order.</summary>
    IReadOnlyList<QuarterRecord> Quarters { get; }

    /// <summary>Number of distinct case ids on all DELETE lists seen.</summary>
    int DeletedCaseIdCount { get; }

    /// <summary>Number of distinct reported drug entries (name + coded ingredient).</summary>
    int DrugEntryCount { get; }

    /// <summary>Size of the stored content in bytes (the file size for a file store); 0 when not meaningful.</summary>
    long SizeBytes { get; }

    /// <summary>Identity of the content: changes whenever an ingest changes anything; equal for identical content.</summary>
    ulong Fingerprint { get; }
}
