namespace Causa.Core.Sources;

/// <summary>What a loaded source is, where it came from and how its import went.</summary>
/// <param name="Name">Short unique name (e.g. <c>SIDER 4.1</c>, <c>MDDC sedative1000</c>); adding a source of the same name replaces it.</param>
/// <param name="Kind">Source kind.</param>
/// <param name="Files">File names read (no folders).</param>
/// <param name="Period">Period the data covers, as stated by its publisher (e.g. <c>2021Q1–2023Q4</c>); <c>not stated</c> when unknown.</param>
/// <param name="Unit">Unit of counts; <see cref="EvidenceUnit.None"/> for labels and indications.</param>
/// <param name="Licence">Licence of the data.</param>
/// <param name="Citation">Where the data comes from (publisher, paper or repository).</param>
/// <param name="RowsRead">Data rows read (headers excluded).</param>
/// <param name="RowsAccepted">Rows used.</param>
/// <param name="RowsSkipped">Rows deliberately not used (e.g. SIDER LLT rows whose PT row is used); not errors.</param>
/// <param name="RowsRejected">Rows malformed or not mappable to an ingredient or term.</param>
/// <param name="Rejections">The first rejections with file, line and reason (at most <see cref="MaxRejectionsKept"/>).</param>
/// <param name="Notes">Facts a reader needs (e.g. "universe: the listed events only").</param>
/// <param name="ImportedAt">When it was imported (UTC).</param>
public sealed record SourceInfo(
    string Name,
    EvidenceSourceKind Kind,
    IReadOnlyList<string> Files,
    string Period,
    EvidenceUnit Unit,
    string Licence,
    string Citation,
    long RowsRead,
    long RowsAccepted,
    long RowsSkipped,
    long RowsRejected,
    IReadOnlyList<SourceRejection> Rejections,
    IReadOnlyList<string> Notes,
    DateTimeOffset ImportedAt)
{
    /// <summary>How many rejections are kept as examples.</summary>
    public const int MaxRejectionsKept = 50;

    /// <summary>True for sources whose licence forbids commercial use (SIDER, MEDI): never bundled, only imported from the user's copy.</summary>
    public bool NonCommercial => Licence.Contains("NC", StringComparison.Ordinal);
}
