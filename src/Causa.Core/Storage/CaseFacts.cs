using Causa.Core.Model;

namespace Causa.Core.Storage;

/// <summary>The per-case facts a profile counts (<see cref="ICaseDetails.GetFacts(ReadOnlySpan{int}, Span{CaseFacts})"/>).</summary>
/// <param name="Sex">Patient sex.</param>
/// <param name="AgeYears">Age in years converted from <c>age</c> and <c>age_cod</c>; NaN when unknown.</param>
/// <param name="AgeGroup">Age band; <see cref="AgeGroup.Unknown"/> also for ages outside 0–120 years.</param>
/// <param name="InitialFdaDate">Date FDA first received the case; <see cref="PartialDate.None"/> when unknown or not in the
/// layout (see <see cref="Fields"/>).</param>
/// <param name="EventDate">Event date, possibly partial.</param>
/// <param name="Reporter">Reporter occupation.</param>
/// <param name="Outcomes">All OUTC codes of the case.</param>
/// <param name="OccurrenceCountry">Occurrence country code as reported (upper case); null when missing or not in the layout.</param>
/// <param name="Fields">Which optional facts the case's source layout gives.</param>
public readonly record struct CaseFacts(
    Sex Sex,
    float AgeYears,
    AgeGroup AgeGroup,
    PartialDate InitialFdaDate,
    PartialDate EventDate,
    ReporterType Reporter,
    SeriousOutcomes Outcomes,
    string? OccurrenceCountry,
    ReportFields Fields);
