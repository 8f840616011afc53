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

    // Quotes are whole sentences, so two claims' quotes are the same span or do not overlap; a span that overlaps an
    // earlier one is left unhighlighted rather than cut.
    private static List<ArticleSegment> Segments(ArticleCheck check)
    {
        var spans = new SortedDictionary<(int Start, int End), List<ClaimTag>>();
        for (var i = 0; i < check.Claims.Count; i++)
        {
            var claim = check.Claims[i];
            var tag = new ClaimTag(i + 1, ClaimWording.Label(claim.Assessment), claim.Verdict ?? "no verdict", Modifier(claim.Assessment));
            foreach (var q in claim.Quotes)
            {
                if (!spans.TryGetValue((q.Start, q.End), out var tags))
                {
                    spans[(q.Start, q.End)] = tags = [];
                }

                tags.Add(tag);
            }
        }

        var text = check.Text;
        var segments = new List<ArticleSegment>();
        var at = 0;
        foreach (var ((start, end), tags) in spans)
        {
            if (start < at || end > text.Length || start >= end)
            {
                continue;
            }

            if (start > at)
            {
                segments.Add(new ArticleSegment(text[at..start], [], ""));
            }

            segments.Add(new ArticleSegment(text[start..end], tags, MostSerious(tags)));
            at = end;
        }

        if (at < text.Length)
        {
            segments.Add(new ArticleSegment(text[at..], [], ""));
        }

        return segments;
    }

    private static string MostSerious(List<ClaimTag> tags)
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
