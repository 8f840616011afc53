using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// INDI rows. Unusable (rejected): bad <c>primaryid</c>/<c>isr</c> or <c>indi_drug_seq</c> (legacy <c>drug_seq</c>),
/// or an empty <c>indi_pt</c>.
/// </summary>
internal sealed class IndiTableParser(List<IndicationRow> output) : TableParser
{
    private int _primaryId;
    private int _drugSeq;
    private int _term;

    public override FaersTable Table => FaersTable.Indi;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _drugSeq = header.IndexOf(ColumnNames.IndicationDrugSeq);
        _term = header.IndexOf(ColumnNames.IndicationTerm);
        return _primaryId < 0 ? "primaryid" : _drugSeq < 0 ? "indi_drug_seq" : _term < 0 ? "indi_pt" : null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (TryKey(row, _primaryId, "primaryid", context, out var primaryId) &&
            TryKey(row, _drugSeq, "indi_drug_seq", context, out var drugSeq) &&
            TryText(row, _term, "indi_pt", context, out var term))
        {
            output.Add(new IndicationRow(primaryId, drugSeq, term));
            context.Reconciliation.Accept();
        }
    }
}
