namespace Causa.Application.Articles;

/// <summary>The limits on a pasted article, the same for every front end (docs/ThreatModel.md, "Pasted articles").</summary>
public static class CheckLimits
{
    /// <summary>Longest article accepted, in characters as pasted (HTML tags count): 200,000, about 30,000 words or ten
    /// long articles. Longer input is refused before it is parsed.</summary>
    public const int MaxInputChars = 200_000;

    /// <summary>Largest input accepted, in bytes of UTF-8: four per allowed character (the most a character can take), so a
    /// file or request body above it is refused unread.</summary>
    public const int MaxInputBytes = MaxInputChars * 4;

    /// <summary>Most distinct claims rated per article: 300. Each distinct drug and condition costs one evidence look-up, so
    /// this bounds the work one request can cause; later claims are counted in the summary's <c>claims_omitted</c>.</summary>
    public const int MaxClaims = 300;
}
