namespace Causa.Core.Query;

/// <summary>Cases with each OUTC code (a case may have several), then cases with any (serious) or none (non-serious).</summary>
/// <param name="Death">DE.</param>
/// <param name="LifeThreatening">LT.</param>
/// <param name="Hospitalization">HO: initial or prolonged hospitalisation.</param>
/// <param name="Disability">DS.</param>
/// <param name="CongenitalAnomaly">CA.</param>
/// <param name="RequiredIntervention">RI: required intervention to prevent permanent impairment.</param>
/// <param name="OtherSerious">OT: other serious (important medical event).</param>
/// <param name="Serious">Cases with at least one outcome code.</param>
/// <param name="NonSerious">Cases with none.</param>
public sealed record OutcomeCounts(
    int Death,
    int LifeThreatening,
    int Hospitalization,
    int Disability,
    int CongenitalAnomaly,
    int RequiredIntervention,
    int OtherSerious,
    int Serious,
    int NonSerious);
