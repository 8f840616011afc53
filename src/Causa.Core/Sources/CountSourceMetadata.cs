namespace Causa.Core.Sources;

/// <summary>
/// Period, unit, licence and citation of the published count tables Causa knows by file name; a table not listed here
/// is imported with the period read from a sibling <c>.rst</c> description when there is one, else "not stated".
/// </summary>
internal static class CountSourceMetadata
{
    private const string MddcCitation = "MDDC Python/R package datasets (Markatou lab); generation process: Ding Y, Markatou M, Ball R. An evaluation of statistical approaches to postmarketing surveillance. Stat Med. 2020;39(7):845-874.";
    private const string PvEBayesCitation = "pvEBayes R package datasets (CRAN); FAERS quarterly data files.";
    private const string PvLrtCitation = "pvLRT R package datasets (Chakraborty S, Markatou M et al.); FAERS quarterly data files.";
    private const string Gpl = "GPL-3 (package); underlying FAERS data public domain";

    public static (string Name, string Period, EvidenceUnit Unit, string Licence, string Citation)? Find(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName).ToUpperInvariant();
        return stem switch
        {
            "SEDATIVE1000" or "BETABLOCKER500" or "STATIN101" => ("MDDC " + Path.GetFileNameWithoutExtension(fileName), "FAERS 2021Q1–2023Q4", EvidenceUnit.DrugEventPairs, Gpl, MddcCitation),
            "STATIN49" or "STATIN49_WITH_CLUSTER_IDX" => ("MDDC " + Path.GetFileNameWithoutExtension(fileName), "FAERS 2014Q3–2020Q4", EvidenceUnit.DrugEventPairs, Gpl, MddcCitation),
            "STATIN2025" or "GBCA2025" => ("pvEBayes " + Path.GetFileNameWithoutExtension(fileName), "FAERS 2021Q1–2024Q4", EvidenceUnit.DrugEventPairs, Gpl, PvEBayesCitation),
            "FAERS_OPIOID_MENTAL" => ("pvEBayes faers_opioid_mental", "FAERS 2014Q3–2020Q4", EvidenceUnit.DrugEventPairs, Gpl, PvEBayesCitation),
            "PVLRT_STATIN_COUNTS" or "PVLRT_GBCA_COUNTS" => ("pvLRT " + Path.GetFileNameWithoutExtension(fileName)[6..^7], "FAERS (period not stated in the file)", EvidenceUnit.DrugEventPairs, Gpl, PvLrtCitation),
            _ => null,
        };
    }

    public const string TakmuName = "TAKMU antidepressants";
    public const string TakmuPeriod = "FAERS 2014Q3–2023Q4";
    public const string TakmuCitation = "TAKMU/FAERS-Antidepressants-ADR (GitHub repository; paper data): FAERS loaded into PostgreSQL, drugs matched by prod_ai, all roles.";
    public const string TakmuLicence = "no licence stated in the repository; FAERS data public domain";

    public const string OkekeName = "FAERS 2023 US primary-suspect 2x2";
    public const string OkekePeriod = "FAERS 2023Q1–2023Q4, US cases";
    public const string OkekeCitation = "DarylOkeke/faers-signal-detection (GitHub, MIT): results/tables/cardiac_complete.csv; latest case version per caseid, primary-suspect drug only.";

    public const string OpenFdaName = "openFDA SSRI counts";
    public const string OpenFdaPeriod = "openFDA, all years up to collection in 2026-02";
    public const string OpenFdaCitation = "slijewski/faers_ssri_signal_detection (GitHub, MIT): openFDA drug/event count API responses.";
}
