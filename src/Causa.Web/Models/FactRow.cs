namespace Causa.Web.Models;

/// <summary>A labelled fact on a drug, event or case page ("Sex: female").</summary>
/// <param name="Label">What the fact is.</param>
/// <param name="Value">Its value in words.</param>
public sealed record FactRow(string Label, string Value);
