using Causa.Application.Errors;
using Causa.Checking;
using Causa.Core.Resolution;

namespace Causa.Application.Articles;

/// <summary>
/// The article checker over a workspace: reads every drug–condition claim of a pasted article through the workspace's
/// drug and term resolvers (the ones <c>ask</c> uses) and rates each with the evidence verdicts <c>ask</c> and
/// <c>evidence</c> give (<see cref="EvidenceVerdictSource"/>), within <see cref="CheckLimits"/>.
/// </summary>
/// <remarks>
/// Create one per workspace and share it: the checker is built on first use (it reads the resolvers' vocabularies once)
/// and is thread-safe afterwards. Works without a case store (the verdicts then come from the loaded sources alone) and
/// without sources (every claim is then <c>not-assessable</c>); only an unreadable vocabulary or source file is an error.
/// </remarks>
public sealed class CheckService
{
    private readonly CausaWorkspace _workspace;
    private readonly Lock _gate = new();
    private Prepared? _prepared;

    /// <summary>The service over <paramref name="workspace"/> (not owned).</summary>
    public CheckService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>Checks an article.</summary>
    /// <param name="request">The article.</param>
    /// <returns>The rated claims and summary; <see cref="ErrorKind.BadInput"/> for an empty or too large article,
    /// <see cref="ErrorKind.BadInputFile"/> for binary data or bytes that are not UTF-8, <see cref="ErrorKind.BadData"/>
    /// for an unreadable vocabulary or source file of the store folder.</returns>
    public Result<ArticleCheck> Check(CheckRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Size first, so an oversized article is refused before the store folder is read.
        if (request.Text is { Length: > CheckLimits.MaxInputChars } || request.Utf8.Length > CheckLimits.MaxInputBytes)
        {
            return TooLarge;
        }

        using var lease = _workspace.Acquire();
        if (!PreparedFor(lease.Generation).TryGetValue(out var prepared, out var error))
        {
            return error;
        }

        var outcome = request.Text is { } text
            ? prepared.Checker.Check(text, request.Format, prepared.Verdicts)
            : prepared.Checker.Check(request.Utf8.Span, request.Format, prepared.Verdicts);
        if (outcome.Succeeded)
        {
            return outcome.Check;
        }

        if (outcome.Error.Kind == CheckErrorKind.TooLarge)
        {
            return TooLarge;
        }

        var kind = outcome.Error.Kind is CheckErrorKind.Binary or CheckErrorKind.InvalidEncoding ? ErrorKind.BadInputFile : ErrorKind.BadInput;
        return new Error(kind, Lower(outcome.Error.Message));
    }

    /// <summary>The error for an article over <see cref="CheckLimits.MaxInputChars"/>, always this instance (front ends
    /// that refuse a body unread answer with it too, and may tell it apart to answer 413).</summary>
    public static Error TooLarge { get; } = Error.BadInput(
        $"the article is longer than the limit of {CheckLimits.MaxInputChars:N0} characters ({CheckLimits.MaxInputBytes / 1000:N0} kB of UTF-8); check it in parts.");

    /// <summary>The checker of <paramref name="generation"/>, built once per generation: a newer store brings its own.</summary>
    private Result<Prepared> PreparedFor(WorkspaceGeneration generation)
    {
        if (Volatile.Read(ref _prepared) is { } current && ReferenceEquals(current.Generation, generation))
        {
            return current;
        }

        lock (_gate)
        {
            if (_prepared is { } built && ReferenceEquals(built.Generation, generation))
            {
                return built;
            }

            var prepared = Prepare(generation);
            if (prepared.TryGetValue(out var value, out _))
            {
                Volatile.Write(ref _prepared, value);
            }

            return prepared;
        }
    }

    private static Result<Prepared> Prepare(WorkspaceGeneration generation)
    {
        if (!generation.DrugResolver.TryGetValue(out var drugs, out var error)
            || !generation.EvidenceTermResolver.TryGetValue(out var terms, out error)
            || !generation.Evidence.TryGetValue(out var evidence, out error)
            || !generation.Vocabulary.TryGetValue(out var vocabulary, out error))
        {
            return error;
        }

        // Every preferred term the sources and the store know can be found in the text, as `ask` can resolve it.
        var known = evidence.Sources.Terms().Concat(evidence.Store?.Terms ?? []);
        var options = new CheckerOptions { MaxInputChars = CheckLimits.MaxInputChars, MaxClaims = CheckLimits.MaxClaims };
        var checker = new ArticleChecker(drugs, terms, known, options);
        return new Prepared(generation, checker, new EvidenceVerdictSource(evidence, new DrugClassResolver(vocabulary.Classes)));
    }

    // The engine's messages are sentences; the error model's are lower-case clauses the front ends prefix.
    private static string Lower(string message) => message.Length == 0 ? message : char.ToLowerInvariant(message[0]) + message[1..];

    // Holds its generation only to tell whether it is still the current one's; it is used under that generation's lease.
    private sealed record Prepared(WorkspaceGeneration Generation, ArticleChecker Checker, EvidenceVerdictSource Verdicts);
}
