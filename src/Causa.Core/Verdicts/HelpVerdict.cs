namespace Causa.Core.Verdicts;

/// <summary>"Does the drug help with the condition?" on Causa's fixed scale (docs/EVIDENCE.md).</summary>
public enum HelpVerdict
{
    /// <summary><c>none-found</c>: no indication source lists it and FAERS reporters rarely name it as the reason for use.</summary>
    NoneFound = 0,

    /// <summary><c>reported-use</c>: only real-world use, from FAERS INDI (at least <see cref="EvidenceRules.MinimumIndicationCases"/> cases).</summary>
    ReportedUse = 1,

    /// <summary><c>off-label</c>: curated off-label or symptomatic use (MEDI high-precision, PharmacotherapyDB DM/SYM), or a use
    /// taken from label text (MEDI's possible label use, SIDER's text-mined indications) that the on-label source, knowing the drug, does not list.</summary>
    OffLabel = 2,

    /// <summary><c>approved</c>: an on-label indication (DrugCentral; MEDI possible label use or SIDER's text-mined label
    /// indications only when no on-label source knows the drug).</summary>
    Approved = 3,
}
