namespace Causa.Core.Evidence;

/// <summary>One line of evidence: what one source says about the drug and the condition, with its numbers.</summary>
/// <param name="Source">Source name (e.g. <c>SIDER 4.1</c>, <c>FAERS store</c>, <c>TAKMU antidepressants</c>).</param>
/// <param name="Kind"><c>label</c>, <c>indication</c>, <c>counts</c> (a published table) or <c>reports</c> (the FAERS store).</param>
/// <param name="Finding">What the source shows, as a fixed code (see docs/EVIDENCE.md): e.g. <c>label-clear-excess</c>, <c>strong-signal</c>, <c>on-label</c>.</param>
/// <param name="Summary">One plain sentence with the numbers.</param>
/// <param name="Period">Period the source covers.</param>
/// <param name="Unit">What its counts count (<c>unique cases</c>, <c>reports</c>, <c>drug–event pairs</c>, <c>reaction rows</c>); empty for labels and indications.</param>
/// <param name="Citation">Where the data comes from.</param>
/// <param name="Counted">True when the line counts toward the verdict; false when shown only (e.g. indication bias, no background).</param>
/// <param name="Note">Why a line is not counted, or another remark; null when none.</param>
/// <param name="Numbers">The figures behind the summary (a, b, c, d, n, prr, prr_lower, prr_upper, ic025, drug_percent_max, placebo_percent_median, cases...); empty when none.</param>
public sealed record EvidenceLine(
    string Source,
    string Kind,
    string Finding,
    string Summary,
    string Period,
    string Unit,
    string Citation,
    bool Counted,
    string? Note,
    IReadOnlyDictionary<string, double> Numbers)
{
    /// <summary>
    /// False when the source was checked but cannot answer for this pair at all: the table does not list the term
    /// (<c>not-in-table</c>), its margins do not add up (<c>inconsistent</c>), or no indication source knows the drug
    /// (<c>drug-unknown</c>). Such a line is never counted; it is kept so every checked source is named, and front ends
    /// may fold these lines together. True for every other line, including "not listed" and "no signal", which are
    /// answers. JSON <c>can_answer</c>.
    /// </summary>
    public bool CanAnswer { get; init; } = true;
}
