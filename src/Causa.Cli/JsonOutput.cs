using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Causa.Cli;

/// <summary>JSON written by <c>--json</c>: snake_case keys, enums as snake_case strings, nulls kept (a null statistic means "undefined").</summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>Writes a response of the application layer with its source-generated contract.</summary>
    public static void WriteResponse<T>(CliContext context, T value)
    {
        context.Output.WriteLine(Causa.Application.Json.CausaJson.Serialize(value));
        context.Output.Flush();
    }

    public static void Write<T>(CliContext context, T value)
    {
        context.Output.WriteLine(JsonSerializer.Serialize(value, Options));
        context.Output.Flush();
    }
}
