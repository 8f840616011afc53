using System.Collections.Frozen;
using Causa.Core.Names;

namespace Causa.Core.Resolution;

/// <summary>
/// Resolves FAERS drug entries with a brand → ingredient table learned from FAERS itself: drug names reported together
/// with FDA's coded active ingredient (<c>prod_ai</c>) in modern quarters.
/// </summary>
/// <remarks>
/// <para>Order of resolution: (1) <c>prod_ai</c> when present, split into ingredients and cleaned of salts;
/// (2) non-drug entries (UNKNOWN, PLACEBO, VITAMINS, UNSPECIFIED...); (3) the cleaned name is itself an ingredient
/// (<see cref="DrugResolutionKind.Exact"/>, or <see cref="DrugResolutionKind.Salt"/> when a salt word was removed);
/// (4) the cleaned name is a learned brand; (5) combination entries split into parts, each resolved alone;
/// (6) a known ingredient or brand inside a longer entry ("ASPIRIN LOW"), confidence 0.9.</para>
/// <para>A learned brand needs its most frequent ingredient set to account for at least <see cref="MinShare"/> of the rows
/// reporting that name, and at least <see cref="MinCount"/> rows, so that a few miscoded reports cannot create a mapping.</para>
/// <para>Immutable after construction: deterministic and safe for concurrent <see cref="Resolve"/> calls.</para>
/// </remarks>
public sealed class LearnedDrugNameResolver : IDrugNameResolver
{
    /// <summary>Default <see cref="MinShare"/>: 0.6.</summary>
    public const double DefaultMinShare = LearnedNamePair.DefaultMinShare;

    /// <summary>Default <see cref="MinCount"/>: 1 row.</summary>
    public const long DefaultMinCount = LearnedNamePair.DefaultMinCount;

    private readonly DrugNameMatcher _matcher;

    /// <summary>Builds the resolver from learned name pairs.</summary>
    /// <param name="pairs">Drug name / <c>prod_ai</c> pairs with their row counts; pairs with a blank side or a count below 1 are ignored.</param>
    /// <param name="minShare">Minimum share (0–1] of a name's rows that its chosen ingredient set must have.</param>
    /// <param name="minCount">Minimum number of rows (≥ 1) behind a learned brand.</param>
    /// <exception cref="ArgumentOutOfRangeException">When <paramref name="minShare"/> is outside (0, 1] or <paramref name="minCount"/> &lt; 1.</exception>
    public LearnedDrugNameResolver(IEnumerable<LearnedNamePair> pairs, double minShare = DefaultMinShare, long minCount = DefaultMinCount)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        if (!(minShare > 0 && minShare <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(minShare), minShare, "The minimum share must be in (0, 1].");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(minCount, 1);
        MinShare = minShare;
        MinCount = minCount;
        var table = LearnedBrandTable.Build(pairs, minShare, minCount);
        _matcher = new DrugNameMatcher(table.Ingredients.ToFrozenSet(StringComparer.Ordinal), table.Brands.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Minimum share of a name's rows behind its learned ingredient set (0–1].</summary>
    public double MinShare { get; }

    /// <summary>Minimum number of rows behind a learned brand (≥ 1).</summary>
    public long MinCount { get; }

    /// <summary>Number of distinct canonical ingredients seen in <c>prod_ai</c>.</summary>
    public int IngredientCount => _matcher.Ingredients.Count;

    /// <summary>Number of learned names (cleaned drug name → ingredient set) that are not themselves ingredients.</summary>
    public int BrandCount => _matcher.Brands.Count;

    /// <summary>True when <paramref name="canonicalName"/> (already cleaned) is a known ingredient.</summary>
    public bool IsIngredient(string canonicalName) => _matcher.Ingredients.Contains(canonicalName);

    /// <inheritdoc/>
    public DrugResolution Resolve(string drugName, string? prodAi) => _matcher.Resolve(drugName ?? string.Empty, prodAi);
}
