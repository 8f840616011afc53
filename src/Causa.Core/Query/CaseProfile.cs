namespace Causa.Core.Query;

/// <summary>
/// Who reports a set of cases, since when, how serious, how soon after starting the drug, and with what else: the profile
/// of a drug–event pair (the cases of cell a of its 2×2 table), a drug or class alone, or an event alone, counted on unique
/// kept cases with the same role filter as the 2×2 table. Property names are the JSON keys (snake_case).
/// </summary>
/// <remarks>A distribution is null when no profiled case comes from a layout that has the field at all (legacy AERS has no
/// occurrence country, for example): unavailable, never guessed. Where some cases have it and others do not, those
/// without a value count under "unknown".</remarks>
/// <param name="Sex">Cases by sex.</param>
/// <param name="Age">Ages in years.</param>
/// <param name="ByYear">Cases by the year FDA first received them (<c>init_fda_dt</c>; legacy AERS: <c>fda_dt</c> of an
/// initial report), ascending, then "unknown" when some have no date; null when no case's layout gives it.</param>
/// <param name="ByQuarter">The same by calendar quarter ("2024Q3").</param>
/// <param name="Outcomes">Cases by outcome.</param>
/// <param name="Reporters">Cases by reporter occupation (<c>occp_cod</c>): physician, pharmacist,
/// other_health_professional, health_professional (legacy code HP), lawyer, consumer, unknown; zero counts left out.</param>
/// <param name="Countries">Cases by occurrence country code (<c>occr_country</c>), most first, then "unknown"; null when
/// no case's layout has the field (legacy AERS).</param>
/// <param name="TimeToOnsetDays">Days from therapy start to event; null for an event alone (no drug) or when no case's
/// quarter had a THER table.</param>
/// <param name="CoReportedDrugs">The 10 ingredients (any role) most often reported in the same cases, besides the drug
/// itself (or the class's members), most first, ties by name.</param>
/// <param name="CoReportedEvents">The 10 events most often reported in the same cases, besides the event itself.</param>
/// <param name="Baseline">The same distributions over every case with the drug (or class), for comparison; null for a
/// drug or an event alone.</param>
public sealed record CaseProfile(
    SexCounts Sex,
    AgeSummary Age,
    IReadOnlyDictionary<string, int>? ByYear,
    IReadOnlyDictionary<string, int>? ByQuarter,
    OutcomeCounts Outcomes,
    IReadOnlyDictionary<string, int> Reporters,
    IReadOnlyDictionary<string, int>? Countries,
    OnsetSummary? TimeToOnsetDays,
    IReadOnlyList<NamedCount> CoReportedDrugs,
    IReadOnlyList<NamedCount> CoReportedEvents,
    CaseProfile? Baseline);
