using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>One row of Causa's warning-sign table: when to see a doctor about a condition or a serious drug reaction.</summary>
/// <param name="Subject">The MedDRA preferred term the sign is about.</param>
/// <param name="Kind">Whether the subject is a condition or a drug reaction.</param>
/// <param name="Urgency">How soon to get help.</param>
/// <param name="Sign">One plain sentence in Causa's own words.</param>
/// <param name="Source">The public page the facts come from.</param>
public sealed record WarningSign(string Subject, WarningSignKind Kind, WarningUrgency Urgency, string Sign, CuratedSource Source);
