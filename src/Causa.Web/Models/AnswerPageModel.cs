namespace Causa.Web.Models;

/// <summary>
/// The answer page for one drug and one condition, in the order of the page (docs/ANSWER-PAGE.md): the question,
/// the two verdicts, when to see a doctor, the evidence per source, who reports it, see also, for analysts, caveats.
/// </summary>
/// <param name="Question">The question as understood.</param>
/// <param name="Cause">"Can it cause it?"</param>
/// <param name="Help">"Does it help?"</param>
/// <param name="WarningSigns">When to see a doctor; shown even when empty (with a general line).</param>
/// <param name="Evidence">One block per source that can answer, most convincing first.</param>
/// <param name="Profile">Who reports it, or null when the store has no such reports.</param>
/// <param name="SeeAlso">Questions to ask next.</param>
/// <param name="Analyst">The analyst section, or null when there are no report statistics.</param>
/// <param name="Caveats">What the evidence cannot show, one a line.</param>
public sealed record AnswerPageModel(
    QuestionModel Question,
    VerdictModel Cause,
    VerdictModel Help,
    IReadOnlyList<WarningSign> WarningSigns,
    IReadOnlyList<EvidenceBlock> Evidence,
    ProfileModel? Profile,
    IReadOnlyList<LinkModel> SeeAlso,
    AnalystModel? Analyst,
    IReadOnlyList<string> Caveats)
{
    /// <summary>
    /// Sources that were checked but cannot answer for this pair, in the order of their lines; shown after the evidence
    /// blocks as one line that names them all, each reason behind a disclosure. Empty by default.
    /// </summary>
    public IReadOnlyList<SilentSource> Silent { get; init; } = [];

    /// <summary>How the reports of this pair changed year by year, or null when the store cannot say (no store, no reports).</summary>
    public TrendModel? Trend { get; init; }
}
