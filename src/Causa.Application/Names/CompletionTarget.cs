namespace Causa.Application.Names;

/// <summary>Which field a completion is for.</summary>
public enum CompletionTarget
{
    /// <summary>A drug: ingredients, brands and drug classes.</summary>
    Drug = 0,

    /// <summary>A condition: MedDRA terms and lay words in five languages.</summary>
    Condition = 1,
}
