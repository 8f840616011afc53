using Causa.Core.Model;

namespace Causa.Core.Ingest;

/// <summary>One THER row: therapy dates for a drug.</summary>
/// <param name="PrimaryId">Report id (legacy: <c>isr</c>).</param>
/// <param name="DrugSeq">The drug's <see cref="DrugRow.DrugSeq"/> (<c>dsg_drug_seq</c>).</param>
/// <param name="Start">Therapy start date.</param>
/// <param name="End">Therapy end date.</param>
public readonly record struct TherapyRow(long PrimaryId, long DrugSeq, PartialDate Start, PartialDate End);
