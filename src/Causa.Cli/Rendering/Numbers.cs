using System.Globalization;

namespace Causa.Cli.Rendering;

/// <summary>How tables print a statistic.</summary>
internal static class Numbers
{
    /// <summary>Up to 3 decimals; thousands grouped from 1,000 on; "n/a" for an undefined value.</summary>
    public static string Format(double? value) => value is { } v ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture) : "n/a";

    /// <summary>A value with its interval, "1.5 (0.9–2.4)", as <see cref="Format"/> writes each number; "–" without a value.</summary>
    public static string FormatWithInterval(double? value, double? lower, double? upper) =>
        value is null ? "–" : $"{Format(value)} ({Format(lower)}–{Format(upper)})";
}
