using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>Maps FAERS code fields (as trimmed bytes, any case) to the model's enums; see ASC_NTS section D.</summary>
internal static class FaersCodes
{
    /// <summary>Days per year used for age units below a year (Julian year, so 52.18 weeks, 8,766 hours).</summary>
    public const double DaysPerYear = 365.25;

    /// <summary><c>sex</c> / <c>gndr_cod</c>: M, F; UNK, NS and empty are unknown.</summary>
    /// <returns>False for any other text (the sex is then unknown).</returns>
    public static bool TryParseSex(ReadOnlySpan<byte> code, out Sex sex)
    {
        sex = Sex.Unknown;
        if (code.Length == 1)
        {
            switch (code[0] | 0x20)
            {
                case 'm':
                    sex = Sex.Male;
                    return true;
                case 'f':
                    sex = Sex.Female;
                    return true;
                default:
                    return false;
            }
        }

        return code.IsEmpty || FieldText.CodeEquals(code, "UNK"u8) || FieldText.CodeEquals(code, "NS"u8);
    }

    /// <summary><c>role_cod</c>: PS, SS, C, I.</summary>
    /// <returns>False for empty or other text (the role is then <see cref="DrugRole.Unknown"/>).</returns>
    public static bool TryParseRole(ReadOnlySpan<byte> code, out DrugRole role)
    {
        role = code.Length switch
        {
            1 when (code[0] | 0x20) == 'c' => DrugRole.Concomitant,
            1 when (code[0] | 0x20) == 'i' => DrugRole.Interacting,
            2 when FieldText.CodeEquals(code, "PS"u8) => DrugRole.PrimarySuspect,
            2 when FieldText.CodeEquals(code, "SS"u8) => DrugRole.SecondarySuspect,
            _ => DrugRole.Unknown,
        };
        return role != DrugRole.Unknown;
    }

    /// <summary><c>occp_cod</c>: MD, PH, OT, LW, CN, and the older HP; empty is unknown.</summary>
    /// <returns>False for unrecognised non-empty text.</returns>
    public static bool TryParseReporter(ReadOnlySpan<byte> code, out ReporterType reporter)
    {
        reporter = ReporterType.Unknown;
        if (code.IsEmpty)
        {
            return true;
        }

        if (code.Length != 2)
        {
            return false;
        }

        reporter = (code[0] | 0x20, code[1] | 0x20) switch
        {
            ('m', 'd') => ReporterType.Physician,
            ('p', 'h') => ReporterType.Pharmacist,
            ('o', 't') => ReporterType.OtherHealthProfessional,
            ('l', 'w') => ReporterType.Lawyer,
            ('c', 'n') => ReporterType.Consumer,
            ('h', 'p') => ReporterType.HealthProfessional,
            _ => ReporterType.Unknown,
        };
        return reporter != ReporterType.Unknown;
    }

    /// <summary><c>outc_cod</c>: DE, LT, HO, DS, CA, RI, OT.</summary>
    /// <returns>False for empty or other text.</returns>
    public static bool TryParseOutcome(ReadOnlySpan<byte> code, out SeriousOutcomes outcome)
    {
        outcome = SeriousOutcomes.None;
        if (code.Length != 2)
        {
            return false;
        }

        outcome = (code[0] | 0x20, code[1] | 0x20) switch
        {
            ('d', 'e') => SeriousOutcomes.Death,
            ('l', 't') => SeriousOutcomes.LifeThreatening,
            ('h', 'o') => SeriousOutcomes.Hospitalisation,
            ('d', 's') => SeriousOutcomes.Disability,
            ('c', 'a') => SeriousOutcomes.CongenitalAnomaly,
            ('r', 'i') => SeriousOutcomes.RequiredIntervention,
            ('o', 't') => SeriousOutcomes.OtherSerious,
            _ => SeriousOutcomes.None,
        };
        return outcome != SeriousOutcomes.None;
    }

    /// <summary>
    /// Years per unit of <c>age_cod</c>: YR 1, DEC 10, MON 1/12, WK 7/365.25, DY 1/365.25, HR 1/8,766.
    /// </summary>
    /// <returns>False for empty or unknown units.</returns>
    public static bool TryGetYearsPerAgeUnit(ReadOnlySpan<byte> code, out double yearsPerUnit)
    {
        yearsPerUnit = code.Length switch
        {
            2 when FieldText.CodeEquals(code, "YR"u8) => 1.0,
            2 when FieldText.CodeEquals(code, "WK"u8) => 7.0 / DaysPerYear,
            2 when FieldText.CodeEquals(code, "DY"u8) => 1.0 / DaysPerYear,
            2 when FieldText.CodeEquals(code, "HR"u8) => 1.0 / (DaysPerYear * 24.0),
            3 when FieldText.CodeEquals(code, "MON"u8) => 1.0 / 12.0,
            3 when FieldText.CodeEquals(code, "DEC"u8) => 10.0,
            _ => double.NaN,
        };
        return !double.IsNaN(yearsPerUnit);
    }
}
