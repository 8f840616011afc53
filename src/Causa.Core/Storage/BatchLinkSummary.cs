using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>
/// How the rows of one quarter were linked into reports when merged into the store. Rows accepted by the
/// reader but not linked (their report has no DEMO row, or an indication names a drug the report lacks)
/// are counted here, so every accepted row is accounted for.
/// </summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Reports">DEMO rows staged as case versions.</param>
/// <param name="DuplicateReports">DEMO rows whose primary id already appeared in the same quarter (first kept).</param>
/// <param name="DrugRowsLinked">DRUG rows attached to a report.</param>
/// <param name="DrugRowsOrphaned">DRUG rows whose report has no DEMO row in the quarter.</param>
/// <param name="ReactionRowsLinked">REAC rows attached to a report.</param>
/// <param name="ReactionRowsOrphaned">REAC rows whose report has no DEMO row.</param>
/// <param name="OutcomeRowsOrphaned">OUTC rows whose report has no DEMO row.</param>
/// <param name="IndicationRowsLinked">INDI rows attached to a drug of a report.</param>
/// <param name="IndicationRowsOrphaned">INDI rows whose report or drug sequence is unknown.</param>
public sealed record BatchLinkSummary(
    Quarter Quarter,
    long Reports,
    long DuplicateReports,
    long DrugRowsLinked,
    long DrugRowsOrphaned,
    long ReactionRowsLinked,
    long ReactionRowsOrphaned,
    long OutcomeRowsOrphaned,
    long IndicationRowsLinked,
    long IndicationRowsOrphaned);
