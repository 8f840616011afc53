using System.Diagnostics.CodeAnalysis;
using Causa.Core.Ingest;
using Causa.Core.Names;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Storage.Files;

namespace Causa.Faers.Tests.Profiles;

/// <summary>
/// A file store sink whose drug resolution is the rule <c>profile_reference.py</c> matches by: each '\'-separated
/// component of <c>prod_ai</c> (else of <c>drugname</c>), upper case, cut at its first space ("RIBOCICLIB SUCCINATE" →
/// RIBOCICLIB). The profile is under test, not the resolver, so both sides must name drugs alike.
/// </summary>
internal sealed class FirstWordSink(string directory) : ICaseSink, IDrugNameResolverFactory, IDrugNameResolver
{
    private readonly FileCaseSink _inner = new(directory);

    public string Location => _inner.Location;

    public bool TryCreateResolverFactory([NotNullWhen(true)] out IDrugNameResolverFactory? factory, [NotNullWhen(false)] out StoreError? error)
    {
        factory = this;
        error = null;
        return true;
    }

    public bool TryBegin([NotNullWhen(true)] out IStoreUpdate? update, [NotNullWhen(false)] out StoreError? error) => _inner.TryBegin(out update, out error);

    public IDrugNameResolver Create(IReadOnlyList<LearnedNamePair> learnedPairs) => this;

    public DrugResolution Resolve(string drugName, string? prodAi)
    {
        var text = (string.IsNullOrWhiteSpace(prodAi) ? drugName : prodAi).Trim().ToUpperInvariant();
        var names = text.Split('\\', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(static part => part.Split(' ')[0])
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return names.Count == 0 ? DrugResolution.Unresolved : new DrugResolution(names, DrugResolutionKind.ActiveIngredientField, 1);
    }
}
