using Causa.Core.Model;

namespace Causa.Core.Ingest;

/// <summary>One DRUG row.</summary>
/// <param name="PrimaryId">Report the drug belongs to (legacy: <c>isr</c>).</param>
/// <param name="DrugSeq">Drug sequence number within the report (legacy AERS: a global id that INDI and THER reference).</param>
/// <param name="Role">Reported role.</param>
/// <param name="DrugName">Verbatim <c>drugname</c>, trimmed; never null (empty when missing).</param>
/// <param name="ProdAi">Active ingredient(s) as FDA coded them (<c>prod_ai</c>, 2014Q3 on); null when absent.</param>
public readonly record struct DrugRow(long PrimaryId, long DrugSeq, DrugRole Role, string DrugName, string? ProdAi);
