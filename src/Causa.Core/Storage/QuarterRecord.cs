using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>What the store remembers about one ingested quarter.</summary>
/// <param name="Quarter">The quarter.</param>
/// <param name="Source">File or folder name it was read from (no directory part).</param>
/// <param name="Reports">DEMO rows accepted.</param>
/// <param name="DrugRows">DRUG rows accepted.</param>
/// <param name="ReactionRows">REAC rows accepted.</param>
/// <param name="RowsRejected">Rows rejected over all tables.</param>
/// <param name="DeletedCaseIds">Case ids on its DELETE list.</param>
public sealed record QuarterRecord(Quarter Quarter, string Source, long Reports, long DrugRows, long ReactionRows, long RowsRejected, long DeletedCaseIds);
