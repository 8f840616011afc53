using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Causa.Core.Model;

/// <summary>
/// A calendar quarter in which FDA published a FAERS/AERS extract, e.g. 2024Q4.
/// </summary>
/// <remarks>Valid years are 2004 (first AERS ASCII extract) to 2099; quarter numbers 1–4.
/// Immutable and thread-safe.</remarks>
public readonly record struct Quarter : IComparable<Quarter>
{
    /// <summary>Creates a quarter.</summary>
    /// <param name="year">Four-digit year, 1990–2099.</param>
    /// <param name="number">Quarter number, 1–4.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public Quarter(int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1990);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 2099);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, 4);
        Year = year;
        Number = number;
    }

    /// <summary>Four-digit year.</summary>
    public int Year { get; }

    /// <summary>Quarter number, 1–4.</summary>
    public int Number { get; }

    /// <summary>True for quarters published in the legacy AERS layout (2004Q1–2012Q3).</summary>
    public bool IsLegacyAers => Year < 2012 || (Year == 2012 && Number <= 3);

    /// <summary>A dense ordinal (year·4 + quarter − 1), useful as a sort key.</summary>
    public int Ordinal => (Year * 4) + Number - 1;

    /// <summary>Parses "2024q4", "2024Q4", "24Q4" or "24q4" (two-digit years are 20xx).</summary>
    /// <returns>False, with <paramref name="quarter"/> default, when the text is not a quarter.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Quarter quarter)
    {
        quarter = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var span = text.AsSpan().Trim();
        var q = span.IndexOfAny('q', 'Q');
        if (q <= 0 || q != span.Length - 2 || !char.IsAsciiDigit(span[^1]))
        {
            return false;
        }

        if (!int.TryParse(span[..q], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return false;
        }

        if (q == 2)
        {
            year += 2000;
        }
        else if (q != 4)
        {
            return false;
        }

        var number = span[^1] - '0';
        if (year is < 1990 or > 2099 || number is < 1 or > 4)
        {
            return false;
        }

        quarter = new Quarter(year, number);
        return true;
    }

    /// <inheritdoc />
    public int CompareTo(Quarter other) => Ordinal.CompareTo(other.Ordinal);

    /// <summary>Formats as "2024Q4".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Number}");

    /// <summary>Compares two quarters chronologically.</summary>
    public static bool operator <(Quarter left, Quarter right) => left.CompareTo(right) < 0;

    /// <summary>Compares two quarters chronologically.</summary>
    public static bool operator >(Quarter left, Quarter right) => left.CompareTo(right) > 0;

    /// <summary>Compares two quarters chronologically.</summary>
    public static bool operator <=(Quarter left, Quarter right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two quarters chronologically.</summary>
    public static bool operator >=(Quarter left, Quarter right) => left.CompareTo(right) >= 0;
}
