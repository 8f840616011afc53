namespace Causa.Web.Models;

/// <summary>A checked article as the page shows it.</summary>
/// <param name="Headline">The first sentence: how many claims, in how many sentences.</param>
/// <param name="Counts">One short phrase per assessment with its count ("2 supported").</param>
/// <param name="Contradictions">Where the article contradicts itself, one sentence each; empty for none.</param>
/// <param name="Omitted">A sentence saying how many claims were left out over the limit; null when none were.</param>
/// <param name="Segments">The article's text (as Causa read it) in order, cut where claims begin and end.</param>
/// <param name="Claims">The claims, numbered in order of first mention.</param>
public sealed record CheckResultModel(
    string Headline,
    IReadOnlyList<string> Counts,
    IReadOnlyList<string> Contradictions,
    string? Omitted,
    IReadOnlyList<ArticleSegment> Segments,
    IReadOnlyList<ClaimRowModel> Claims);
