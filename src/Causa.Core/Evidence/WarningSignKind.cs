namespace Causa.Core.Evidence;

/// <summary>What a warning sign is about.</summary>
public enum WarningSignKind
{
    /// <summary>A condition a person has or asks about (back pain, insomnia, palpitations).</summary>
    Condition,

    /// <summary>A serious drug reaction named in label warnings (serotonin syndrome, rhabdomyolysis).</summary>
    Reaction,
}
