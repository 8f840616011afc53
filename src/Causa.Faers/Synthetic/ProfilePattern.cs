namespace Causa.Faers.Synthetic;

/// <summary>
/// The known profile planted on one pair of a synthetic quarter (<see cref="SyntheticQuarterGenerator.ProfiledPair"/>):
/// every case in which the planted effect adds the event is a woman aged <see cref="MinAge"/>–<see cref="MaxAge"/> years
/// (<c>age_cod</c> YR) whose event (complete <c>event_dt</c>) came <see cref="MinOnsetDays"/>–<see cref="MaxOnsetDays"/>
/// days after the start of the drug (complete THER <c>start_dt</c>). Cases that list the event by chance (the background,
/// 1 in <see cref="RelativeRisk"/>) keep their random facts, so a profile recovers the pattern in most, not all, cases.
/// </summary>
public static class ProfilePattern
{
    /// <summary>The relative risk of the profiled pair: the highest of <see cref="SyntheticQuarterGenerator.PlantedRelativeRisks"/>.</summary>
    public const double RelativeRisk = 12;

    /// <summary>Youngest age, years.</summary>
    public const int MinAge = 70;

    /// <summary>Oldest age, years.</summary>
    public const int MaxAge = 79;

    /// <summary>Shortest time from therapy start to event, days.</summary>
    public const int MinOnsetDays = 10;

    /// <summary>Longest time from therapy start to event, days.</summary>
    public const int MaxOnsetDays = 20;
}
