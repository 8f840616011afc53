namespace Causa.Core.Storage;

/// <summary>Which of a case's facts (<see cref="CaseFacts"/>) a bulk read fills (<see cref="ICaseDetails.GetFacts(ReadOnlySpan{int}, Span{CaseFacts}, CaseFactColumns)"/>):
/// a store keeps each fact in a column of its own, and a read that leaves a column out does not touch it.</summary>
[Flags]
public enum CaseFactColumns
{
    /// <summary>No fact.</summary>
    None = 0,

    /// <summary><see cref="CaseFacts.Sex"/>.</summary>
    Sex = 1,

    /// <summary><see cref="CaseFacts.AgeYears"/>.</summary>
    AgeYears = 2,

    /// <summary><see cref="CaseFacts.AgeGroup"/>.</summary>
    AgeGroup = 4,

    /// <summary><see cref="CaseFacts.InitialFdaDate"/>.</summary>
    InitialFdaDate = 8,

    /// <summary><see cref="CaseFacts.EventDate"/>.</summary>
    EventDate = 16,

    /// <summary><see cref="CaseFacts.Reporter"/>.</summary>
    Reporter = 32,

    /// <summary><see cref="CaseFacts.Outcomes"/>.</summary>
    Outcomes = 64,

    /// <summary><see cref="CaseFacts.OccurrenceCountry"/>.</summary>
    OccurrenceCountry = 128,

    /// <summary><see cref="CaseFacts.Fields"/>.</summary>
    Fields = 256,

    /// <summary>Every fact.</summary>
    All = Sex | AgeYears | AgeGroup | InitialFdaDate | EventDate | Reporter | Outcomes | OccurrenceCountry | Fields,
}
