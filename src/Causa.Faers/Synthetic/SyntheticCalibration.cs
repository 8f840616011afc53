namespace Causa.Faers.Synthetic;

/// <summary>
/// Distributions the generator draws from, measured on real FAERS files. Unless a comment says otherwise, each figure was
/// computed from shared/data/faers/nico8270_2025q4_sample1000 (FAERS 2025Q4, 1,000 reports with all seven tables) and is
/// recomputed from that sample by tests/Causa.Faers.Tests/Synthetic/CalibrationTests.cs, which fails if they drift apart.
/// </summary>
/// <remarks>
/// The sample over-represents reports with many drugs (its joinable subset averages 6.3 drugs and 4.3 reactions per report,
/// where a full quarter has about 4.5 and 3.25: ~1.8M DRUG and ~1.3M REAC rows for ~400k reports). The generator keeps
/// the sample's shape and tilts it exponentially (p_k·θ^k) until its mean matches the full-quarter mean.
/// </remarks>
internal static class SyntheticCalibration
{
    /// <summary>Reports with 1, 2, ... 29 DRUG rows, then 30 or more (index 29).</summary>
    public static readonly int[] DrugsPerReport = [355, 173, 117, 59, 34, 57, 24, 25, 15, 11, 12, 14, 13, 7, 11, 6, 6, 5, 4, 5, 6, 4, 4, 3, 2, 2, 2, 0, 5, 19];

    /// <summary>Reports with 1, 2, ... 29 REAC rows, then 30 or more (index 29).</summary>
    public static readonly int[] ReactionsPerReport = [319, 220, 131, 79, 55, 36, 31, 23, 17, 15, 9, 13, 10, 7, 5, 4, 3, 0, 2, 0, 2, 2, 0, 1, 0, 1, 0, 0, 1, 14];

    /// <summary>Full-quarter mean of DRUG rows per report (≈1.8M / 400k, FDA quarterly totals).</summary>
    public const double FullQuarterDrugsPerReport = 4.5;

    /// <summary>Full-quarter mean of REAC rows per report (≈1.3M / 400k, FDA quarterly totals).</summary>
    public const double FullQuarterReactionsPerReport = 3.25;

    /// <summary>Roles of the first drug of a report: PS, SS, C, I (drug_seq = 1 rows).</summary>
    public static readonly double[] FirstDrugRoles = [1211, 15, 1, 0];

    /// <summary>Roles of the other drugs: PS, SS, C, I (drug_seq &gt; 1 rows).</summary>
    public static readonly double[] OtherDrugRoles = [16, 2603, 2410, 35];

    /// <summary>sex: F, M, empty (per mille).</summary>
    public static readonly double[] Sex = [496, 362, 142];

    /// <summary>age_cod: YR, empty (no age), DEC, MON, WK (per mille).</summary>
    public static readonly double[] AgeCode = [665, 315, 16, 2, 2];

    /// <summary>Ages in years (age_cod YR) at the 0, 5, 10, ... 95 and 100 percentiles.</summary>
    public static readonly double[] AgeYearPercentiles = [3, 20, 31, 37, 41, 45, 48, 52, 55, 59, 61, 63, 66, 68, 70, 73, 75, 78, 79, 84, 97];

    /// <summary>Share of reports with a weight (wt_cod KG).</summary>
    public const double WeightShare = 0.207;

    /// <summary>Share of reports with an event date.</summary>
    public const double EventDateShare = 0.495;

    /// <summary>Share of reports with i_f_code I (initial); the rest are follow-ups.</summary>
    public const double InitialShare = 0.651;

    /// <summary>caseversion of follow-up reports: 2, 3, ... 9, then 10 or more (per mille of all reports).</summary>
    public static readonly double[] FollowUpVersions = [175, 69, 34, 16, 8, 10, 6, 2, 29];

    /// <summary>occp_cod: MD, CN, empty, HP, PH, LW (per mille).</summary>
    public static readonly double[] Occupation = [272, 257, 207, 191, 65, 8];

    /// <summary>Occupation codes matching <see cref="Occupation"/>.</summary>
    public static readonly string[] OccupationCodes = ["MD", "CN", "", "HP", "PH", "LW"];

    /// <summary>rept_cod: EXP, PER, DIR, 30DAY, 5DAY (per mille).</summary>
    public static readonly double[] ReportCode = [906, 57, 35, 1, 1];

