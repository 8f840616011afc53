using System.Text.Json.Serialization;

namespace Causa.Core.Evidence;

/// <summary>One answer per drug and condition: "can it cause?" and "does it help?", each with its lines, and the caveats.</summary>
/// <param name="Drug">Canonical ingredient asked about.</param>
/// <param name="Term">MedDRA preferred term asked about.</param>
/// <param name="Cause">Can the drug cause the condition?</param>
/// <param name="Help">Does the drug help with the condition?</param>
/// <param name="IndicationBias">True when the condition is an indication of the drug, so disproportionate reporting was not counted as evidence of harm.</param>
/// <param name="Caveats">What a reader must keep in mind, most important first.</param>
public sealed record EvidenceAnswer(string Drug, string Term, CauseAssessment Cause, HelpAssessment Help, bool IndicationBias, IReadOnlyList<string> Caveats)
{
    /// <summary>
    /// What the reader can do about the last caveat: <see cref="Remedy.AddEvidenceSources"/> when no loaded source knows
    /// the pair (that caveat then comes last and ends "add label, indication or count sources."), else
    /// <see cref="Remedy.None"/>. Not part of the JSON; each front end puts it into its own words.
    /// </summary>
    [JsonIgnore]
    public Remedy Remedy { get; init; }
}
