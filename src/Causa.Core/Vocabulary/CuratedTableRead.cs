namespace Causa.Core.Vocabulary;

/// <summary>The rows read from one of Causa's curated tables, and what was wrong with the lines that could not be read.</summary>
/// <typeparam name="T">The row type.</typeparam>
/// <param name="Rows">The rows that were read, in file order.</param>
/// <param name="Errors">One message per refused line ("line 12: ..."), in file order; empty when the table is sound.</param>
public sealed record CuratedTableRead<T>(IReadOnlyList<T> Rows, IReadOnlyList<string> Errors)
{
    /// <summary>True when every data line was read.</summary>
    public bool IsValid => Errors.Count == 0;
}
