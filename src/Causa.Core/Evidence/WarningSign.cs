using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>One row of Causa's warning-sign table: when to see a doctor about a condition or a serious drug reaction.</summary>
/// <param name="Subject">The MedDRA preferred term the sign is about.</param>
/// <param name="Kind">Whether the subject is a condition or a drug reaction.</param>
/// <param name="Urgency">How soon to get help.</param>
/// <param name="Sign">One plain sentence in Causa's own words.</param>
/// <param name="Source">The public page the facts come from.</param>
/// <param name="Drugs">Whom a reaction row is about: class keys of drug_classes.tsv or ingredient names, lower case; empty
/// when the sign is about any medicine or about the condition itself.</param>
public sealed record WarningSign(string Subject, WarningSignKind Kind, WarningUrgency Urgency, string Sign, CuratedSource Source, IReadOnlyList<string> Drugs)
{
    /// <summary>A row about any medicine or about the condition itself.</summary>
    /// <param name="subject">The MedDRA preferred term the sign is about.</param>
    /// <param name="kind">Whether the subject is a condition or a drug reaction.</param>
    /// <param name="urgency">How soon to get help.</param>
    /// <param name="sign">One plain sentence in Causa's own words.</param>
    /// <param name="source">The public page the facts come from.</param>
    public WarningSign(string subject, WarningSignKind kind, WarningUrgency urgency, string sign, CuratedSource source)
        : this(subject, kind, urgency, sign, source, [])
    {
    }
}
