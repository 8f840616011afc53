namespace Causa.Core.Ingest;

/// <summary>The tables of a FAERS/AERS quarterly extract.</summary>
public enum FaersTable : byte
{
    /// <summary>DEMO: one row per report (demographics, dates, reporter).</summary>
    Demo = 0,

    /// <summary>DRUG: one row per drug per report.</summary>
    Drug = 1,

    /// <summary>REAC: one row per MedDRA preferred term per report.</summary>
    Reac = 2,

    /// <summary>OUTC: seriousness outcome codes.</summary>
    Outc = 3,

    /// <summary>RPSR: report sources.</summary>
    Rpsr = 4,

    /// <summary>THER: therapy start/end dates per drug.</summary>
    Ther = 5,

    /// <summary>INDI: indication preferred terms per drug.</summary>
    Indi = 6,

    /// <summary>DELETE: case ids FDA removed from the database.</summary>
    Delete = 7,
}
