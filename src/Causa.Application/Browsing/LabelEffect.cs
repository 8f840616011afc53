namespace Causa.Application.Browsing;

/// <summary>A side effect on a drug's labels, as the loaded label sources list it.</summary>
/// <param name="Term">The MedDRA term.</param>
/// <param name="MaxDrugPercent">The highest frequency on the drug any label gives, in percent (0–100); null when no
/// label gives a frequency (the effect is listed without one).</param>
/// <param name="Sources">The names of the label sources that list it, each once, in load order; never empty.</param>
public sealed record LabelEffect(string Term, double? MaxDrugPercent, IReadOnlyList<string> Sources);
