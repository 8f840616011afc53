using Causa.Core.Model;

namespace Causa.Core.Ingest;

/// <summary>One OUTC row.</summary>
/// <param name="PrimaryId">Report id (legacy: <c>isr</c>).</param>
/// <param name="Outcome">The outcome (a single flag).</param>
public readonly record struct OutcomeRow(long PrimaryId, SeriousOutcomes Outcome);
