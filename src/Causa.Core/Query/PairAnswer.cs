using System.Text.Json.Serialization;
using Causa.Core.Statistics;
using Causa.Core.Verdicts;

namespace Causa.Core.Query;

/// <summary>
/// The spontaneous-report evidence on one drug–event pair: the 2×2 table over unique cases, every measure with its
/// 95% interval, the signal flags and a plain-language verdict with its caveats. Property names map to the public
/// JSON keys in snake_case (<c>prr_lower</c>, <c>chi2_yates</c>, <c>ic025</c>...).
/// </summary>
/// <param name="Drug">Canonical ingredient.</param>
/// <param name="Event">MedDRA preferred term.</param>
/// <param name="A">Cases with the drug (in the counted roles) and the event.</param>
/// <param name="B">Cases with the drug, without the event.</param>
/// <param name="C">Cases with the event, without the drug.</param>
/// <param name="D">Cases with neither.</param>
/// <param name="Expected">Expected count of <paramref name="A"/> under independence, (a+b)(a+c)/N.</param>
/// <param name="Prr">Proportional reporting ratio; null when undefined (see docs/STATISTICS.md).</param>
/// <param name="PrrLower">Lower 95% limit of the PRR; null when undefined.</param>
/// <param name="PrrUpper">Upper 95% limit of the PRR; null when undefined.</param>
/// <param name="Ror">Reporting odds ratio; null when undefined.</param>
/// <param name="RorLower">Lower 95% limit of the ROR; null when undefined.</param>
/// <param name="RorUpper">Upper 95% limit of the ROR; null when undefined.</param>
/// <param name="Chi2Yates">Yates-corrected chi-square; null when a margin is zero.</param>
/// <param name="Ic">BCPNN information component, log2 scale.</param>
/// <param name="Ic025">Lower 95% limit of the IC.</param>
/// <param name="Ic975">Upper 95% limit of the IC.</param>
/// <param name="Signals">Names of the signal criteria met: <c>evans</c>, <c>ic025</c>, <c>ror025</c>, <c>eb05</c>.</param>
/// <param name="Verdict">One plain-language sentence.</param>
/// <param name="N">Total cases in the store.</param>
/// <param name="Roles">Drug roles counted: <c>suspect</c> or <c>all</c>.</param>
/// <param name="Level">The verdict as a level.</param>
/// <param name="IndicationCases">Cases where the event term is also given as the reason the drug was taken.</param>
/// <param name="Caveats">What a reader must keep in mind, most important first.</param>
public sealed record PairAnswer(
    string Drug,
    string Event,
    long A,
    long B,
    long C,
    long D,
    double Expected,
    double? Prr,
    double? PrrLower,
    double? PrrUpper,
    double? Ror,
    double? RorLower,
    double? RorUpper,
    double? Chi2Yates,
    double Ic,
    double Ic025,
    double Ic975,
    IReadOnlyList<string> Signals,
    string Verdict,
    long N,
    string Roles,
    VerdictLevel Level,
    long IndicationCases,
    IReadOnlyList<string> Caveats)
{
    /// <summary>MGPS empirical Bayes geometric mean from the saved scan; null when no current scan covers the pair.</summary>
    public double? Ebgm { get; init; }

    /// <summary>5th percentile of the MGPS posterior; EB05 ≥ 2 is the signal threshold (Szarfman 2002).</summary>
    public double? Eb05 { get; init; }

    /// <summary>95th percentile of the MGPS posterior.</summary>
    public double? Eb95 { get; init; }

    /// <summary>Why the MGPS values are missing (no scan, stale scan, no case of the pair); null when present.</summary>
    public string? MgpsNote { get; init; }

    /// <summary>What the user can do about <see cref="MgpsNote"/> (compute or refresh the scan); not part of the JSON,
    /// each front end puts it into its own words.</summary>
    [JsonIgnore]
    public Remedy MgpsRemedy { get; init; }

    /// <summary>Signal criterion names in the order they are listed.</summary>
    public static IReadOnlyList<string> SignalNames(SignalFlags flags)
    {
        var names = new List<string>(4);
        if (flags.HasFlag(SignalFlags.Evans))
        {
            names.Add("evans");
        }

        if (flags.HasFlag(SignalFlags.IcLowerAboveZero))
        {
            names.Add("ic025");
        }

        if (flags.HasFlag(SignalFlags.RorLowerAboveOne))
        {
            names.Add("ror025");
        }

        if (flags.HasFlag(SignalFlags.Eb05AtLeastTwo))
        {
            names.Add("eb05");
        }

        return names;
    }
}
