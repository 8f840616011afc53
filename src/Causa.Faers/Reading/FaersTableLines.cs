using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// How the physical lines of one table file were used:
/// <c>PhysicalLines == HeaderLines + BlankLines + RowsRead + ContinuationLines</c>, where <c>RowsRead</c> is the
/// table's <see cref="TableReconciliation.RowsRead"/>.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="File">The file (zip entry or path).</param>
/// <param name="PhysicalLines">Lines in the file; a last line without a line ending counts.</param>
/// <param name="HeaderLines">1 for tables with a header, 0 for DELETE lists.</param>
/// <param name="BlankLines">Lines holding only blanks (such as the lone-space first line of DELETE lists): not rows, skipped.</param>
/// <param name="ContinuationLines">Lines that continued the row before them: a field containing a line break splits a row
/// over several lines, which the reader rejoins (with a space for each break) when together they have the right field count.</param>
/// <param name="EndsWithoutNewline">True when the last line has no line ending, which can mean the file was cut short.</param>
public sealed record FaersTableLines(
    FaersTable Table,
    string File,
    long PhysicalLines,
    int HeaderLines,
    long BlankLines,
    long ContinuationLines,
    bool EndsWithoutNewline);
