namespace Causa.Checking;

/// <summary>The drug or class a claim is about, as handed to an <see cref="IClaimVerdictSource"/>.</summary>
/// <param name="Name">Canonical ingredient(s) joined with " + ", or the class key (<see cref="Causa.Core.Vocabulary.ClassWordTable"/>).</param>
/// <param name="IsClass">True for a class.</param>
/// <param name="Ingredients">The canonical ingredients; empty for a class.</param>
public sealed record ClaimSubject(string Name, bool IsClass, IReadOnlyList<string> Ingredients);
