using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Synthetic;

/// <summary>What a synthetic quarter zip contains.</summary>
/// <param name="Quarter">Quarter the files claim to be.</param>
/// <param name="Cases">Distinct case ids with at least one report.</param>
/// <param name="Rows">Data rows (header excluded) per table, DELETE included (its case ids).</param>
/// <param name="DeletedGeneratedCases">Case ids on the DELETE list that also have reports in this quarter.</param>
/// <param name="UncompressedBytes">Total size of the text files before compression.</param>
/// <param name="PairReports">
/// For each of <see cref="SyntheticQuarterGenerator.Pairs"/> (same order): reports in the zip where the drug is suspect
/// (PS/SS) and the event is listed, counting every version and deleted cases (an upper bound on the 2×2 cell a).
/// </param>
public sealed record SyntheticQuarterSummary(
    Quarter Quarter,
    int Cases,
    IReadOnlyDictionary<FaersTable, long> Rows,
    int DeletedGeneratedCases,
    long UncompressedBytes,
    IReadOnlyList<long> PairReports)
{
    /// <summary>DEMO rows: reports, counting follow-up versions.</summary>
    public long Reports => Rows[FaersTable.Demo];
}
