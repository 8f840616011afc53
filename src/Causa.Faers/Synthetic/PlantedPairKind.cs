namespace Causa.Faers.Synthetic;

/// <summary>Whether a ground-truth pair carries a planted association or is a deliberate null.</summary>
public enum PlantedPairKind
{
    /// <summary>The event was added to reports where the drug is suspect, raising its rate by the pair's relative risk.</summary>
    Planted = 0,

    /// <summary>Drug and event are drawn independently (relative risk 1): a good signal detector leaves these unflagged.</summary>
    Null = 1,
}
