namespace Causa.Core.Vocabulary;

/// <summary>
/// Reads the tab-separated text of Causa's curated tables: '#' comment lines and blank lines are skipped, and so is the
/// column-header line (the first other line, when it starts with the expected first column name).
/// </summary>
internal static class CuratedTableText
{
    /// <summary>The data lines with their 1-based line numbers, split on tabs and trimmed.</summary>
    /// <param name="reader">The table text.</param>
    /// <param name="headerFirstColumn">The first column name of the header line.</param>
    public static IEnumerable<(int LineNumber, string[] Fields)> DataRows(TextReader reader, string headerFirstColumn)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        var headerSeen = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#' || line.Trim().Length == 0)
            {
                continue;
            }

            var fields = line.Split('\t');
            if (!headerSeen)
            {
                headerSeen = true;
                if (string.Equals(fields[0].Trim(), headerFirstColumn, StringComparison.Ordinal))
                {
                    continue;
                }
            }

            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = fields[i].Trim();
            }

            yield return (number, fields);
        }
    }

    /// <summary>Opens an embedded resource of Causa.Core; a missing one means a broken build.</summary>
    /// <param name="name">The resource's logical name.</param>
    public static StreamReader OpenResource(string name)
    {
        var stream = typeof(CuratedTableText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} missing from Causa.Core: the build is broken.");
        return new StreamReader(stream);
    }

    /// <summary>Reads an embedded table and refuses a broken one (a build defect, never a user error).</summary>
    /// <typeparam name="T">The row type.</typeparam>
    /// <param name="name">The resource's logical name.</param>
    /// <param name="parse">The table's parser.</param>
    public static IReadOnlyList<T> LoadResource<T>(string name, Func<TextReader, CuratedTableRead<T>> parse)
    {
        using var reader = OpenResource(name);
        var read = parse(reader);
        return read.IsValid
            ? read.Rows
            : throw new InvalidOperationException($"Embedded table {name} is broken: {string.Join("; ", read.Errors.Take(5))}");
    }
}
