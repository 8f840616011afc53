namespace Causa.Core.Vocabulary.Sources;

/// <summary>Small helpers for the delimited formats of the vocabulary sources.</summary>
internal static class DelimitedText
{
    /// <summary>Splits one CSV line (RFC 4180 quoting, doubled quotes inside quoted fields).</summary>
    public static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < line.Length && line[i + 1] == '"')
                    {
                        current.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }

    /// <summary>Removes surrounding double quotes and whitespace.</summary>
    public static string Unquote(string field) => field.Trim().Trim('"').Trim();

    /// <summary>Index of a header column, case-insensitive and trimmed; -1 when absent.</summary>
    public static int IndexOf(IReadOnlyList<string> header, string name)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (string.Equals(Unquote(header[i]).TrimStart('\uFEFF'), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
