namespace Causa.Faers.Reading;

/// <summary>
/// Which field counts make a whole row: exactly the header's count; one fewer when the header ends in an unnamed
/// column (the row lacks the trailing '$'); one more, empty, in the legacy AERS layout (rows end in '$', headers may not).
/// </summary>
/// <param name="Expected">Fields in the header.</param>
/// <param name="MayLackTrailing">The header ends in an unnamed column (empty or a placeholder such as <c>v23</c>).</param>
/// <param name="MayHaveTrailing">Legacy AERS layout.</param>
internal readonly record struct RowShape(int Expected, bool MayLackTrailing, bool MayHaveTrailing)
{
    public bool Accepts(in RowView row)
    {
        var fields = row.FieldCount;
        return fields == Expected ||
            (fields == Expected - 1 && MayLackTrailing) ||
            (fields == Expected + 1 && MayHaveTrailing && row[Expected].IsEmpty);
    }
}
