using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>OUTC rows. Unusable (rejected): bad <c>primaryid</c>/<c>isr</c>, or an empty or unknown <c>outc_cod</c> (the row's only content).</summary>
internal sealed class OutcTableParser(List<OutcomeRow> output) : TableParser
{
    private int _primaryId;
    private int _outcome;

    public override FaersTable Table => FaersTable.Outc;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _outcome = header.IndexOf(ColumnNames.Outcome);
        return _primaryId < 0 ? "primaryid" : _outcome < 0 ? "outc_cod" : null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (!TryKey(row, _primaryId, "primaryid", context, out var primaryId))
        {
            return;
        }

        var code = row[_outcome];
        if (code.IsEmpty)
        {
            context.Reject(row.LineNumber, "missing value: outc_cod is empty");
            return;
        }

        if (!FaersCodes.TryParseOutcome(code, out var outcome))
        {
            context.Reject(row.LineNumber, $"unknown code: outc_cod '{FieldText.Preview(code)}'");
            return;
        }

        output.Add(new OutcomeRow(primaryId, outcome));
        context.Reconciliation.Accept();
    }
}
