using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Causa.Checking;

/// <summary>
/// The check's JSON: <c>{"claims": [{"drug", "is_class", "condition", "relation", "polarity", "hedged", "quotes": [{"text",
/// "start", "end"}], "verdict", "assessment", "evidence"}], "summary": {…}, "format", "offsets", "text"}</c>, snake_case
/// names, enums as their documented words, nulls kept, through a source-generated context (no reflection, so a Native AOT
/// build writes the same bytes). The CLI's <c>check --json</c> and <c>POST /api/v1/check</c> both write it.
/// </summary>
public static class CheckJson
{
    /// <summary>The serializer options (indented, read-only), backed by the source-generated context.</summary>
    public static JsonSerializerOptions Options { get; } = CreateReadOnly();

    /// <summary>The check as JSON text (no final newline). Non-ASCII characters and HTML-sensitive ones (&lt; &gt; &amp; ')
    /// are written as <c>\u</c> escapes, so the document is safe to embed wherever it is shown.</summary>
    /// <param name="check">The check.</param>
    public static string Serialize(ArticleCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return JsonSerializer.Serialize(check, (JsonTypeInfo<ArticleCheck>)Options.GetTypeInfo(typeof(ArticleCheck)));
    }

    /// <summary>New, mutable options with the same settings and the source-generated type resolver.</summary>
    public static JsonSerializerOptions CreateOptions() => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        TypeInfoResolver = CheckJsonContext.Default,
    };

    private static JsonSerializerOptions CreateReadOnly()
    {
        var options = CreateOptions();
        options.MakeReadOnly();
        return options;
    }
}
