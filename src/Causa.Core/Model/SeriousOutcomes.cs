namespace Causa.Core.Model;

/// <summary>Seriousness outcomes of a case (FAERS OUTC table, <c>outc_cod</c>); a case may have several.</summary>
[Flags]
public enum SeriousOutcomes : byte
{
    /// <summary>No outcome reported.</summary>
    None = 0,

    /// <summary>DE: death.</summary>
    Death = 1,

    /// <summary>LT: life-threatening.</summary>
    LifeThreatening = 2,

    /// <summary>HO: hospitalisation, initial or prolonged.</summary>
    Hospitalisation = 4,

    /// <summary>DS: disability.</summary>
    Disability = 8,

    /// <summary>CA: congenital anomaly.</summary>
    CongenitalAnomaly = 16,

    /// <summary>RI: required intervention to prevent permanent impairment or damage.</summary>
    RequiredIntervention = 32,

    /// <summary>OT: other serious (important medical event).</summary>
    OtherSerious = 64,
}
