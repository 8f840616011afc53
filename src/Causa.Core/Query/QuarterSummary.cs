namespace Causa.Core.Query;

/// <summary>Counts for one ingested quarter.</summary>
/// <param name="Quarter">The quarter, e.g. "2024Q4".</param>
/// <param name="Source">File or folder it was read from.</param>
/// <param name="Reports">DEMO rows accepted.</param>
/// <param name="DrugRows">DRUG rows accepted.</param>
/// <param name="ReactionRows">REAC rows accepted.</param>
/// <param name="RowsRejected">Rows rejected over all tables.</param>
/// <param name="DeletedCaseIds">Case ids on its DELETE list.</param>
public sealed record QuarterSummary(string Quarter, string Source, long Reports, long DrugRows, long ReactionRows, long RowsRejected, long DeletedCaseIds);
