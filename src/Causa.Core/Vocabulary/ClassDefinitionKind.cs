namespace Causa.Core.Vocabulary;

/// <summary>How a class-definition row names the class's members.</summary>
public enum ClassDefinitionKind
{
    /// <summary>A DrugCentral class, by its exact name and type (EPC, MoA, PA, Chemical/Ingredient).</summary>
    DrugCentral,

    /// <summary>An explicit list of ingredients as DrugCentral writes them, following a WHO ATC group.</summary>
    Members,
}
