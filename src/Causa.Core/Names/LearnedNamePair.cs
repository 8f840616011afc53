namespace Causa.Core.Names;

/// <summary>
/// A drug name reported together with FDA's coded active ingredient in modern quarters, and how many DRUG rows
/// carried that pairing: the raw material of the brand → ingredient table learned from FAERS itself.
/// </summary>
/// <param name="DrugName">Verbatim <c>drugname</c>.</param>
/// <param name="ProdAi">Verbatim <c>prod_ai</c>.</param>
/// <param name="Count">Number of DRUG rows with this pairing (≥ 1).</param>
public readonly record struct LearnedNamePair(string DrugName, string ProdAi, long Count)
{
    /// <summary>
    /// Default minimum share (0–1] of a name's rows that its most frequent ingredient set must have to be learned: 0.6,
    /// a majority with a margin. Here, below both the vocabulary builder and the resolvers, so both use one value.
    /// </summary>
    public const double DefaultMinShare = 0.6;

    /// <summary>Default minimum number of rows behind a learned name: 1 (FDA's coding of one row is trusted).</summary>
    public const long DefaultMinCount = 1;
}
