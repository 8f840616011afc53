namespace Causa.Application.Names;

/// <summary>One completion of what a user is typing.</summary>
/// <param name="Name">The name as the source writes it; typing it in the field reads as <paramref name="Means"/>.</param>
/// <param name="Kind">What the name is.</param>
/// <param name="Means">What it stands for: a brand's ingredients joined with " + ", a class word's class, a lay word's
/// preferred term; null for an ingredient or a term (the name itself).</param>
/// <param name="Language">ISO 639-1 code of a lay word or class word (en, nl, de, fr, es); null otherwise.</param>
public sealed record NameCompletion(string Name, CompletionKind Kind, string? Means, string? Language);
