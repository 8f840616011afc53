namespace Causa.Faers.Reading;

/// <summary>Tuning and limits for <see cref="FaersQuarterReader"/>.</summary>
/// <remarks>
/// <para>The limits bound the work and memory one input can cost, whatever it holds (docs/ThreatModel.md gives each
/// value and why). Every default is several times what the largest real quarter needs, so a real extract never meets
/// one; tests lower them to reproduce a crafted input at a small size. A limit that is exceeded ends the read with a
/// <see cref="FaersReadError"/> of kind <see cref="FaersReadErrorKind.LimitExceeded"/>, or rejects the one row
/// concerned where noted.</para>
/// </remarks>
public sealed record FaersReaderOptions
{
    /// <summary>Defaults: one table per core, at most 4 at once; 1 MiB read buffers; the limits below.</summary>
    public static FaersReaderOptions Default { get; } = new();

    /// <summary>How many tables are read at the same time (1 = sequential). Default: processor count, at most 4.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>Initial read buffer per table, in bytes (64 KiB–64 MiB; default 1 MiB). Lines longer than this grow it, up to <see cref="MaxLineLength"/>.</summary>
    public int BufferSize { get; init; } = 1 << 20;

    /// <summary>
    /// Largest uncompressed size of one table file, in bytes (default 1 GiB). A zip entry declaring more, or inflating
    /// to more than it declares, is refused before or while it is read. Real tables are at most a few hundred MB.
    /// </summary>
    public long MaxTableBytes { get; init; } = 1L << 30;

    /// <summary>Largest uncompressed size of all table files of one quarter together, in bytes (default 3 GiB; a real quarter is under 1 GB).</summary>
    public long MaxQuarterBytes { get; init; } = 3L << 30;

    /// <summary>
    /// Largest ratio of a zip entry's declared uncompressed size to its compressed size (default 40; real FAERS tables
    /// compress 3–10 to 1). Checked from the zip's directory before anything is inflated, for entries over 1 MiB,
    /// so a flood of blank lines, NUL bytes or repeated rows is refused in time proportional to the zip, not to what it inflates to.
    /// </summary>
    public double MaxCompressionRatio { get; init; } = 40;

    /// <summary>Longest line, in bytes without its line ending (default 64 KiB; FDA's field maxima add up to under 10 kB a row, real rows are under 1 kB).</summary>
    public int MaxLineLength { get; init; } = 64 << 10;

    /// <summary>Longest field of any column, in bytes after trimming (default 4 KiB; FDA's largest declared field is 4,000 characters). A longer field rejects its row.</summary>
    public int MaxFieldLength { get; init; } = 4 << 10;

    /// <summary>
    /// Longest text value kept in the store (drug name, active ingredient, PT, indication, country, report source), in
    /// bytes (default 1 KiB; FDA declares at most 500 characters for a drug name or PT and 1,000 for an indication; the
    /// real samples' longest is 240). A longer value rejects its row.
    /// </summary>
    public int MaxTextLength { get; init; } = 1 << 10;

    /// <summary>Most columns in a table's header (default 64; FAERS tables have at most 25).</summary>
    public int MaxColumns { get; init; } = 64;

    /// <summary>Most data rows in one table, accepted or rejected (default 8,000,000; the largest real table, DRUG, has about 2.5 million).</summary>
    public long MaxRowsPerTable { get; init; } = 8_000_000;

    /// <summary>Most data rows of one quarter, all tables together (default 20,000,000; a full recent quarter has about 7 million). Checked every 32,768 lines per table.</summary>
    public long MaxRowsPerQuarter { get; init; } = 20_000_000;

    /// <summary>Most distinct text values of one quarter, all tables together (default 4,000,000; a real quarter has a few hundred thousand).</summary>
    public int MaxDistinctStrings { get; init; } = 4_000_000;

    /// <summary>Most characters in the distinct text values of one quarter together (default 64 Mi, 128 MB of strings; a real quarter's are about 10 million characters).</summary>
    public long MaxDistinctTextLength { get; init; } = 64L << 20;

    /// <summary>
    /// Largest share of a table's rows that may be rejected before the whole read fails (0–1; default 0.5, "most rows").
    /// A table whose rows are all rejected always fails. A table with no rows at all (a header only) is valid.
    /// </summary>
    public double MaxRejectedShare { get; init; } = 0.5;

    /// <summary>
    /// Accept a table whose rows are all or mostly rejected (see <see cref="MaxRejectedShare"/>): its accepted rows are
    /// kept and a warning notes the rest. Default false: such a table fails the read, since it usually means the file
    /// was not read as intended (a wrong layout, a damaged file).
    /// </summary>
    public bool AcceptMostlyRejectedTables { get; init; }
}
