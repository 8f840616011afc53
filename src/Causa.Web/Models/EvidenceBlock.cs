namespace Causa.Web.Models;

/// <summary>What one source says, most convincing source first on the page.</summary>
/// <param name="Heading">A heading that says what follows ("On the label: about as often as on placebo").</param>
/// <param name="Sentence">One plain sentence.</param>
/// <param name="Numbers">The numbers in words ("2 in 100 on mirtazapine"), one a line; may be empty.</param>
/// <param name="Chart">A chart for the block, or null.</param>
/// <param name="Source">The source, its period and licence.</param>
/// <param name="CannotShow">What this source cannot show, in one sentence.</param>
public sealed record EvidenceBlock(
    string Heading,
    string Sentence,
    IReadOnlyList<string> Numbers,
    BarChartModel? Chart,
    SourceInfo Source,
    string CannotShow);
