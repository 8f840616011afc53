namespace Causa.Core.Model;

/// <summary>Which drug roles count as "the case mentions the drug" in an analysis.</summary>
public enum RoleFilter : byte
{
    /// <summary>Primary and secondary suspect drugs only (the signal-detection default).</summary>
    Suspect = 0,

    /// <summary>Every role: suspect, concomitant and interacting.</summary>
    All = 1,
}
