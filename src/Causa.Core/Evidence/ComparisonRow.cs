namespace Causa.Core.Evidence;

/// <summary>One member of a class (or the class as a whole) in a same-class comparison. Property names are the JSON keys.</summary>
/// <param name="Drug">The ingredient, or the class's label for the whole class.</param>
/// <param name="Cases">Cases with the drug and the event (cell a).</param>
/// <param name="DrugCases">Cases with the drug.</param>
/// <param name="Prr">Proportional reporting ratio; null when a zero cell leaves it undefined.</param>
/// <param name="PrrLower">Lower 95% bound of the PRR.</param>
/// <param name="PrrUpper">Upper 95% bound of the PRR.</param>
/// <param name="Ic025">Lower 95% credibility bound of the information component.</param>
/// <param name="Ic975">Upper 95% credibility bound of the information component.</param>
/// <param name="Ebgm">MGPS EBGM from the saved scan; null when no current scan covers the pair (always null for the class).</param>
/// <param name="Eb05">5th percentile of the MGPS posterior; null with <paramref name="Ebgm"/>.</param>
/// <param name="LabelPercent">The highest frequency on the drug a label's trial table gives for the event, percent; null when no
/// loaded label source gives one.</param>
/// <param name="PlaceboPercent">The highest frequency on placebo the same label gives, percent; null when it gives none.</param>
/// <param name="LabelSource">The label source of those figures; null with them.</param>
public sealed record ComparisonRow(
    string Drug,
    int Cases,
    int DrugCases,
    double? Prr,
    double? PrrLower,
    double? PrrUpper,
    double Ic025,
    double Ic975,
    double? Ebgm,
    double? Eb05,
    double? LabelPercent,
    double? PlaceboPercent,
    string? LabelSource);
