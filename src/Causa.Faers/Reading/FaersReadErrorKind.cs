namespace Causa.Faers.Reading;

/// <summary>Why a FAERS/AERS quarter could not be read.</summary>
public enum FaersReadErrorKind : byte
{
    /// <summary>The path, zip entry or file does not exist (or vanished after discovery).</summary>
    NotFound = 1,

    /// <summary>The input is not a FAERS/AERS quarterly extract (no table files, unknown quarter, not '$'-delimited...).</summary>
    NotFaers = 2,

    /// <summary>The zip ends early: its end-of-archive record or part of an entry's data is missing.</summary>
    TruncatedArchive = 3,

    /// <summary>The zip is damaged in some other way (bad headers, data that does not inflate, a CRC-32 or size that does not match what was inflated).</summary>
    CorruptArchive = 4,

    /// <summary>A required table (DEMO, DRUG or REAC) is absent.</summary>
    MissingTable = 5,

    /// <summary>A table's header lacks a column the reader needs (for example DEMO without <c>caseid</c>).</summary>
    MissingColumn = 6,

    /// <summary>A table file has 0 bytes, so not even a header.</summary>
    EmptyFile = 7,

    /// <summary>The same table appears more than once in one source (for example two DEMO files for one quarter).</summary>
    AmbiguousTable = 8,

    /// <summary>The operating system refused or failed a read (permissions, device errors).</summary>
    Io = 9,

    /// <summary>A zip entry is encrypted, or compressed with a method other than stored or deflate.</summary>
    UnsupportedArchive = 10,

    /// <summary>The input exceeds one of the <see cref="FaersReaderOptions"/> limits (size, ratio, line length, columns, rows, distinct values).</summary>
    LimitExceeded = 11,

    /// <summary>All or most rows of a table were rejected (see <see cref="FaersReaderOptions.MaxRejectedShare"/>).</summary>
    TooManyRejectedRows = 12,

    /// <summary>A table file ends inside its header line: it was cut short.</summary>
    TruncatedTable = 13,
}
