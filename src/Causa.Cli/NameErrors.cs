using Causa.Core.Query;

namespace Causa.Cli;

/// <summary>Explains an unresolved or ambiguous drug or event name, with the choices or suggestions, on standard error.</summary>
internal static class NameErrors
{
    /// <summary>Writes why <paramref name="match"/> failed; returns the bad-input exit code.</summary>
    public static int Report(CliContext context, NameMatch match, string what)
    {
        var message = match.Kind == NameMatchKind.Ambiguous
            ? $"causa: '{match.Input}' matches several {what}s: {string.Join(", ", match.Suggestions)}. Ask about one of them."
            : match.Note is not null
                ? $"causa: unknown {what} '{match.Input}': {match.Note}." + (match.Suggestions.Count > 0 ? $" Did you mean: {string.Join(", ", match.Suggestions)}?" : string.Empty)
                : match.Suggestions.Count > 0
                    ? $"causa: unknown {what} '{match.Input}'. Did you mean: {string.Join(", ", match.Suggestions)}?"
                    : $"causa: unknown {what} '{match.Input}', and nothing in the store looks like it.";
        context.Error.WriteLine(message);
        return ExitCodes.BadInput;
    }
}
