using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// How the physical lines of one table file were used:
/// <c>PhysicalLines == HeaderLines + BlankLines + rows read</c>, where rows read is the table's
/// <see cref="TableReconciliation.RowsRead"/>.
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="File">The file (zip entry or path).</param>
/// <param name="PhysicalLines">Lines in the file; a last line without a line ending counts.</param>
/// <param name="HeaderLines">1 for tables with a header, 0 for DELETE lists.</param>
/// <param name="BlankLines">Lines holding only spaces (such as the lone-space first line of DELETE lists): not rows, skipped.</param>
/// <param name="EndsWithoutNewline">True when the last line has no line ending, which can mean the file was cut short.</param>
public sealed record FaersTableLines(FaersTable Table, string File, long PhysicalLines, int HeaderLines, long BlankLines, bool EndsWithoutNewline);
