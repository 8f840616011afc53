namespace Causa.Faers.Reading;

/// <summary>
/// Ends the read of one table from deep inside the row loop (the line reader, the string pool, a verified zip entry
/// stream) when the input breaks a limit or fails a check; <see cref="FaersQuarterReader"/> turns it into a
/// <see cref="FaersReadError"/> naming the file. Never escapes the reader.
/// </summary>
internal sealed class TableReadException(FaersReadErrorKind kind, long? lineNumber, string message) : Exception(message)
{
    /// <summary>The error category to report.</summary>
    public FaersReadErrorKind Kind { get; } = kind;

    /// <summary>1-based number of the offending line, when the problem is tied to one.</summary>
    public long? LineNumber { get; } = lineNumber;
}
