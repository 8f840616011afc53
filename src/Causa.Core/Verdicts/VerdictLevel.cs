namespace Causa.Core.Verdicts;

/// <summary>What the reports say about a drug–event pair, from least to most notable.</summary>
public enum VerdictLevel
{
    /// <summary>No case in the store reports the pair.</summary>
    NoReports = 0,

    /// <summary>Fewer than three cases: nothing can be concluded either way.</summary>
    TooFewReports = 1,

    /// <summary>Reported, but not more often than with other drugs.</summary>
    NotDisproportionate = 2,

    /// <summary>Some measures flag the pair, others do not.</summary>
    WeakSignal = 3,

    /// <summary>Reported clearly more often than expected (IC025 &gt; 0 and the Evans criteria).</summary>
    Disproportionate = 4,
}
