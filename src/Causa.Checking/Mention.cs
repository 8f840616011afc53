namespace Causa.Checking;

/// <summary>A drug, class or condition found in a sentence, by token index.</summary>
/// <param name="First">Index of the first token.</param>
/// <param name="Last">Index of the last token.</param>
/// <param name="Name">The canonical drug name, class key or preferred term.</param>
/// <param name="IsClass">True for a class of drugs.</param>
/// <param name="Ingredients">The drug's canonical ingredients; empty for classes and conditions.</param>
internal sealed record Mention(int First, int Last, string Name, bool IsClass, IReadOnlyList<string> Ingredients);
