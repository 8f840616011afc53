using Causa.Core.Evidence;
using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>One loaded evidence source, as <c>source list --json</c> shows it.</summary>
/// <param name="Name">The source's name.</param>
/// <param name="Kind">sider, sider-indications, onsides, drugcentral, medi, pharmacotherapydb or counts (as <c>--kind</c> takes it).</param>
/// <param name="Period">When the data was collected or published.</param>
/// <param name="Unit">What one count counts, in words.</param>
/// <param name="Licence">The data's licence.</param>
/// <param name="Citation">How to cite it.</param>
/// <param name="Files">The files imported.</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsAccepted">Rows used.</param>
/// <param name="RowsSkipped">Rows skipped on purpose (totals, other languages).</param>
/// <param name="RowsRejected">Malformed rows.</param>
/// <param name="LabelEntries">Label (drug, term) pairs.</param>
/// <param name="IndicationEntries">Indications.</param>
/// <param name="CountCells">Count-table cells.</param>
/// <param name="CountDrugs">Count-table drugs.</param>
/// <param name="CountTotal">Count-table total reports.</param>
/// <param name="Notes">Notes made at import.</param>
/// <param name="ImportedAt">When it was imported.</param>
/// <param name="Rejections">The first rejected rows with their reasons.</param>
public sealed record SourceListEntry(
    string Name,
    string Kind,
    string Period,
    string Unit,
    string Licence,
    string Citation,
    IReadOnlyList<string> Files,
    long RowsRead,
    long RowsAccepted,
    long RowsSkipped,
    long RowsRejected,
    int LabelEntries,
    int IndicationEntries,
    int CountCells,
    int CountDrugs,
    long CountTotal,
    IReadOnlyList<string> Notes,
    DateTimeOffset ImportedAt,
    IReadOnlyList<SourceRejection> Rejections)
{
    /// <summary>The entry for a loaded source.</summary>
    public static SourceListEntry From(ImportedSource s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(
            s.Info.Name,
            s.Info.Kind == EvidenceSourceKind.SiderIndications ? "sider-indications" : s.Info.Kind.ToString().ToLowerInvariant(),
            s.Info.Period,
            EvidenceAssessor.UnitText(s.Info.Unit),
            s.Info.Licence,
            s.Info.Citation,
            s.Info.Files,
            s.Info.RowsRead,
            s.Info.RowsAccepted,
            s.Info.RowsSkipped,
            s.Info.RowsRejected,
            s.Labels.Count,
            s.Indications.Count,
            s.Counts?.Pairs.Count ?? 0,
            s.Counts?.Drugs.Count ?? 0,
            s.Counts?.Total ?? 0,
            s.Info.Notes,
            s.Info.ImportedAt,
            s.Info.Rejections);
    }
}
