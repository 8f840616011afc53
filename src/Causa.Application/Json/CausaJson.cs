using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Questions;
using Causa.Core.Resolution;
using Causa.Core.Verdicts;

namespace Causa.Application.Json;

/// <summary>
/// The public JSON contract's settings: snake_case keys (<see cref="JsonNamingPolicy.SnakeCaseLower"/>), enums as
/// snake_case strings, nulls kept (a null statistic means "undefined"), indented, non-ASCII written as is.
/// </summary>
public static class CausaJson
{
    /// <summary>The serializer options, backed by the source-generated context.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes a response type of the application layer.</summary>
    /// <exception cref="NotSupportedException">The type is not part of the contract (not in the generated context).</exception>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T)));

    /// <summary>Options for JSON lines (<c>signals --format jsonl</c>): one compact object a line, non-ASCII escaped.</summary>
    public static JsonSerializerOptions LineOptions { get; } = CreateOptions(indented: false);

    /// <summary>Serializes a response type as one compact JSON line (no newline).</summary>
    public static string SerializeLine<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)LineOptions.GetTypeInfo(typeof(T)));

    /// <summary>Options for one compact JSON object a line with non-ASCII written as is (<c>resolve --json</c>).</summary>
    public static JsonSerializerOptions CompactOptions { get; } = CreateOptions(indented: false, relaxed: true);

    /// <summary>Serializes a response type as one compact JSON object with non-ASCII written as is (no newline).</summary>
    public static string SerializeCompact<T>(T value) => JsonSerializer.Serialize(value, (JsonTypeInfo<T>)CompactOptions.GetTypeInfo(typeof(T)));

    private static JsonSerializerOptions CreateOptions(bool indented = true, bool relaxed = false)
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = indented,
            // Documents print drug and term names as they are (é, ü, →), not as \u escapes: the output is not embedded
            // in HTML. JSON lines keep the default escaping they have always had.
            Encoder = indented || relaxed ? JavaScriptEncoder.UnsafeRelaxedJsonEscaping : JavaScriptEncoder.Default,
            TypeInfoResolver = CausaJsonContext.Default,
        };
        options.Converters.Add(new JsonStringEnumConverter<VerdictLevel>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<Sex>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<AgeGroup>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<ReporterType>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<DrugResolutionKind>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<TermMatchKind>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<QuestionKind>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<ReadingCertainty>(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new JsonStringEnumConverter<Verification.VerifiedFileStatus>(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly();
        return options;
    }
}
