namespace Causa.Web.Models;

/// <summary>
/// A source that was checked but cannot answer for this drug and condition (the table does not list the condition, its
/// figures do not add up, no indication source knows the drug): named on the page in one folded line, not in a block.
/// </summary>
/// <param name="Name">The source's name, as its evidence block would head it.</param>
/// <param name="Reasons">Why it cannot answer, one plain sentence per line it gave.</param>
/// <param name="Source">The source, its period and licence.</param>
public sealed record SilentSource(string Name, IReadOnlyList<string> Reasons, SourceInfo Source);
