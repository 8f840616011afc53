namespace Causa.Core.Text;

/// <summary>
/// Delimited-text helpers shared by every file importer (vocabulary and evidence sources): RFC 4180 splitting, header
/// look-up, opening (optionally gzipped) files.
/// </summary>
internal static class DelimitedText
{
    /// <summary>Splits one line on <paramref name="separator"/>; outside TSV, double quotes group a field (RFC 4180, doubled quotes inside, no embedded newlines).</summary>
    public static string[] Split(string line, char separator) => Split(line, separator, out _);

    /// <summary>Splits one line as <see cref="Split(string, char)"/> does and says whether a quoted field was left open at
    /// the end of the line (a record spanning lines, which these readers do not support, or a stray quote).</summary>
    public static string[] Split(string line, char separator, out bool unterminated)
    {
        unterminated = false;
        if (separator == '\t' || line.IndexOf('"', StringComparison.Ordinal) < 0)
        {
            return line.Split(separator);
        }

        var fields = new List<string>();
        var sb = new System.Text.StringBuilder();
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
                        sb.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    sb.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(sb.ToString());
                sb.Clear();
            }
            else
            {
                sb.Append(c);
            }
        }

        fields.Add(sb.ToString());
        unterminated = quoted;
        return [.. fields];
    }

    /// <summary>Splits one CSV line (RFC 4180 quoting).</summary>
    public static string[] SplitCsv(string line) => Split(line, ',');

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

    /// <summary>Opens a text file, transparently un-gzipping <c>.gz</c> files; a UTF-8 BOM is skipped.</summary>
    public static StreamReader Open(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress);
        }

        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }

    /// <summary>The first line of a file (after un-gzipping), or null when it cannot be read.</summary>
    public static string? FirstLine(string path)
    {
        try
        {
            using var reader = Open(path);
            return reader.ReadLine();
        }
        catch (IOException)
        {
            return null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// The non-blank lines left in <paramref name="reader"/>, split on <paramref name="separator"/>, with their physical
    /// line numbers. Blank lines are not rows: they are skipped, though they still count toward line numbers.
    /// </summary>
    /// <param name="reader">The file, positioned after any header.</param>
    /// <param name="separator">Field separator.</param>
    /// <param name="linesRead">Lines already read from the file (1 after a header), so numbers match the file.</param>
    public static IEnumerable<DataRow> DataRows(TextReader reader, char separator, long linesRead)
    {
        var lineNo = linesRead;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length > 0)
            {
                yield return new DataRow(lineNo, line, Split(line, separator));
            }
        }
    }

    /// <summary>The data rows of a file with one header line (skipped), opened as <see cref="Open"/> does.</summary>
    public static IEnumerable<DataRow> DataRows(string path, char separator)
    {
        using var reader = Open(path);
        reader.ReadLine();
        foreach (var row in DataRows(reader, separator, linesRead: 1))
        {
            yield return row;
        }
    }
}
