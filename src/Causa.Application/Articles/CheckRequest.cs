using Causa.Checking;

namespace Causa.Application.Articles;

/// <summary>An article to check: its text, or its bytes as read from a file or a request body (UTF-8, a leading
/// byte-order mark allowed), and how it is written.</summary>
public sealed record CheckRequest
{
    private CheckRequest(string? text, ReadOnlyMemory<byte> utf8, ArticleFormat format)
    {
        Text = text;
        Utf8 = utf8;
        Format = format;
    }

    /// <summary>The article as text; null when given as bytes.</summary>
    public string? Text { get; }

    /// <summary>The article as UTF-8 bytes; empty when given as text.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; }

    /// <summary>How the article is written; <see cref="ArticleFormat.Auto"/> decides from the text.</summary>
    public ArticleFormat Format { get; }

    /// <summary>An article given as text (a form field, a JSON string).</summary>
    public static CheckRequest FromText(string text, ArticleFormat format = ArticleFormat.Auto)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, ReadOnlyMemory<byte>.Empty, format);
    }

    /// <summary>An article given as UTF-8 bytes (a file, standard input, a request body); validated by the check.</summary>
    public static CheckRequest FromUtf8(ReadOnlyMemory<byte> utf8, ArticleFormat format = ArticleFormat.Auto) => new(null, utf8, format);
}
