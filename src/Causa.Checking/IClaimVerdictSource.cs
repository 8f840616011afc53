namespace Causa.Checking;

/// <summary>
/// Supplies the evidence verdicts the checker rates claims against. The application layer implements it over the real
/// evidence (<see cref="Causa.Core.Evidence.EvidenceQuery"/>); tests supply fixed tables.
/// </summary>
/// <remarks>Called once per distinct (subject, condition) pair of an article. Must be thread-safe if one checker serves
/// concurrent requests; should not throw for an unknown drug or condition but return <see cref="ClaimVerdicts.None"/>.</remarks>
public interface IClaimVerdictSource
{
    /// <summary>The verdicts for <paramref name="subject"/> and <paramref name="condition"/>.</summary>
    /// <param name="subject">The drug or class.</param>
    /// <param name="condition">A MedDRA preferred term.</param>
    ClaimVerdicts Assess(ClaimSubject subject, string condition);
}
