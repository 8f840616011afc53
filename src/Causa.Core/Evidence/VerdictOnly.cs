using Causa.Core.Verdicts;

namespace Causa.Core.Evidence;

/// <summary>A verdict word alone, shaped for JSON as <c>{"verdict": "..."}</c> (a class member's cause or help).</summary>
/// <param name="Verdict">The verdict word (<see cref="EvidenceRules.Text(CauseVerdict)"/>, <see cref="EvidenceRules.Text(HelpVerdict)"/>, or <c>mixed</c>).</param>
public sealed record VerdictOnly(string Verdict);
