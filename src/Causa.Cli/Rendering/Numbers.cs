using System.Globalization;

namespace Causa.Cli.Rendering;

/// <summary>How tables print a statistic.</summary>
internal static class Numbers
{
    /// <summary>Up to 3 decimals; thousands grouped from 1,000 on; "n/a" for an undefined value.</summary>
    public static string Format(double? value) => value is { } v ? v.ToString(Math.Abs(v) >= 1000 ? "N0" : "0.###", CultureInfo.InvariantCulture) : "n/a";
}
