namespace Causa.Core.Signals;

/// <summary>Which case attributes define the strata of the expected counts (E = Σₛ n(drug,s)·n(event,s)/n(s)).</summary>
[Flags]
public enum StratumFields
{
    /// <summary>No stratification: E = n(drug)·n(event)/N.</summary>
    None = 0,

    /// <summary>Patient sex (female, male, unknown).</summary>
    Sex = 1,

    /// <summary>Age band (<see cref="Model.AgeGroup"/>, with unknown as its own band).</summary>
    AgeGroup = 2,

    /// <summary>Year FDA received the kept version.</summary>
    ReportYear = 4,

    /// <summary>Sex × age group × report year: the default.</summary>
    Default = Sex | AgeGroup | ReportYear,
}
