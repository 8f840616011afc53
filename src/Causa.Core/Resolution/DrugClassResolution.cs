using Causa.Core.Vocabulary;

namespace Causa.Core.Resolution;

/// <summary>A class a user's words named, and its member ingredients.</summary>
/// <param name="Input">The words as typed.</param>
/// <param name="Name">The class's name for answers: the curated display name ("Selective serotonin reuptake inhibitors (SSRIs)") or the DrugCentral class name.</param>
/// <param name="Key">The curated class key (e.g. <c>ssri</c>); null when the class was found by its DrugCentral name.</param>
/// <param name="Origin"><c>class-words</c> (Causa's curated class words) or <c>drugcentral</c> (a DrugCentral class name matched exactly).</param>
/// <param name="Members">Member ingredients, upper case, distinct, sorted ordinally; empty when the class has no member the loaded vocabulary knows.</param>
/// <param name="Sources">Where the class and its members come from, one per definition row used.</param>
public sealed record DrugClassResolution(string Input, string Name, string? Key, string Origin, IReadOnlyList<string> Members, IReadOnlyList<CuratedSource> Sources);
