namespace Causa.Core.Model;

/// <summary>
/// Age bands used for stratification and display. Derived from the reported age and its unit
/// (<c>age</c>, <c>age_cod</c>); ages outside 0–120 years are treated as unknown.
/// </summary>
public enum AgeGroup : byte
{
    /// <summary>Age missing, unparseable or implausible.</summary>
    Unknown = 0,

    /// <summary>Under 2 years.</summary>
    Infant = 1,

    /// <summary>2 to under 12 years.</summary>
    Child = 2,

    /// <summary>12 to under 18 years.</summary>
    Adolescent = 3,

    /// <summary>18 to under 45 years.</summary>
    Adult18To44 = 4,

    /// <summary>45 to under 65 years.</summary>
    Adult45To64 = 5,

    /// <summary>65 to under 75 years.</summary>
    Elderly65To74 = 6,

    /// <summary>75 years or more.</summary>
    Elderly75Plus = 7,
}
