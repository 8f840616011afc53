using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>Turns the split rows of one table into contract rows, deciding per row whether it is usable.</summary>
/// <remarks>One instance per table read; not thread-safe.</remarks>
internal abstract class TableParser
{
    public abstract FaersTable Table { get; }

    /// <summary>Finds the needed columns in <paramref name="header"/>.</summary>
    /// <returns>Null when every required column is present, else the missing column's canonical name.</returns>
    public abstract string? Bind(HeaderMap header, TableContext context);

    /// <summary>Reserves room for about <paramref name="rows"/> accepted rows in the output list.</summary>
    public abstract void EnsureCapacity(int rows);

    /// <summary>Parses a row whose field count is already validated; accepts or rejects it on <paramref name="context"/>.</summary>
    public abstract void Parse(in RowView row, TableContext context);

    /// <summary>Binds an optional column, noting its absence as a warning.</summary>
    protected static int Optional(HeaderMap header, string[] spellings, TableContext context, string? whyItMatters = null)
    {
        var index = header.IndexOf(spellings);
        if (index < 0 && whyItMatters is not null)
        {
            context.Reconciliation.Warnings.Add($"column {spellings[0]} absent: {whyItMatters}");
        }

        return index;
    }

    /// <summary>Reads a required id; rejects the row when it is empty or not a non-negative integer.</summary>
    protected static bool TryKey(in RowView row, int index, string column, TableContext context, out long value)
    {
        var field = row[index];
        if (field.IsEmpty)
        {
            context.Reject(row.LineNumber, $"missing key: {column} is empty");
            value = 0;
            return false;
        }

        if (!FieldText.TryParseId(field, out value))
        {
            context.Reject(row.LineNumber, $"unparseable key: {column} '{FieldText.Preview(field)}' is not a number");
            return false;
        }

        return true;
    }

    /// <summary>Reads a required text value; rejects the row when it is empty or longer than <see cref="TableContext.MaxTextLength"/>.</summary>
    protected static bool TryText(in RowView row, int index, string column, TableContext context, out string value)
    {
        var field = row[index];
        if (field.IsEmpty)
        {
            context.Reject(row.LineNumber, $"missing value: {column} is empty");
            value = string.Empty;
            return false;
        }

        if (!FitsText(row, index, column, context))
        {
            value = string.Empty;
            return false;
        }

        value = context.Intern(field);
        return true;
    }

    /// <summary>
    /// True when the text in column <paramref name="index"/> (absent or empty included) is short enough to keep;
    /// otherwise rejects the row: a drug name or term of megabytes would cost memory in every later question.
    /// </summary>
    protected static bool FitsText(in RowView row, int index, string column, TableContext context)
    {
        var field = row[index];
        if (field.Length <= context.MaxTextLength)
        {
            return true;
        }

        context.Reject(row.LineNumber, string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"value too long: {column} has {field.Length:N0} bytes, more than the {context.MaxTextLength:N0} allowed ('{FieldText.Preview(field)}')"));
        return false;
    }

    /// <summary>Reads an optional date; an unparseable one becomes <see cref="PartialDate.None"/> and is noted.</summary>
    protected static PartialDate OptionalDate(in RowView row, int index, string column, TableContext context)
    {
        var field = row[index];
        if (FieldText.TryParseDate(field, out var packed))
        {
            return PartialDate.FromValue(packed);
        }

        context.NoteBadValue(column, row.LineNumber, field);
        return PartialDate.None;
    }

    /// <summary>Reads optional text; null when the column is absent or the field empty.</summary>
    protected static string? OptionalText(in RowView row, int index, TableContext context)
    {
        var field = row[index];
        return field.IsEmpty ? null : context.Intern(field);
    }
}
