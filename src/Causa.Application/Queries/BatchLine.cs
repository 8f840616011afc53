namespace Causa.Application.Queries;

/// <summary>Reads one line of <c>ask --batch</c>: <c>DRUG&lt;TAB&gt;CONDITION</c>, or a whole question.</summary>
public static class BatchLine
{
    /// <summary>True when the line holds no question (blank, or a '#' comment); such lines are skipped without output.</summary>
    public static bool IsSkipped(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.AsSpan().Trim();
        return trimmed.IsEmpty || trimmed[0] == '#';
    }

    /// <summary>Splits a <c>DRUG&lt;TAB&gt;CONDITION</c> line; false for a whole question (no tab).</summary>
    /// <param name="line">The line.</param>
    /// <param name="drug">The text before the first tab, trimmed.</param>
    /// <param name="condition">The text after it, trimmed (further tabs are part of it).</param>
    public static bool TrySplit(string line, out string drug, out string condition)
    {
        ArgumentNullException.ThrowIfNull(line);
        var tab = line.IndexOf('\t', StringComparison.Ordinal);
        if (tab < 0)
        {
            (drug, condition) = (string.Empty, string.Empty);
            return false;
        }

        (drug, condition) = (line[..tab].Trim(), line[(tab + 1)..].Trim());
        return true;
    }
}
