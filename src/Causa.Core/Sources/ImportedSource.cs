namespace Causa.Core.Sources;

/// <summary>One imported source: its description and its evidence rows (labels, indications or a count table).</summary>
/// <param name="Info">Description and import statistics.</param>
/// <param name="Labels">Label entries (SIDER, OnSIDES); empty for other kinds.</param>
/// <param name="Indications">Indication entries (DrugCentral, MEDI, PharmacotherapyDB); empty for other kinds.</param>
/// <param name="Counts">The count table (count sources); null for other kinds.</param>
public sealed record ImportedSource(SourceInfo Info, IReadOnlyList<LabelEntry> Labels, IReadOnlyList<IndicationEntry> Indications, CountTable? Counts);
