namespace Causa.Faers.Reading;

/// <summary>Raised by <see cref="LineReader"/> when a line exceeds <see cref="LineReader.MaxLineLength"/>; turned into a <see cref="FaersReadErrorKind.NotFaers"/> result.</summary>
internal sealed class LineTooLongException(long lineNumber)
    : Exception($"line {lineNumber:N0} is longer than {LineReader.MaxLineLength / (1 << 20)} MiB, which no FAERS table has")
{
    /// <summary>1-based number of the offending line.</summary>
    public long LineNumber { get; } = lineNumber;
}
