using Causa.Application.Errors;

namespace Causa.Cli;

/// <summary>
/// The last step of a command that answers from the application layer: a failure is reported through the error model
/// (<see cref="CliErrors.Report"/>: <c>causa: MESSAGE</c> on standard error, the kind's exit code); a success is written
/// as JSON with <c>--json</c> (<see cref="JsonOutput"/>, the public contract) or rendered for a person, then exit 0.
/// </summary>
internal static class CommandOutput
{
    /// <summary>Writes <paramref name="result"/>'s value as JSON when <paramref name="json"/>, else renders it.</summary>
    /// <returns>The exit code: <see cref="ExitCodes.Ok"/>, or the error kind's.</returns>
    public static int Write<T>(CliContext context, Result<T> result, bool json, Action<T> render) =>
        Write(context, result, json ? value => JsonOutput.WriteResponse(context, value) : render);

    /// <summary>Writes the JSON of a part of <paramref name="result"/>'s value (<paramref name="toJson"/>: the contract of
    /// that command) when <paramref name="json"/>, else renders the whole value.</summary>
    /// <returns>The exit code: <see cref="ExitCodes.Ok"/>, or the error kind's.</returns>
    public static int Write<T, TJson>(CliContext context, Result<T> result, bool json, Func<T, TJson> toJson, Action<T> render) =>
        Write(context, result, json ? value => JsonOutput.WriteResponse(context, toJson(value)) : render);

    /// <summary>Hands a success to <paramref name="output"/>; reports a failure.</summary>
    /// <returns>The exit code: <see cref="ExitCodes.Ok"/> after <paramref name="output"/>, or the error kind's.</returns>
    public static int Write<T>(CliContext context, Result<T> result, Action<T> output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        if (!result.TryGetValue(out var value, out var error))
        {
            return CliErrors.Report(context, error);
        }

        output(value);
        return ExitCodes.Ok;
    }
}
