using System.Globalization;
using Causa.Application.Articles;
using Causa.Checking;
using Causa.Web.Models;

namespace Causa.Web;

/// <summary>Maps a check to the page's view model: numbered claims, and the article's text cut into plain pieces and
/// highlighted sentences. Pure; linear in the text and the quotes.</summary>
internal static class CheckPageBuilder
{
    public static CheckResultModel Build(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var c = CultureInfo.InvariantCulture;
        var s = check.Summary;
        var headline = s.Claims == 0
            ? string.Create(c, $"Causa read {s.Sentences} sentence(s) and found no claim that a drug it knows causes or treats a condition.")
            : string.Create(c, $"Causa found {s.Claims} claim(s) about drugs and conditions in {s.Sentences} sentence(s).");
        List<string> counts = s.Claims == 0 ? [] :
        [
            string.Create(c, $"{s.Supported} supported"),
            string.Create(c, $"{s.Contradicted} contradicted"),
            string.Create(c, $"{s.Unsupported} not supported"),
            string.Create(c, $"{s.NotAssessable} cannot be checked"),
        ];
        var contradictions = s.SelfContradictions.Select(static x => "The article contradicts itself: " + ClaimWording.Contradiction(x) + ".").ToList();
        var omitted = s.ClaimsOmitted > 0
            ? string.Create(c, $"{s.ClaimsOmitted} further claim(s) were left out: the article is longer than Causa checks at once. Check it in parts.")
            : null;
        var rows = check.Claims.Select(static (claim, i) => Row(claim, i + 1)).ToList();
        return new CheckResultModel(headline, counts, contradictions, omitted, Segments(check), rows);
    }

    private static ClaimRowModel Row(RatedClaim claim, int number)
    {
        LinkModel? link = null;
        if (!claim.IsClass && !claim.Drug.Contains('+', StringComparison.Ordinal))
        {
            var drug = claim.Drug.ToLowerInvariant();
            link = new LinkModel($"All the evidence on {drug} and {claim.Condition.ToLowerInvariant()}", SitePaths.Answer(drug, claim.Condition));
        }

        return new ClaimRowModel(number, ClaimWording.Statement(claim), ClaimWording.Label(claim.Assessment), ClaimWording.Meaning(claim.Assessment),
            Modifier(claim.Assessment), ClaimWording.Question(claim.Relation), claim.Verdict ?? "no verdict", claim.Hedged,
            [.. claim.Quotes.Select(static q => q.Text)], claim.Evidence, link);
    }

    // Quotes of different claims may be the same sentence, overlap or nest (a list item quoted alone for one claim and
    // with its heading for another). The text is cut at every quote's start and end, so the marks never nest or cross:
    // each piece is marked with every claim that covers it, and a claim's label follows the piece where its quote ends.
    // O(n log n) in the quotes plus the text's length; claims (≤ 300) times quotes (≤ 20) bound the quotes.
    private static List<ArticleSegment> Segments(ArticleCheck check)
    {
        var text = check.Text;
        var spans = new List<(int Start, int End, ClaimTag Tag)>();
        var cuts = new SortedSet<int> { 0, text.Length };
        for (var i = 0; i < check.Claims.Count; i++)
        {
            var claim = check.Claims[i];
            var tag = new ClaimTag(i + 1, ClaimWording.Label(claim.Assessment), claim.Verdict ?? "no verdict", Modifier(claim.Assessment));
            foreach (var q in claim.Quotes)
            {
                if (q.Start >= 0 && q.End <= text.Length && q.Start < q.End)
                {
                    spans.Add((q.Start, q.End, tag));
                    cuts.Add(q.Start);
                    cuts.Add(q.End);
                }
            }
        }

        spans.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Tag.Number.CompareTo(b.Tag.Number));
        var segments = new List<ArticleSegment>();
        var active = new List<(int Start, int End, ClaimTag Tag)>();
        var next = 0;
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                active.RemoveAll(s => s.End <= previous);
                while (next < spans.Count && spans[next].Start <= previous)
                {
                    active.Add(spans[next++]);
                }

                var marks = active.Select(static s => s.Tag).DistinctBy(static t => t.Number).OrderBy(static t => t.Number).ToList();
                var ending = active.Where(s => s.End == cut).Select(static s => s.Tag).DistinctBy(static t => t.Number).OrderBy(static t => t.Number).ToList();
                segments.Add(new ArticleSegment(text[previous..cut], marks, ending, marks.Count == 0 ? "" : MostSerious(marks)));
            }

            previous = cut;
        }

        return segments;
    }

    private static string MostSerious(IReadOnlyList<ClaimTag> tags)
    {
        foreach (var modifier in new[] { "contradicted", "unsupported", "supported" })
        {
            if (tags.Any(t => t.Assessment == modifier))
            {
                return modifier;
            }
        }

        return "not-assessable";
    }

    private static string Modifier(ClaimAssessment assessment) => assessment switch
    {
        ClaimAssessment.Supported => "supported",
        ClaimAssessment.Contradicted => "contradicted",
        ClaimAssessment.Unsupported => "unsupported",
        _ => "not-assessable",
    };
}
