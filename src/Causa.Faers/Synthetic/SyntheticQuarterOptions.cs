using System.IO.Compression;
using Causa.Core.Model;

namespace Causa.Faers.Synthetic;

/// <summary>What synthetic quarter to generate. Immutable; the same options always give the same bytes.</summary>
public sealed record SyntheticQuarterOptions
{
    /// <summary>Largest supported <see cref="Reports"/> (five times a full quarter).</summary>
    public const int MaxReports = 2_000_000;

    /// <summary>DEMO rows (reports, counting follow-up versions) to write; 1–<see cref="MaxReports"/>. A full quarter is about 400,000.</summary>
    public int Reports { get; init; } = 10_000;

    /// <summary>Seed; any value. Equal seeds and options give identical files.</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Quarter the files claim to be; FAERS layout only (2012Q4 on). Defaults to a clearly fictional 2031Q1.</summary>
    public Quarter Quarter { get; init; } = new(2031, 1);

    /// <summary>Number of fictional products; null scales with <see cref="Reports"/> (reports / 250, 150–2,500).</summary>
    public int? Products { get; init; }

    /// <summary>Planted drug–event associations; 0–60 (each uses its own drug and event).</summary>
    public int PlantedPairs { get; init; } = 24;

    /// <summary>Null pairs (relative risk 1) listed in the truth file; 0–60.</summary>
    public int NullPairs { get; init; } = 24;

    /// <summary>Reproduce row-level quirks of real files (CRLF DEMO, <c>.0</c> floats, literal NA, Windows-1252 bytes, a truncated last line). Default true.</summary>
    public bool Quirks { get; init; } = true;

    /// <summary>Zip compression level; <see cref="CompressionLevel.Fastest"/> by default (speed over size).</summary>
    public CompressionLevel Compression { get; init; } = CompressionLevel.Fastest;
}
