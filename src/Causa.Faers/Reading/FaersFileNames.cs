using System.Globalization;
using System.Text.RegularExpressions;
using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>Recognises FAERS/AERS table files and quarters from file names.</summary>
internal static partial class FaersFileNames
{
    /// <summary>
    /// Matches a table file: <c>DEMO20Q3.txt</c>, <c>demo12q4.txt</c>, <c>DEMO04Q1.TXT</c>, <c>DEMO20Q3-10000.txt</c>,
    /// <c>DELETE22Q4.txt</c>. The part after the quarter (a sampler's suffix) is allowed but must not start with a letter,
    /// so that FDA's <c>STAT</c> and PDF files never match.
    /// </summary>
    [GeneratedRegex(@"^(?<table>demo|drug|reac|outc|rpsr|ther|indi|deleted?)(?<yy>\d\d)q(?<q>[1-4])(?:[^a-z].*)?\.txt$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TableFileRegex();

    /// <summary>Matches a four-digit-year quarter anywhere in a zip or folder name: <c>faers_ascii_2022Q4</c>, <c>aers_ascii_2004q1</c>.</summary>
    [GeneratedRegex(@"(?<![0-9])(?<yyyy>(?:19|20)\d\d)q(?<q>[1-4])(?![0-9])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex QuarterInNameRegex();

    /// <summary>Recognises a table file name (without folders).</summary>
    /// <returns>False for anything that is not a FAERS/AERS table text file.</returns>
    public static bool TryParseTableFile(string fileName, out FaersTable table, out Quarter quarter)
    {
        table = default;
        quarter = default;
        var match = TableFileRegex().Match(fileName);
        if (!match.Success)
        {
            return false;
        }

        table = match.Groups["table"].Value.ToUpperInvariant() switch
        {
            "DEMO" => FaersTable.Demo,
            "DRUG" => FaersTable.Drug,
            "REAC" => FaersTable.Reac,
            "OUTC" => FaersTable.Outc,
            "RPSR" => FaersTable.Rpsr,
            "THER" => FaersTable.Ther,
            "INDI" => FaersTable.Indi,
            _ => FaersTable.Delete,
        };
        var year = 2000 + int.Parse(match.Groups["yy"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        quarter = new Quarter(year, match.Groups["q"].Value[0] - '0');
        return true;
    }

    /// <summary>Finds a quarter such as <c>2022Q4</c> in a zip or folder name.</summary>
    public static bool TryParseQuarterInName(string name, out Quarter quarter)
    {
        quarter = default;
        var match = QuarterInNameRegex().Match(name);
        return match.Success && Quarter.TryParse(match.Groups["yyyy"].Value + "Q" + match.Groups["q"].Value, out quarter);
    }
}
