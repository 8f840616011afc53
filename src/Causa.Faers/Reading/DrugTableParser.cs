using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>
/// DRUG rows. Unusable (rejected): empty or non-numeric <c>primaryid</c>/<c>isr</c> or <c>drug_seq</c> (the key INDI and
/// THER rows link to). An unknown <c>role_cod</c> is accepted as <see cref="DrugRole.Unknown"/>; an empty
/// <c>drugname</c> is accepted as empty text (the name may come from <c>prod_ai</c>).
/// </summary>
internal sealed class DrugTableParser(List<DrugRow> output) : TableParser
{
    private int _primaryId;
    private int _drugSeq;
    private int _role;
    private int _drugName;
    private int _prodAi;

    public override FaersTable Table => FaersTable.Drug;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _drugSeq = header.IndexOf(ColumnNames.DrugSeq);
        _role = header.IndexOf(ColumnNames.Role);
        _drugName = header.IndexOf(ColumnNames.DrugName);
        if (_primaryId < 0)
        {
            return "primaryid";
        }

        if (_drugSeq < 0)
        {
            return "drug_seq";
        }

        if (_role < 0)
        {
            return "role_cod";
        }

        if (_drugName < 0)
        {
            return "drugname";
        }

        // prod_ai exists from 2014Q3 on; its absence before is normal, so no warning.
        _prodAi = header.IndexOf(ColumnNames.ProdAi);
        return null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (!TryKey(row, _primaryId, "primaryid", context, out var primaryId) ||
            !TryKey(row, _drugSeq, "drug_seq", context, out var drugSeq))
        {
            return;
        }

        if (!FitsText(row, _drugName, "drugname", context) || !FitsText(row, _prodAi, "prod_ai", context))
        {
            return;
        }

        var roleField = row[_role];
        if (!FaersCodes.TryParseRole(roleField, out var role))
        {
            context.NoteBadValue("role_cod", row.LineNumber, roleField);
        }

        output.Add(new DrugRow(primaryId, drugSeq, role, context.Intern(row[_drugName]), OptionalText(row, _prodAi, context)));
        context.Reconciliation.Accept();
    }
}
