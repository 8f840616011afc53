using Causa.Faers.Synthetic;

namespace Causa.Application.Synthetic;

/// <summary>What <see cref="SynthService.Write"/> wrote.</summary>
/// <param name="ZipPath">The zip (absolute path).</param>
/// <param name="TruthPath">The ground-truth CSV beside it (absolute path).</param>
/// <param name="Summary">Quarter, cases, rows per table and uncompressed size.</param>
/// <param name="PlantedPairs">Drug–event pairs with a planted association.</param>
/// <param name="NullPairs">Pairs written with no association (the negative controls).</param>
/// <param name="Elapsed">Wall-clock time of the generation.</param>
public sealed record SynthResponse(string ZipPath, string TruthPath, SyntheticQuarterSummary Summary, int PlantedPairs, int NullPairs, TimeSpan Elapsed);
