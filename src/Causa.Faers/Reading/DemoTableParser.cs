using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>
/// DEMO rows. Unusable (rejected): empty or non-numeric <c>primaryid</c>/<c>isr</c> or <c>caseid</c>/<c>case</c>.
/// Everything else is accepted, an uninterpretable value becoming unknown and counted as a value warning.
/// </summary>
internal sealed class DemoTableParser(List<ReportRow> output) : TableParser
{
    private int _primaryId;
    private int _caseId;
    private int _caseVersion;
    private int _fdaDate;
    private int _eventDate;
    private int _sex;
    private int _age;
    private int _ageCode;
    private int _occupation;
    private int _reporterCountry;
    private int _occurrenceCountry;
    private int _initialFdaDate;
    private int _initialOrFollowUp;
    private ReportFields _fields;

    public override FaersTable Table => FaersTable.Demo;

    public override void EnsureCapacity(int rows) => output.EnsureCapacity(rows);

    public override string? Bind(HeaderMap header, TableContext context)
    {
        _primaryId = header.IndexOf(ColumnNames.PrimaryId);
        _caseId = header.IndexOf(ColumnNames.CaseId);
        _fdaDate = header.IndexOf(ColumnNames.FdaDate);
        _caseVersion = header.IndexOf(ColumnNames.CaseVersion);
        if (_primaryId < 0)
        {
            return "primaryid";
        }

        if (_caseId < 0)
        {
            return "caseid";
        }

        if (_fdaDate < 0)
        {
            return "fda_dt";
        }

        if (_caseVersion < 0 && header.Layout == FaersLayout.Faers)
        {
            return "caseversion";
        }

        _eventDate = Optional(header, ColumnNames.EventDate, context, "event dates unknown");
        _sex = Optional(header, ColumnNames.Sex, context, "sex unknown");
        _age = Optional(header, ColumnNames.Age, context, "ages unknown");
        _ageCode = Optional(header, ColumnNames.AgeCode, context, _age >= 0 ? "ages unknown" : null);
        _occupation = Optional(header, ColumnNames.Occupation, context, "reporter types unknown");
        _reporterCountry = Optional(header, ColumnNames.ReporterCountry, context);
        _occurrenceCountry = Optional(header, ColumnNames.OccurrenceCountry, context);
        _initialFdaDate = Optional(header, ColumnNames.InitialFdaDate, context);
        _initialOrFollowUp = Optional(header, ColumnNames.InitialOrFollowUp, context);

        // Legacy AERS has no init_fda_dt, but an initial report's fda_dt is the date FDA first received the case; a
        // follow-up's first receipt is not in its row, so it stays unknown rather than guessed.
        _fields = ReportFields.None;
        if (_initialFdaDate >= 0 || (header.Layout == FaersLayout.LegacyAers && _initialOrFollowUp >= 0))
        {
            _fields |= ReportFields.InitialFdaDate;
        }

        if (_occurrenceCountry >= 0)
        {
            _fields |= ReportFields.OccurrenceCountry;
        }

        return null;
    }

    public override void Parse(in RowView row, TableContext context)
    {
        if (!TryKey(row, _primaryId, "primaryid", context, out var primaryId) ||
            !TryKey(row, _caseId, "caseid", context, out var caseId))
        {
            return;
        }

        if (!FitsText(row, _reporterCountry, "reporter_country", context) || !FitsText(row, _occurrenceCountry, "occr_country", context))
        {
            return;
        }

        var caseVersion = 0;
        var versionField = row[_caseVersion];
        if (!FieldText.IsMissingNumber(versionField) && !FieldText.TryParseInt(versionField, out caseVersion))
        {
            context.NoteBadValue("caseversion", row.LineNumber, versionField);
        }

        var fdaDate = OptionalDate(row, _fdaDate, "fda_dt", context);
        var eventDate = OptionalDate(row, _eventDate, "event_dt", context);
        var initialFdaDate = _initialFdaDate >= 0
            ? OptionalDate(row, _initialFdaDate, "init_fda_dt", context)
            : (_fields & ReportFields.InitialFdaDate) != 0 && FieldText.CodeEquals(row[_initialOrFollowUp].Trim((byte)' '), "I"u8) ? fdaDate : PartialDate.None;

        var sexField = row[_sex];
        if (!FaersCodes.TryParseSex(sexField, out var sex))
        {
            context.NoteBadValue("sex", row.LineNumber, sexField);
        }

        var ageYears = float.NaN;
        var ageField = row[_age];
        if (!FieldText.IsMissingNumber(ageField))
        {
            var ageCode = row[_ageCode];
            if (!FieldText.TryParseNumber(ageField, out var age) || age < 0)
            {
                context.NoteBadValue("age", row.LineNumber, ageField);
            }
            else if (!FaersCodes.TryGetYearsPerAgeUnit(ageCode, out var yearsPerUnit))
            {
                context.NoteBadValue("age_cod", row.LineNumber, ageCode);
            }
            else
            {
                ageYears = (float)(age * yearsPerUnit);
            }
        }

        var occupationField = row[_occupation];
        if (!FaersCodes.TryParseReporter(occupationField, out var reporter))
        {
            context.NoteBadValue("occp_cod", row.LineNumber, occupationField);
        }

        output.Add(new ReportRow(
            primaryId,
            caseId,
            caseVersion,
            fdaDate,
            eventDate,
            sex,
            ageYears,
            reporter,
            OptionalText(row, _reporterCountry, context),
            OptionalText(row, _occurrenceCountry, context),
            row.LineNumber,
            initialFdaDate,
            _fields));
        context.Reconciliation.Accept();
    }
}
