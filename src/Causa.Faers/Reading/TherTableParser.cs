using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// THER rows. Unusable (rejected): bad <c>primaryid</c>/<c>isr</c> or <c>dsg_drug_seq</c> (legacy <c>drug_seq</c>).
/// Unparseable start or end dates are accepted as unknown and counted as value warnings.
/// </summary>
internal sealed class TherTableParser(List<TherapyRow> output) : TableParser
{
    private int _primaryId;
    private int _drugSeq;
    private int _start;
    private int _end;

    public override FaersTable Table => FaersTable.Ther;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _drugSeq = header.IndexOf(ColumnNames.TherapyDrugSeq);
        _start = header.IndexOf(ColumnNames.StartDate);
        _end = header.IndexOf(ColumnNames.EndDate);
        return _primaryId < 0 ? "primaryid" : _drugSeq < 0 ? "dsg_drug_seq" : _start < 0 ? "start_dt" : _end < 0 ? "end_dt" : null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (!TryKey(row, _primaryId, "primaryid", context, out var primaryId) ||
            !TryKey(row, _drugSeq, "dsg_drug_seq", context, out var drugSeq))
        {
            return;
        }

        var start = OptionalDate(row, _start, "start_dt", context);
        var end = OptionalDate(row, _end, "end_dt", context);
        output.Add(new TherapyRow(primaryId, drugSeq, start, end));
        context.Reconciliation.Accept();
    }
}
