using Causa.Core.Ingest;

namespace Causa.Faers.Reading;

/// <summary>
/// Values of one column that could not be interpreted in otherwise usable rows; the rows were accepted with the
/// value treated as unknown (an unparseable <c>event_dt</c>, an unknown <c>age_cod</c>...).
/// </summary>
/// <param name="Table">The table.</param>
/// <param name="Column">The column as the reader names it (e.g. <c>event_dt</c>).</param>
/// <param name="Count">How many rows had such a value (at least 1).</param>
/// <param name="FirstLine">1-based line of the first such row.</param>
/// <param name="FirstValue">The first such value as text (at most 60 characters).</param>
public sealed record FaersValueWarning(FaersTable Table, string Column, long Count, long FirstLine, string FirstValue);
