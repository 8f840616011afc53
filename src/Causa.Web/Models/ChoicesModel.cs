namespace Causa.Web.Models;

/// <summary>The page shown when a name has several readings.</summary>
/// <param name="Typed">The ambiguous text, as typed.</param>
/// <param name="Prompt">One plain sentence saying why a choice is needed.</param>
/// <param name="Choices">One link per reading, each with a note saying what it is.</param>
public sealed record ChoicesModel(string Typed, string Prompt, IReadOnlyList<LinkModel> Choices);
