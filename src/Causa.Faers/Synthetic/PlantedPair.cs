namespace Causa.Faers.Synthetic;

/// <summary>A drug–event pair of the synthetic quarter's ground truth.</summary>
/// <param name="Drug">Ingredient name as Causa resolves it (no salt, upper case), e.g. "ZOLVARIN".</param>
/// <param name="Event">MedDRA preferred term exactly as written in REAC, e.g. "Hepatic failure".</param>
/// <param name="RelativeRisk">
/// Rate of the event among reports where the drug is suspect (PS or SS) divided by the event's rate in all other reports;
/// 1 for null pairs. In expectation the PRR on unique cases equals this value.
/// </param>
/// <param name="Kind">Planted or null.</param>
/// <param name="BackgroundRate">Probability, 0–1, that a report without the planted effect lists the event.</param>
public sealed record PlantedPair(string Drug, string Event, double RelativeRisk, PlantedPairKind Kind, double BackgroundRate);
