namespace Causa.Core.Vocabulary;

/// <summary>A pharmacologic class and its member ingredients (DrugCentral: FDA EPC/MoA/PE, MeSH pharmacologic action).</summary>
/// <param name="Name">Class name as published, e.g. "Serotonin Reuptake Inhibitor".</param>
/// <param name="Type">Class type code: EPC, MoA, PE, PA (MeSH) or Chemical/Ingredient.</param>
/// <param name="Ingredients">Canonical member ingredients, sorted ordinally.</param>
public sealed record DrugClass(string Name, string Type, IReadOnlyList<string> Ingredients);
