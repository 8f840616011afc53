namespace Causa.Core.Names;

/// <summary>
/// A drug name reported together with FDA's coded active ingredient in modern quarters, and how many DRUG rows
/// carried that pairing: the raw material of the brand → ingredient table learned from FAERS itself.
/// </summary>
/// <param name="DrugName">Verbatim <c>drugname</c>.</param>
/// <param name="ProdAi">Verbatim <c>prod_ai</c>.</param>
/// <param name="Count">Number of DRUG rows with this pairing (≥ 1).</param>
public readonly record struct LearnedNamePair(string DrugName, string ProdAi, long Count);
