namespace Causa.Core.Sources;

/// <summary>One drug–condition pair from an indication source.</summary>
/// <param name="Ingredient">Canonical ingredient.</param>
/// <param name="Term">The MedDRA preferred term the condition maps to; null when it maps to none (kept for display and text matching).</param>
/// <param name="Condition">The condition as the source writes it.</param>
/// <param name="Category">How the source qualifies the pair.</param>
/// <param name="Resources">Number of resources or curators behind the pair (MEDI, PharmacotherapyDB); 0 when not stated.</param>
public sealed record IndicationEntry(string Ingredient, string? Term, string Condition, IndicationCategory Category, int Resources);
