namespace Causa.Core.Text;

/// <summary>
/// Delimited-text helpers shared by every file importer (vocabulary and evidence sources): records and fields through
/// <see cref="DelimitedReader"/>, header look-up, opening (optionally gzipped) files.
/// </summary>
internal static class DelimitedText
{
    /// <summary>Splits one line on <paramref name="separator"/> with <see cref="DelimitedReader"/>; commas are RFC 4180
    /// CSV (double quotes group a field, doubled quotes inside), other separators take quotes as text.</summary>
    public static string[] Split(string line, char separator) => DelimitedReader.Split(line, DelimitedFormat.For(separator), out _);

    /// <summary>Splits one line as <see cref="Split(string, char)"/> does and says whether a quoted field was left open at
    /// the end of the line.</summary>
    public static string[] Split(string line, char separator, out bool unterminated) =>
        DelimitedReader.Split(line, DelimitedFormat.For(separator), out unterminated);

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
    /// The non-blank records left in <paramref name="reader"/>, read by <see cref="DelimitedReader"/> (commas as RFC 4180
    /// CSV: quoted fields may span lines), with the physical line each starts on. Blank lines are not rows: they are
    /// skipped, though they still count toward line numbers. A record with an unclosed quote carries a
    /// <see cref="DataRow.Problem"/>.
    /// </summary>
    /// <param name="reader">The file, positioned after any header.</param>
    /// <param name="separator">Field separator.</param>
    /// <param name="linesRead">Lines already read from the file (1 after a header), so numbers match the file.</param>
    public static IEnumerable<DataRow> DataRows(TextReader reader, char separator, long linesRead) =>
        DelimitedReader.Records(reader, DelimitedFormat.For(separator), linesRead);

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
