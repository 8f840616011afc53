using Causa.Core.Model;

namespace Causa.Application.Synthetic;

/// <summary>A synthetic FAERS quarter to write.</summary>
/// <param name="OutputPath">The zip to write; the truth file goes beside it as <c>NAME.truth.csv</c>.</param>
/// <param name="Reports">Reports (DEMO rows), 1 to <see cref="Causa.Faers.Synthetic.SyntheticQuarterOptions.MaxReports"/>.</param>
/// <param name="Seed">Seed; the same seed and options give the same bytes.</param>
/// <param name="Quarter">The quarter the files claim to be (2012q4 or later); null for the generator's default.</param>
/// <param name="Quirks">True to write FDA's real-file quirks (CRLF, float artefacts, NA, Windows-1252, a truncated last line).</param>
public sealed record SynthRequest(string OutputPath, int Reports = 10_000, int Seed = 42, Quarter? Quarter = null, bool Quirks = true);
