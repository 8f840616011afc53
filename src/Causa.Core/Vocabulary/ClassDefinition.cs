namespace Causa.Core.Vocabulary;

/// <summary>One row of Causa's class-definition table. A class's members are the union of all its rows.</summary>
/// <param name="ClassKey">The class key, e.g. "ssri".</param>
/// <param name="DisplayName">The class's name in plain English, e.g. "Selective serotonin reuptake inhibitors (SSRIs)".</param>
/// <param name="Kind">Whether the row names a DrugCentral class or lists members.</param>
/// <param name="DrugCentralClass">For <see cref="ClassDefinitionKind.DrugCentral"/>: the class name exactly as DrugCentral writes it; otherwise null.</param>
/// <param name="ClassType">The DrugCentral class type (EPC, MoA, PA, Chemical/Ingredient), or the ATC group a member list follows (e.g. N06AB).</param>
/// <param name="Members">For <see cref="ClassDefinitionKind.Members"/>: the ingredients, as DrugCentral writes them; otherwise empty.</param>
/// <param name="Source">Where the class or the list comes from.</param>
public sealed record ClassDefinition(
    string ClassKey,
    string DisplayName,
    ClassDefinitionKind Kind,
    string? DrugCentralClass,
    string ClassType,
    IReadOnlyList<string> Members,
    CuratedSource Source);
