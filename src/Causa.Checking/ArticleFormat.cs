using System.Text.Json.Serialization;

namespace Causa.Checking;

/// <summary>How a pasted article is written.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ArticleFormat>))]
public enum ArticleFormat
{
    /// <summary>Decide from the text: HTML when it starts with a tag and holds block tags, Markdown when lines carry Markdown markup, otherwise plain text.</summary>
    [JsonStringEnumMemberName("auto")]
    Auto = 0,

    /// <summary>Plain text: every non-blank line is a block.</summary>
    [JsonStringEnumMemberName("plain-text")]
    PlainText = 1,

    /// <summary>Markdown: headings, list items and paragraphs become blocks; inline markup is dropped, link text kept.</summary>
    [JsonStringEnumMemberName("markdown")]
    Markdown = 2,

    /// <summary>HTML: headings, paragraphs, list items and table cells become blocks; script, style, noscript and template are dropped.</summary>
    [JsonStringEnumMemberName("html")]
    Html = 3,
}
