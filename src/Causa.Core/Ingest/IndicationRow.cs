namespace Causa.Core.Ingest;

/// <summary>One INDI row: the reason a drug was taken, as a MedDRA PT.</summary>
/// <param name="PrimaryId">Report id (legacy: <c>isr</c>).</param>
/// <param name="DrugSeq">The drug's <see cref="DrugRow.DrugSeq"/> (<c>indi_drug_seq</c>).</param>
/// <param name="PreferredTerm">Indication PT as reported, trimmed.</param>
public readonly record struct IndicationRow(long PrimaryId, long DrugSeq, string PreferredTerm);
