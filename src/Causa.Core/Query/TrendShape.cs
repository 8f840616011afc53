namespace Causa.Core.Query;

/// <summary>What a pair's reports did over the years, counting every case up to each year (<see cref="TrendReading"/>).</summary>
public enum TrendShape
{
    /// <summary>No case with the drug and the event in any year.</summary>
    NoReports = 0,

    /// <summary>Fewer than <see cref="TrendReading.MinimumCases"/> cases in all: too few to tell.</summary>
    TooFew = 1,

    /// <summary>Enough cases, but in no year did the pair stand out (the PRR's lower bound never above 1).</summary>
    NeverStoodOut = 2,

    /// <summary>Stood out from the first year with enough cases, and in every year since.</summary>
    FromTheStart = 3,

    /// <summary>Stood out from a later year (<see cref="TrendReading.Since"/>), and in every year since.</summary>
    Emerged = 4,

    /// <summary>Stood out in some year, but no longer in the last year of the store.</summary>
    Faded = 5,
}
