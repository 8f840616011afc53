using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>RPSR rows. Unusable (rejected): bad <c>primaryid</c>/<c>isr</c>, or an empty <c>rpsr_cod</c>.</summary>
internal sealed class RpsrTableParser(List<ReportSourceRow> output) : TableParser
{
    private int _primaryId;
    private int _source;

    public override FaersTable Table => FaersTable.Rpsr;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _source = header.IndexOf(ColumnNames.ReportSource);
        return _primaryId < 0 ? "primaryid" : _source < 0 ? "rpsr_cod" : null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (TryKey(row, _primaryId, "primaryid", context, out var primaryId) &&
            TryText(row, _source, "rpsr_cod", context, out var source))
        {
            output.Add(new ReportSourceRow(primaryId, source));
            context.Reconciliation.Accept();
        }
    }
}
