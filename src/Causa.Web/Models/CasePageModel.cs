namespace Causa.Web.Models;

/// <summary>The case page (<c>/cases/{caseid}</c>): one FAERS case's line listing.</summary>
/// <param name="CaseId">The FAERS case id.</param>
/// <param name="Facts">Report facts: quarter, country, sex, age, reporter, outcome.</param>
/// <param name="Drugs">The drugs with their role ("mirtazapine: suspect"), each a link to its drug page.</param>
/// <param name="Reactions">The reactions as reported, each a link to its event page.</param>
public sealed record CasePageModel(string CaseId, IReadOnlyList<FactRow> Facts, IReadOnlyList<LinkModel> Drugs, IReadOnlyList<LinkModel> Reactions);
