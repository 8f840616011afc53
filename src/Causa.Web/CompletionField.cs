namespace Causa.Web;

/// <summary>Which home-page field a completion is for.</summary>
public enum CompletionField
{
    /// <summary>The drug field: ingredients, brands, classes.</summary>
    Drug = 0,

    /// <summary>The condition field: conditions and lay words.</summary>
    Condition = 1,
}
