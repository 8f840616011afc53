namespace Causa.Core.Sources;

/// <summary>How an indication source qualifies a drug–condition pair.</summary>
public enum IndicationCategory
{
    /// <summary>An approved, on-label indication (DrugCentral).</summary>
    OnLabel = 0,

    /// <summary>MEDI: the indication is a possible label use (POSSIBLE_LABEL_USE = 1).</summary>
    PossibleLabelUse = 1,

    /// <summary>MEDI: a curated use not found on the label (POSSIBLE_LABEL_USE = 0, high-precision subset).</summary>
    OffLabel = 2,

    /// <summary>MEDI: mined from one resource only, outside the high-precision subset; shown, not counted.</summary>
    LowPrecision = 3,

    /// <summary>PharmacotherapyDB DM: the drug modifies the disease.</summary>
    DiseaseModifying = 4,

    /// <summary>PharmacotherapyDB SYM: the drug treats symptoms of the disease.</summary>
    Symptomatic = 5,

    /// <summary>PharmacotherapyDB NOT: curators judged it not an indication.</summary>
    NotIndication = 6,

    /// <summary>
    /// SIDER: found among a label's indications by text mining (<c>NLP_indication</c>). Label text read by a program, not an
    /// approved-indication list: a label use when no approved-indication source knows the drug, off-label beside one that does.
    /// </summary>
    MinedFromLabel = 7,
}
