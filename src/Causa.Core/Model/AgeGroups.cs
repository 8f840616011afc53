namespace Causa.Core.Model;

/// <summary>Maps an age in years to its <see cref="AgeGroup"/>.</summary>
public static class AgeGroups
{
    /// <summary>Returns the band for <paramref name="ageYears"/>.</summary>
    /// <param name="ageYears">Age in years; NaN, negative or above 120 give <see cref="AgeGroup.Unknown"/>.</param>
    public static AgeGroup FromYears(double ageYears) => ageYears switch
    {
        double.NaN => AgeGroup.Unknown,
        < 0 or > 120 => AgeGroup.Unknown,
        < 2 => AgeGroup.Infant,
        < 12 => AgeGroup.Child,
        < 18 => AgeGroup.Adolescent,
        < 45 => AgeGroup.Adult18To44,
        < 65 => AgeGroup.Adult45To64,
        < 75 => AgeGroup.Elderly65To74,
        _ => AgeGroup.Elderly75Plus,
    };
}
