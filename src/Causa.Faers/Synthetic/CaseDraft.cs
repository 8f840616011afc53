namespace Causa.Faers.Synthetic;

/// <summary>
/// One synthetic case, fully drawn: the scratch object <see cref="CaseSynthesizer"/> fills and each table pass reads.
/// Reused from case to case so a pass allocates (almost) nothing per row.
/// </summary>
internal sealed class CaseDraft
{
    /// <summary>Most drugs one report can list (the tail of the calibrated distribution stops at 60).</summary>
    public const int MaxDrugs = 64;

    /// <summary>Most reactions one report can list (60 drawn plus planted additions).</summary>
    public const int MaxReactions = 160;

    public long CaseId;
    public int FirstVersion;
    public int Versions;
    public bool Deleted;
    public readonly int[] FdaDate = new int[2];
    public readonly int[] ManufacturerDate = new int[2];
    public int InitialFdaDate;
    public int EventDate;
    public int ReportCode;
    public int Manufacturer;
    public long ManufacturerSerial;
    public string LiteratureReference = string.Empty;
    public int AgeCode;
    public double Age;
    public string AgeGroup = string.Empty;
    public int Sex;
    public bool Electronic;
    public double Weight;
    public int Occupation;
    public string Country = string.Empty;
    public bool OccurrenceCountryEmpty;
    public bool Pandas;
    public int RecordedActionReaction = -1;
    public int DrugCount;
    public readonly DrugSlot[] Drugs = new DrugSlot[MaxDrugs];
    public int ReactionCount;
    public readonly int[] Reactions = new int[MaxReactions];
    public int OutcomeCount;
    public readonly int[] Outcomes = new int[8];
    public int ReportSource = -1;

    /// <summary>The FAERS primaryid of a version: the case id followed by the version number's digits.</summary>
    public long PrimaryId(int version)
    {
        long scale = 10;
        while (scale <= version)
        {
            scale *= 10;
        }

        return (CaseId * scale) + version;
    }
}
