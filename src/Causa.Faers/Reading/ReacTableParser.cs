using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>REAC rows. Unusable (rejected): bad <c>primaryid</c>/<c>isr</c>, or an empty <c>pt</c>.</summary>
internal sealed class ReacTableParser(List<ReactionRow> output) : TableParser
{
    private int _primaryId;
    private int _term;

    public override FaersTable Table => FaersTable.Reac;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _term = header.IndexOf(ColumnNames.PreferredTerm);
        return _primaryId < 0 ? "primaryid" : _term < 0 ? "pt" : null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (TryKey(row, _primaryId, "primaryid", context, out var primaryId) &&
            TryText(row, _term, "pt", context, out var term))
        {
            output.Add(new ReactionRow(primaryId, term));
            context.Reconciliation.Accept();
        }
    }
}
