namespace Causa.Core.Model;

/// <summary>Who reported the case (FAERS <c>occp_cod</c>).</summary>
public enum ReporterType : byte
{
    /// <summary>Missing or unrecognised.</summary>
    Unknown = 0,

    /// <summary>MD: physician.</summary>
    Physician = 1,

    /// <summary>PH: pharmacist.</summary>
    Pharmacist = 2,

    /// <summary>OT: other health professional.</summary>
    OtherHealthProfessional = 3,

    /// <summary>LW: lawyer.</summary>
    Lawyer = 4,

    /// <summary>CN: consumer or non-health professional.</summary>
    Consumer = 5,

    /// <summary>HP: health professional (older code).</summary>
    HealthProfessional = 6,
}
