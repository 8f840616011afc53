using Causa.Core.Verdicts;


namespace Causa.Checking;

/// <summary>The evidence verdicts for one (drug or class, condition) pair.</summary>
/// <param name="Cause">"Can it cause the condition?"; null when it cannot be assessed (drug or condition unknown to the sources).</param>
/// <param name="Help">"Does it help with the condition?"; null when it cannot be assessed.</param>
/// <param name="Evidence">Short evidence lines to show beside the claim (source, finding); may be empty.</param>
public sealed record ClaimVerdicts(CauseVerdict? Cause, HelpVerdict? Help, IReadOnlyList<string> Evidence)
{
    /// <summary>No verdict for either question.</summary>
    public static ClaimVerdicts None { get; } = new(null, null, []);
}
