namespace Causa.Core.Tests.Evidence;

/// <summary>One pair of the calibration reference set.</summary>
/// <param name="Drug">Ingredient as DrugCentral writes it.</param>
/// <param name="EventTerm">The MedDRA preferred term asked about.</param>
/// <param name="Outcome">The outcome as the source names it.</param>
/// <param name="IsTrue">True for a positive control (the drug causes the event), false for a negative control.</param>
/// <param name="IsTest">True for the held-out part (about 30%), false for the part rules may be tuned on.</param>
/// <param name="Source">The reference the truth comes from.</param>
internal sealed record CalibrationPair(string Drug, string EventTerm, string Outcome, bool IsTrue, bool IsTest, string Source);
