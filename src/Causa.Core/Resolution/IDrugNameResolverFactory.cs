using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>
/// Builds the drug-name resolver of an ingest from the name pairs learned from the store's kept cases: the name
/// resolution stage runs it once, after deduplication, over every distinct drug entry.
/// </summary>
/// <remarks>Must be deterministic: the same learned pairs, in any order, must give a resolver with the same answers, or
/// stores stop being byte-identical whatever order their quarters were ingested in.</remarks>
public interface IDrugNameResolverFactory
{
    /// <summary>The resolver over <paramref name="learnedPairs"/> (drug name with coded ingredient, and DRUG-row counts).</summary>
    IDrugNameResolver Create(IReadOnlyList<LearnedNamePair> learnedPairs);
}