    /// <summary>Report type codes matching <see cref="ReportCode"/>.</summary>
    public static readonly string[] ReportCodes = ["EXP", "PER", "DIR", "30DAY", "5DAY"];

    /// <summary>reporter_country, most frequent first (per mille); the remainder goes to <see cref="OtherCountries"/>.</summary>
    public static readonly double[] Country = [414, 182, 90, 78, 69, 42, 18, 11, 8, 8, 7, 6, 6, 6, 6];

    /// <summary>Country codes matching <see cref="Country"/>.</summary>
    public static readonly string[] CountryCodes = ["US", "EU", "CA", "JP", "GB", "CN", "AU", "BR", "COUNTRY NOT SPECIFIED", "KR", "IN", "CO", "MX", "RU", "TW"];

    /// <summary>Countries sharing the remaining reports evenly (codes seen in the samples' tails).</summary>
    public static readonly string[] OtherCountries = ["FR", "DE", "IT", "ES", "NL", "AR", "TR", "PL", "SE", "CH", "BE", "IL", "ZA", "EG", "GR"];

    /// <summary>Share of reports whose occr_country is empty (otherwise it equals reporter_country).</summary>
    public const double OccurrenceCountryEmpty = 0.065;

    /// <summary>e_sub = Y share.</summary>
    public const double ElectronicShare = 0.965;

    /// <summary>Share of reports with at least one OUTC row: 59 of the 100 coherent reports of the 2017Q2 sample (the 2025Q4 sample keeps only reports with outcomes).</summary>
    public const double OutcomeShare = 0.59;

    /// <summary>OUTC rows per report with outcomes: 1 ... 6.</summary>
    public static readonly double[] OutcomesPerReport = [748, 210, 30, 8, 2, 2];

    /// <summary>outc_cod: OT, HO, DE, LT, DS, CA, RI (per ten thousand rows).</summary>
    public static readonly double[] OutcomeCode = [5655, 2736, 892, 442, 206, 38, 30];

    /// <summary>Outcome codes matching <see cref="OutcomeCode"/>.</summary>
    public static readonly string[] OutcomeCodes = ["OT", "HO", "DE", "LT", "DS", "CA", "RI"];

    /// <summary>Share of DRUG rows with at least one INDI row.</summary>
    public const double IndicationShare = 0.624;

    /// <summary>INDI rows per drug with indications: 1, 2, 3, 4.</summary>
    public static readonly double[] IndicationsPerDrug = [3853, 57, 16, 1];

    /// <summary>Share of INDI rows reading "Product used for unknown indication".</summary>
    public const double UnknownIndicationShare = 0.399;

    /// <summary>Share of DRUG rows with a THER row.</summary>
    public const double TherapyShare = 0.2265;

    /// <summary>Share of reports with an RPSR row (31 rows for 1,000 reports).</summary>
    public const double ReportSourceShare = 0.031;

    /// <summary>Share of DRUG rows with an empty prod_ai.</summary>
    public const double EmptyActiveIngredientShare = 0.0175;

    /// <summary>dechal: U, empty, D, Y, N (per ten thousand rows).</summary>
    public static readonly double[] Dechallenge = [4230, 3651, 1268, 738, 113];

    /// <summary>rechal: empty, U, Y, D, N (per ten thousand rows).</summary>
    public static readonly double[] Rechallenge = [8752, 1189, 24, 17, 17];

    /// <summary>Share of DRUG rows with an empty route; "Unknown" takes <see cref="RouteUnknownShare"/>, the product's route the rest.</summary>
    public const double RouteEmptyShare = 0.4254;

    /// <summary>Share of DRUG rows whose route reads "Unknown".</summary>
    public const double RouteUnknownShare = 0.2314;

    /// <summary>Share of DRUG rows with a dose amount and unit.</summary>
    public const double DoseShare = 0.4022;

    /// <summary>Share of DRUG rows with a dose form.</summary>
    public const double DoseFormShare = 0.4438;

    /// <summary>Share of DRUG rows with a dose frequency.</summary>
    public const double DoseFrequencyShare = 0.1893;

    /// <summary>val_vbm = 1 share (verbatim drug name); 2 otherwise.</summary>
    public const double VerbatimShare = 0.9832;
}
