using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Resolution;

namespace Causa.Application.Queries;

/// <summary>Explains an unresolved or ambiguous drug or event name, with the choices or suggestions.</summary>
internal static class NameErrors
{
    /// <summary>The error for a failed <paramref name="match"/>; <paramref name="what"/> is "drug" or "event".</summary>
    public static Error For(NameMatch match, string what)
    {
        if (match.Kind == NameMatchKind.Ambiguous)
        {
            return new Error(ErrorKind.BadInput, $"'{match.Input}' matches several {what}s: {string.Join(", ", match.Suggestions)}. Ask about one of them.", Remedy.None, new ErrorSubject(Name: match.Input));
        }

        var message = match.Note is not null
            ? $"unknown {what} '{match.Input}': {match.Note}." + (match.Suggestions.Count > 0 ? $" Did you mean: {string.Join(", ", match.Suggestions)}?" : string.Empty)
            : match.Suggestions.Count > 0
                ? $"unknown {what} '{match.Input}'. Did you mean: {string.Join(", ", match.Suggestions)}?"
                : $"unknown {what} '{match.Input}', and nothing in the store looks like it.";
        return Error.NotFound(message, match.Input);
    }
}
