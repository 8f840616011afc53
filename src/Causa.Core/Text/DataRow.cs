namespace Causa.Core.Text;

/// <summary>One non-blank data line of a delimited file.</summary>
/// <param name="Line">1-based physical line number, for messages.</param>
/// <param name="Text">The line as read.</param>
/// <param name="Fields">The line split into fields.</param>
internal readonly record struct DataRow(long Line, string Text, string[] Fields);
