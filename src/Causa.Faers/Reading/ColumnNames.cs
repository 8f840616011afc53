namespace Causa.Faers.Reading;

/// <summary>
/// The columns the reader uses, each with the header spellings FDA has used for it across quarters
/// (first spelling is the canonical FAERS one). Matching is case-insensitive after trimming.
/// </summary>
internal static class ColumnNames
{
    public static readonly string[] PrimaryId = ["primaryid", "isr"];
    public static readonly string[] CaseId = ["caseid", "case"];
    public static readonly string[] CaseVersion = ["caseversion"];
    public static readonly string[] FdaDate = ["fda_dt"];
    public static readonly string[] InitialFdaDate = ["init_fda_dt"];
    public static readonly string[] InitialOrFollowUp = ["i_f_code", "i_f_cod"];
    public static readonly string[] EventDate = ["event_dt"];
    public static readonly string[] Sex = ["sex", "gndr_cod"];
    public static readonly string[] Age = ["age"];
    public static readonly string[] AgeCode = ["age_cod"];
    public static readonly string[] Occupation = ["occp_cod"];
    public static readonly string[] ReporterCountry = ["reporter_country"];
    public static readonly string[] OccurrenceCountry = ["occr_country"];
    public static readonly string[] DrugSeq = ["drug_seq"];
    public static readonly string[] Role = ["role_cod"];
    public static readonly string[] DrugName = ["drugname"];
    public static readonly string[] ProdAi = ["prod_ai"];
    public static readonly string[] LotNumber = ["lot_num", "lot_nbr"];
    public static readonly string[] PreferredTerm = ["pt"];
    public static readonly string[] Outcome = ["outc_cod", "outc_code"];
    public static readonly string[] ReportSource = ["rpsr_cod"];
    public static readonly string[] TherapyDrugSeq = ["dsg_drug_seq", "drug_seq"];
    public static readonly string[] StartDate = ["start_dt"];
    public static readonly string[] EndDate = ["end_dt"];
    public static readonly string[] IndicationDrugSeq = ["indi_drug_seq", "drug_seq"];
    public static readonly string[] IndicationTerm = ["indi_pt"];

    private static readonly string[][] All =
    [
        PrimaryId, CaseId, CaseVersion, FdaDate, InitialFdaDate, InitialOrFollowUp, EventDate, Sex, Age, AgeCode, Occupation, ReporterCountry,
        OccurrenceCountry, DrugSeq, Role, DrugName, ProdAi, LotNumber, PreferredTerm, Outcome, ReportSource,
        TherapyDrugSeq, StartDate, EndDate, IndicationDrugSeq, IndicationTerm,
    ];

    /// <summary>A column for messages: <c>'primaryid' (or 'isr')</c>.</summary>
    public static string Describe(string canonical)
    {
        var spellings = All.FirstOrDefault(a => a[0] == canonical) ?? [canonical];
        return string.Join(" (or ", spellings.Select(s => "'" + s + "'")) + new string(')', spellings.Length - 1);
    }
}
