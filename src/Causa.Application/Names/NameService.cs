using Causa.Application.Errors;

namespace Causa.Application.Names;

/// <summary>
/// The resolve use case: how Causa reads a drug name or an event wording (match, reason, confidence, alternatives),
/// with the store folder's vocabulary and, when the folder holds a readable case store, its learned drug names and its
/// event terms, exactly as ingest and the queries resolve.
/// </summary>
/// <remarks>Thread-safe; the resolvers are the workspace generation's, built once per generation on first use and shared
/// with the queries (a damaged or missing case store is no reason not to resolve: the vocabulary alone still answers).</remarks>
public sealed class NameService
{
    private readonly CausaWorkspace _workspace;

    /// <summary>A name service over <paramref name="workspace"/> (not disposed here).</summary>
    public NameService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>How <paramref name="text"/> reads as a drug name; <see cref="ErrorKind.BadData"/> when the vocabulary
    /// file is unreadable. An unknown name is a response without ingredients, not an error.</summary>
    public Result<DrugResolveResponse> ResolveDrug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = _workspace.Acquire();
        return lease.Generation.DrugResolver.Map(resolver => DrugResolveResponse.From(resolver.Lookup(text)));
    }

    /// <summary>How <paramref name="text"/> reads as an event wording; <see cref="ErrorKind.BadData"/> when the
    /// vocabulary file is unreadable. An unknown wording is a response without a match, not an error.</summary>
    public Result<EventResolveResponse> ResolveEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var lease = _workspace.Acquire();
        return lease.Generation.TermResolver.Map(resolver => EventResolveResponse.From(resolver.Lookup(text)));
    }

    /// <summary>The vocabulary's error when its file is unreadable; null when it loads (or there is none).</summary>
    public Error? CheckVocabulary()
    {
        using var lease = _workspace.Acquire();
        return lease.Generation.Vocabulary.Error;
    }
}
