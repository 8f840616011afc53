namespace Causa.Core.Sources;

/// <summary>Splits one line of CSV (RFC 4180 quotes, no embedded newlines) or TSV into fields.</summary>
internal static class DelimitedText
{
    public static string[] Split(string line, char separator)
    {
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
        return [.. fields];
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
}
