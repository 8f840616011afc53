namespace Causa.Checking;

/// <summary>Limits for checking untrusted articles (docs/ThreatModel.md).</summary>
public sealed record CheckerOptions
{
    /// <summary>The default <see cref="MaxInputChars"/>: 1,000,000 characters (about 150,000 words, far above any article).</summary>
    public const int DefaultMaxInputChars = 1_000_000;

    /// <summary>The default options.</summary>
    public static CheckerOptions Default { get; } = new();

    /// <summary>
    /// Largest input accepted, in UTF-16 characters before reduction (HTML tags count); 1 to <see cref="int.MaxValue"/>.
    /// Longer input is refused with <see cref="CheckErrorKind.TooLarge"/> before any parsing, so work stays bounded.
    /// </summary>
    public int MaxInputChars { get; init; } = DefaultMaxInputChars;

    /// <summary>The default <see cref="MaxClaims"/>: 500 claims (an article of the genre makes 5 to 40).</summary>
    public const int DefaultMaxClaims = 500;

    /// <summary>
    /// Most distinct claims kept per article (1 to <see cref="int.MaxValue"/>, default <see cref="DefaultMaxClaims"/>); the
    /// first ones in article order are kept, later ones are counted in <see cref="CheckSummary.ClaimsOmitted"/>. Bounds the
    /// evidence look-ups a single request can cause (one per distinct drug and condition).
    /// </summary>
    public int MaxClaims { get; init; } = DefaultMaxClaims;

    /// <summary>Most quotes kept per claim (≥ 1, default 20); further quotes are counted, not listed.</summary>
    public int MaxQuotesPerClaim { get; init; } = 20;
}
