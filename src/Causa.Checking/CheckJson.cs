using System.Text.Json;

namespace Causa.Checking;

/// <summary>JSON settings for <see cref="ArticleCheck"/>: snake_case names, enums as their documented strings.</summary>
public static class CheckJson
{
    /// <summary>New options giving <c>{"claims": [{"drug", "is_class", …}], "summary": {…}}</c>; the caller adds a type resolver
    /// (a source-generated context, or the reflection resolver outside trimmed builds).</summary>
    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DictionaryKeyPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = false,
        };
        return options;
    }
}
