using Causa.Application.Errors;

namespace Causa.Application.Names;

/// <summary>
/// The completion use case: names that start with what a user is typing in a drug or condition field, over the names
/// the workspace already has (the store's ingredients and terms, the vocabulary's ingredients, brands and classes, the
/// evidence sources' terms, Causa's class words and its lay-term lexicon in English, Dutch, German, French and Spanish).
/// Matching is by prefix and ignores case, accents and punctuation.
/// </summary>
/// <remarks>Thread-safe. The name index is the workspace generation's, built once per generation on first use
/// (a store or source that cannot be read only leaves its names out: completion never fails for it).</remarks>
public sealed class CompletionService
{
    /// <summary>Longest text read, in characters; longer text is bad input.</summary>
    public const int MaxTextLength = 100;

    /// <summary>Most completions one call returns.</summary>
    public const int MaxResults = 20;

    /// <summary>Completions returned when the caller does not say.</summary>
    public const int DefaultResults = 10;

    private readonly CausaWorkspace _workspace;

    /// <summary>A completion service over <paramref name="workspace"/> (not disposed here).</summary>
    public CompletionService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>
    /// Up to <paramref name="limit"/> names for <paramref name="target"/> starting with <paramref name="text"/>, best
    /// first: an exact match first, then ingredients before brands before classes (terms before lay words), then shorter
    /// names first. Empty when nothing matches or the text has no letters or digits.
    /// </summary>
    /// <param name="target">The field.</param>
    /// <param name="text">What was typed; 1 to <see cref="MaxTextLength"/> characters after trimming.</param>
    /// <param name="limit">1 to <see cref="MaxResults"/>.</param>
    /// <returns>The names; <see cref="ErrorKind.BadInput"/> for blank or over-long text or a limit out of range.</returns>
    public Result<IReadOnlyList<NameCompletion>> Complete(CompletionTarget target, string text, int limit = DefaultResults)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxTextLength)
        {
            return Error.BadInput($"the text to complete must be 1 to {MaxTextLength} characters.");
        }

        if (limit is < 1 or > MaxResults)
        {
            return Error.BadInput($"the number of completions must be 1 to {MaxResults}.");
        }

        using var lease = _workspace.Acquire();
        var indexes = lease.Generation.Cache<CompletionIndexes>();
        var index = target == CompletionTarget.Drug ? indexes.Drugs(lease.Generation) : indexes.Conditions(lease.Generation);
        return Result<IReadOnlyList<NameCompletion>>.Success(index.Complete(trimmed, limit));
    }
}
