namespace Causa.Web.Models;

/// <summary>One entry of a field's completion list, as <c>GET /api/v1/complete</c> sends it.</summary>
/// <param name="Name">The name to put in the field.</param>
/// <param name="Kind">What it is: <c>ingredient</c>, <c>brand</c>, <c>class</c>, <c>term</c> or <c>lay_word</c>.</param>
/// <param name="Means">What it stands for (a brand's ingredients, a class word's class, a lay word's term); null when
/// the name is itself the ingredient or term.</param>
/// <param name="Language">ISO 639-1 code of a lay word or class word; null otherwise.</param>
public sealed record CompletionModel(string Name, string Kind, string? Means, string? Language);
