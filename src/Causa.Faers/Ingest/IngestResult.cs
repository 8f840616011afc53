using System.Diagnostics.CodeAnalysis;
using Causa.Core.Storage;
using Causa.Faers.Reading;

namespace Causa.Faers.Ingest;

/// <summary>
/// The outcome of <see cref="FaersIngestor.Ingest"/>: on success, a report per quarter and what the store became;
/// on failure, the first problem met — and then the store is exactly as it was before.
/// </summary>
public sealed class IngestResult
{
    internal IngestResult(IReadOnlyList<QuarterIngestReport> quarters, StoreCommitSummary? commit, FaersReadError? readError, StoreError? storeError, TimeSpan elapsed)
    {
        Quarters = quarters;
        Commit = commit;
        ReadError = readError;
        StoreError = storeError;
        Elapsed = elapsed;
    }

    /// <summary>Quarters read (on failure: those read before it).</summary>
    public IReadOnlyList<QuarterIngestReport> Quarters { get; }

    /// <summary>What the store became; null on failure.</summary>
    public StoreCommitSummary? Commit { get; }

    /// <summary>A FAERS input problem (missing file, truncated zip, missing column...); null otherwise.</summary>
    public FaersReadError? ReadError { get; }

    /// <summary>A store problem (locked, damaged, unwritable); null otherwise.</summary>
    public StoreError? StoreError { get; }

    /// <summary>Wall time of the whole ingest.</summary>
    public TimeSpan Elapsed { get; }

    /// <summary>True when the store was written.</summary>
    [MemberNotNullWhen(true, nameof(Commit))]
    public bool Succeeded => Commit is not null;

    /// <summary>The failure in one line, naming the file; null on success.</summary>
    public string? ErrorMessage => ReadError?.ToString() ?? StoreError?.ToString();
}
