using System.Text;

namespace Causa.TestSupport;

/// <summary>Writes small hand-made quarter folders (exact bytes) for format tests.</summary>
public static class SyntheticQuarter
{
    /// <summary>The DEMO file header of a 2024 quarter (25 columns, <c>$</c>-separated).</summary>
    public const string DemoHeader = "primaryid$caseid$caseversion$i_f_code$event_dt$mfr_dt$init_fda_dt$fda_dt$rept_cod$auth_num$mfr_num$mfr_sndr$lit_ref$age$age_cod$age_grp$sex$e_sub$wt$wt_cod$rept_dt$to_mfr$occp_cod$reporter_country$occr_country";
    /// <summary>The DRUG file header of a 2024 quarter (20 columns).</summary>
    public const string DrugHeader = "primaryid$caseid$drug_seq$role_cod$drugname$prod_ai$val_vbm$route$dose_vbm$cum_dose_chr$cum_dose_unit$dechal$rechal$lot_num$exp_dt$nda_num$dose_amt$dose_unit$dose_form$dose_freq";
    /// <summary>The REAC file header of a 2024 quarter.</summary>
    public const string ReacHeader = "primaryid$caseid$pt$drug_rec_act";

    /// <summary>A DEMO row with the given values and everything else empty.</summary>
    public static string Demo(string primaryId, string caseId, string version = "1", string eventDate = "", string fdaDate = "20240105",
        string age = "", string ageCode = "", string sex = "", string occupation = "", string country = "US")
        => string.Join('$', primaryId, caseId, version, "I", eventDate, "", "", fdaDate, "EXP", "", "", "", "", age, ageCode, "", sex, "Y", "", "", "", "", occupation, country, country);

    /// <summary>A DRUG row with the given values and everything else empty (<c>val_vbm</c> 1).</summary>
    public static string Drug(string primaryId, string caseId, string seq, string role, string name, string prodAi = "")
        => string.Join('$', primaryId, caseId, seq, role, name, prodAi, "1", "", "", "", "", "", "", "", "", "", "", "", "", "");

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a BOM.</summary>
    public static void Write(string path, string text) => File.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a minimal FAERS 2024Q1 quarter: DEMO, DRUG, REAC with the given data lines, joined by <paramref name="newline"/>.</summary>
    public static void WriteFaers(string folder, IEnumerable<string> demo, IEnumerable<string> drug, IEnumerable<string> reac, string newline = "\n")
    {
        Write(Path.Combine(folder, "DEMO24Q1.txt"), string.Join(newline, [DemoHeader, .. demo]) + newline);
        Write(Path.Combine(folder, "DRUG24Q1.txt"), string.Join(newline, [DrugHeader, .. drug]) + newline);
        Write(Path.Combine(folder, "REAC24Q1.txt"), string.Join(newline, [ReacHeader, .. reac]) + newline);
    }
}
