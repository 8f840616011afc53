namespace Causa.Web.Models;

/// <summary>The drug page (<c>/drugs/{name}</c>).</summary>
/// <param name="Name">The ingredient's display name.</param>
/// <param name="AlsoKnownAs">Brand names and classes, one per entry.</param>
/// <param name="Uses">Indications with their help verdict word as the note.</param>
/// <param name="LabelEffects">Effects on the label, each a link to its answer page with a frequency note.</param>
/// <param name="ReportSignals">The strongest report signals, each a link to its answer page.</param>
/// <param name="Caveats">What these lists cannot show.</param>
public sealed record DrugPageModel(
    string Name,
    IReadOnlyList<string> AlsoKnownAs,
    IReadOnlyList<LinkModel> Uses,
    IReadOnlyList<LinkModel> LabelEffects,
    IReadOnlyList<LinkModel> ReportSignals,
    IReadOnlyList<string> Caveats);
