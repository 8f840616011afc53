namespace Causa.Core.Sources;

/// <summary>
/// One ingredient–term pair found on drug labels by one source, with every frequency figure the source gives.
/// </summary>
/// <param name="Ingredient">Canonical ingredient (upper case, as the drug resolver names it).</param>
/// <param name="Term">MedDRA preferred term as the source spells it.</param>
/// <param name="DrugPercents">Exact frequencies on the drug, in percent (0–100); empty when the label gives none.</param>
/// <param name="PlaceboPercents">Exact frequencies on placebo, in percent; empty when the label gives none.</param>
/// <param name="Descriptions">Frequency words as written (<c>postmarketing</c>, <c>rare</c>, <c>common</c>...), distinct, sorted.</param>
/// <param name="LabelShare">OnSIDES: share of the ingredient's labels listing the term (0–1); null for other sources.</param>
/// <param name="Labels">OnSIDES: number of labels of the ingredient; null for other sources.</param>
/// <param name="Boxed">True when the term is in a boxed warning.</param>
public sealed record LabelEntry(
    string Ingredient,
    string Term,
    IReadOnlyList<double> DrugPercents,
    IReadOnlyList<double> PlaceboPercents,
    IReadOnlyList<string> Descriptions,
    double? LabelShare,
    int? Labels,
    bool Boxed)
{
    /// <summary>True when the only frequency information is "postmarketing" (seen after approval, not in trials).</summary>
    public bool PostmarketingOnly =>
        DrugPercents.Count == 0 && Descriptions.Count > 0 && Descriptions.All(static d => d.Equals("postmarketing", StringComparison.OrdinalIgnoreCase));
}
