using System.Globalization;

namespace Causa.Core.Model;

/// <summary>
/// A FAERS date that may be partial: YYYY, YYYYMM or YYYYMMDD. Stored as an integer
/// yyyymmdd with 00 for an unknown month or day, so it sorts chronologically
/// (a partial date sorts before every full date in its period).
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int value) => Value = value;

    /// <summary>No date.</summary>
    public static PartialDate None => default;

    /// <summary>yyyymmdd with 00 for unknown parts; 0 when there is no date.</summary>
    public int Value { get; }

    /// <summary>True when a year is known.</summary>
    public bool HasValue => Value != 0;

    /// <summary>The year, or 0 when there is no date.</summary>
    public int Year => Value / 10000;

    /// <summary>The month 1–12, or 0 when unknown.</summary>
    public int Month => Value / 100 % 100;

    /// <summary>The day 1–31, or 0 when unknown.</summary>
    public int Day => Value % 100;

    /// <summary>Creates a date from its parts; month and day may be 0 (unknown).</summary>
    public static PartialDate FromParts(int year, int month, int day)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1000);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfNegative(month);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfNegative(day);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, 31);
        return new PartialDate((year * 10000) + (month * 100) + day);
    }

    /// <summary>Rebuilds a date from <see cref="Value"/> (as stored).</summary>
    public static PartialDate FromValue(int value) => new(value);

    /// <summary>
    /// Parses YYYY, YYYYMM or YYYYMMDD digits. A trailing ".0" (a spreadsheet artefact) is accepted.
    /// Empty text gives <see cref="None"/> and true; anything else malformed gives false.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = None;
        text = text.Trim();
        if (text.EndsWith(".0", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length is not (4 or 6 or 8) ||
            !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            return false;
        }

        var (year, month, day) = text.Length switch
        {
            4 => (n, 0, 0),
            6 => (n / 100, n % 100, 0),
            _ => (n / 10000, n / 100 % 100, n % 100),
        };
        if (year is < 1000 or > 9999 || month > 12 || day > 31)
        {
            return false;
        }

        date = FromParts(year, month, day);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(PartialDate other) => Value.CompareTo(other.Value);

    /// <summary>Formats as YYYY-MM-DD, YYYY-MM or YYYY; empty when there is no date.</summary>
    public override string ToString() => Value == 0 ? string.Empty
        : Month == 0 ? Year.ToString("D4", CultureInfo.InvariantCulture)
        : Day == 0 ? string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}")
        : string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}");
}
