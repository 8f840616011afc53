using Causa.Application.Json;

namespace Causa.Cli;

/// <summary>JSON written by <c>--json</c>: the application layer's responses through its source-generated contract
/// (<see cref="CausaJson"/>: snake_case keys, enums as snake_case strings, nulls kept).</summary>
internal static class JsonOutput
{
    public static void WriteResponse<T>(CliContext context, T value)
    {
        context.Output.WriteLine(CausaJson.Serialize(value));
        context.Output.Flush();
    }
}
