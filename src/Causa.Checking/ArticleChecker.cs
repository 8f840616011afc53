using System.Globalization;
using System.Text;
using Causa.Core.Resolution;

namespace Causa.Checking;

/// <summary>
/// Checks a pasted health article: reduces it to text (<see cref="ArticleReducer"/>), reads every drug–condition claim in it
/// and rates each claim against the verdicts an <see cref="IClaimVerdictSource"/> gives.
/// </summary>
/// <remarks>
/// <para>Build one per store (building reads the resolvers' vocabularies once, well under a second) and reuse it; it is
/// thread-safe. Input is untrusted: its size is capped by <see cref="CheckerOptions.MaxInputChars"/> before any parsing,
/// binary data and invalid UTF-8 are refused, and all later work is linear in the input (docs/ThreatModel.md).</para>
/// <para>Expected failures (empty, too large, binary, invalid UTF-8) come back as <see cref="CheckOutcome.Error"/>, never as exceptions.</para>
/// </remarks>
public sealed class ArticleChecker
{
    private readonly MentionFinder _finder;

    /// <summary>Builds a checker over Causa's resolvers.</summary>
    /// <param name="drugs">The drug resolver (the store's, so brands and learned names are known).</param>
    /// <param name="terms">The term resolver.</param>
    /// <param name="knownTerms">Preferred terms to look for besides the lexicon's (e.g. every PT of the loaded sources and store); null for none.</param>
    /// <param name="options">Limits; null for <see cref="CheckerOptions.Default"/>.</param>
    public ArticleChecker(DrugResolver drugs, TermResolver terms, IEnumerable<string>? knownTerms = null, CheckerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(drugs);
        ArgumentNullException.ThrowIfNull(terms);
        Options = options ?? CheckerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxInputChars, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxQuotesPerClaim, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.MaxClaims, 1);
        _finder = new MentionFinder(drugs, terms, knownTerms);
    }

    /// <summary>The limits in force.</summary>
    public CheckerOptions Options { get; }

    /// <summary>Checks an article given as UTF-8 bytes (a file or a request body); a leading byte-order mark is skipped.</summary>
    /// <param name="utf8">The bytes.</param>
    /// <param name="format">How the article is written.</param>
    /// <param name="verdicts">The evidence verdicts; null rates every claim <c>not-assessable</c>.</param>
    public CheckOutcome Check(ReadOnlySpan<byte> utf8, ArticleFormat format = ArticleFormat.Auto, IClaimVerdictSource? verdicts = null)
    {
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // A UTF-8 character is at least one byte, so more than 4 bytes per allowed character is too large whatever it holds.
        if ((long)utf8.Length > (long)Options.MaxInputChars * 4)
        {
            return TooLarge();
        }

        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            return CheckOutcome.Fail(CheckErrorKind.InvalidEncoding, "The article is not valid UTF-8 text; save it as UTF-8 and try again.");
        }

        return Check(Encoding.UTF8.GetString(utf8), format, verdicts);
    }

    /// <summary>Checks an article.</summary>
    /// <param name="article">The article as pasted: plain text, Markdown or HTML.</param>
    /// <param name="format">How it is written; <see cref="ArticleFormat.Auto"/> to decide from the text.</param>
    /// <param name="verdicts">The evidence verdicts; null rates every claim <c>not-assessable</c>.</param>
    /// <returns>The check, or why there is none.</returns>
    public CheckOutcome Check(string article, ArticleFormat format = ArticleFormat.Auto, IClaimVerdictSource? verdicts = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.Length > Options.MaxInputChars)
        {
            return TooLarge();
        }

        if (LooksBinary(article))
        {
            return CheckOutcome.Fail(CheckErrorKind.Binary, "The input looks like binary data, not an article; paste the article's text, Markdown or HTML.");
        }

        var reduced = ArticleReducer.Reduce(article, format);
        if (reduced.Text.Length == 0)
        {
            return CheckOutcome.Fail(CheckErrorKind.Empty, "The article is empty: there is no text to check.");
        }

        var extractor = new ClaimExtractor(_finder, Options);
        var claims = extractor.Extract(reduced);
        var (rated, summary) = ClaimRating.Rate(claims, verdicts ?? NoVerdicts.Instance, extractor.Sentences, extractor.ClaimsOmitted);
        return new CheckOutcome(new ArticleCheck(rated, summary, reduced.Format, ArticleCheck.OffsetsDescription, reduced.Text), null);
    }

    private CheckOutcome TooLarge() => CheckOutcome.Fail(CheckErrorKind.TooLarge, string.Create(CultureInfo.InvariantCulture,
        $"The article is longer than the limit of {Options.MaxInputChars:N0} characters; check it in parts."));

    // NUL, or more than 1 in 100 characters being control characters other than tab, line breaks and form feed.
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        var sample = Math.Min(text.Length, 65536);
        for (var i = 0; i < sample; i++)
        {
            var c = text[i];
            if (c == '\0')
            {
                return true;
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        return controls * 100 > sample;
    }

    private sealed class NoVerdicts : IClaimVerdictSource
    {
        public static NoVerdicts Instance { get; } = new();

        public ClaimVerdicts Assess(ClaimSubject subject, string condition) => ClaimVerdicts.None;
    }
}
