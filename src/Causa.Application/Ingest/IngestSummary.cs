using Causa.Faers.Ingest;

namespace Causa.Application.Ingest;

/// <summary>What an ingest did, as <c>ingest --json</c> shows it.</summary>
/// <param name="CasesBefore">Kept cases before (0 for a new store).</param>
/// <param name="Cases">Kept cases after.</param>
/// <param name="DeletedCaseIds">Distinct case ids on DELETE lists after the ingest.</param>
/// <param name="Drugs">Ingredients in the store.</param>
/// <param name="Events">Event terms in the store.</param>
/// <param name="Seconds">Wall-clock time of the whole ingest, in seconds.</param>
/// <param name="Quarters">Per quarter: every table's rows read, accepted and rejected, and how the rows linked.</param>
public sealed record IngestSummary(int CasesBefore, int Cases, int DeletedCaseIds, int Drugs, int Events, double Seconds, IReadOnlyList<IngestQuarterSummary> Quarters)
{
    /// <summary>Segment files the store has beside its base file after the ingest: 0 when it was written as one file;
    /// otherwise the new cases went to a segment of their own and <c>causa compact</c> folds them into one file.</summary>
    public int Segments { get; init; }

    /// <summary>The summary of a successful ingest.</summary>
    /// <exception cref="ArgumentException">The ingest failed (it has no commit).</exception>
    public static IngestSummary From(IngestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var commit = result.Commit ?? throw new ArgumentException("The ingest did not succeed.", nameof(result));
        return new(
            commit.CasesBefore,
            commit.CasesAfter,
            commit.CasesDeleted,
            commit.Ingredients,
            commit.Terms,
            result.Elapsed.TotalSeconds,
            [.. result.Quarters.Select(static q => new IngestQuarterSummary(
                q.Source.Quarter.ToString(),
                q.Source.Path,
                q.BytesRead,
                [.. q.Reconciliation.Select(static t => new IngestTableSummary(t.Table.ToString().ToUpperInvariant(), t.File, t.RowsRead, t.RowsAccepted, t.RowsRejected, t.RejectionsByReason, t.Warnings))],
                q.Links))])
        {
            Segments = commit.Segments,
        };
    }
}
