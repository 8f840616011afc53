namespace Causa.Core.Text;

/// <summary>One non-blank record of a delimited file.</summary>
/// <param name="Line">1-based physical line number where the record starts, for messages.</param>
/// <param name="Text">The record as written, without its final line break.</param>
/// <param name="Fields">The record split into fields (quotes removed, doubled quotes undone).</param>
internal readonly record struct DataRow(long Line, string Text, string[] Fields)
{
    /// <summary>Why the record is malformed (an unclosed quoted field), or null when it is well formed.</summary>
    public string? Problem { get; init; }
}
