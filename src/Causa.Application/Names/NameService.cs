using Causa.Application.Errors;
using Causa.Core.Names;
using Causa.Core.Resolution;

namespace Causa.Application.Names;

/// <summary>
/// The resolve use case: how Causa reads a drug name or an event wording (match, reason, confidence, alternatives),
/// with the store folder's vocabulary and, when the folder holds a readable case store, its learned drug names and its
/// event terms, exactly as ingest and the queries resolve.
/// </summary>
/// <remarks>Thread-safe; each resolver is built once per service, on first use.</remarks>
public sealed class NameService
{
    private readonly CausaWorkspace _workspace;
    private readonly Lazy<Result<DrugResolver>> _drugs;
    private readonly Lazy<Result<TermResolver>> _terms;

    /// <summary>A name service over <paramref name="workspace"/> (not disposed here).</summary>
    public NameService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
        _drugs = new(BuildDrugResolver, LazyThreadSafetyMode.ExecutionAndPublication);
        _terms = new(BuildTermResolver, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>How <paramref name="text"/> reads as a drug name; <see cref="ErrorKind.BadData"/> when the vocabulary
    /// file is unreadable. An unknown name is a lookup without ingredients, not an error.</summary>
    public Result<DrugLookup> ResolveDrug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _drugs.Value.Map(resolver => resolver.Lookup(text));
    }

    /// <summary>How <paramref name="text"/> reads as an event wording; <see cref="ErrorKind.BadData"/> when the
    /// vocabulary file is unreadable. An unknown wording is a lookup without a match, not an error.</summary>
    public Result<TermLookup> ResolveEvent(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _terms.Value.Map(resolver => resolver.Lookup(text));
    }

    /// <summary>True when <paramref name="lookup"/> names ingredients or recognises a non-drug (placebo, vitamins...).</summary>
    public static bool IsResolved(DrugLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.Ingredients.Count > 0 || lookup.Kind == DrugResolutionKind.NonDrug;
    }

    /// <summary>True when <paramref name="lookup"/> found one preferred term.</summary>
    public static bool IsResolved(TermLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return lookup.Match is not null;
    }

    // A damaged or missing case store is no reason not to resolve: the vocabulary alone still answers.
    private bool StoreReadable => _workspace.HasCaseStore && _workspace.Store.Succeeded;

    private Result<DrugResolver> BuildDrugResolver() =>
        _workspace.Vocabulary.Map(vocabulary => new DrugResolver(vocabulary, StoreReadable ? _workspace.Store.Value!.LearnedNamePairs() : null));

    private Result<TermResolver> BuildTermResolver() =>
        _workspace.Vocabulary.Map(vocabulary => new TermResolver(vocabulary, StoreReadable ? _workspace.Store.Value!.Terms.ToArray() : null));
}
