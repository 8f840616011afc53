using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Causa.Application.Errors;
using Causa.Core.Statistics;
using Causa.Core.Text;

namespace Causa.Application.Mgps;

/// <summary>
/// The mgps use case: openEBGM-compatible MGPS scoring of a pair table (<c>var1,var2,N,E</c>) or of raw rows
/// (<c>id,var1,var2[,strat…]</c>) read from a CSV file.
/// </summary>
public static class MgpsService
{
    /// <summary>Tables from this size on are read whole and parsed on every core (smaller ones are read in one pass).</summary>
    private const long ParallelReadBytes = 4L << 20;

    /// <summary>Bytes of a typical pair-table line, to size the columns of a part before reading it.</summary>
    private const int EstimatedBytesPerPair = 48;

    /// <summary>Tables above this size are streamed (one pass, a record at a time) rather than read whole.</summary>
    private const long WholeReadLimit = 1L << 30;

    /// <summary>Reads a pair table or raw rows (CSV with a header, RFC 4180 quoting, blank lines skipped; UTF-8, or
    /// UTF-16/32 with a byte-order mark). In raw rows, columns whose name contains <c>strat</c> are strata unless
    /// <paramref name="unstratified"/>.</summary>
    /// <returns>The pairs, <see cref="ErrorKind.BadInput"/> when the file does not exist, or
    /// <see cref="ErrorKind.BadInputFile"/> naming the file and line of the first malformed row.</returns>
    /// <remarks>Reads UTF-8 bytes a field at a time (<see cref="DelimitedByteReader"/>, the rules of
    /// <see cref="DelimitedReader"/>) and decodes each distinct name once: a million-pair table is read in a fraction of
    /// a second.</remarks>
    public static Result<MgpsTable> Read(string path, bool unstratified = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Error.BadInput($"input file not found: {path}");
        }

        // A table that fits in memory is read whole, so its rows can be parsed on every core.
        var whole = new FileInfo(path).Length is >= ParallelReadBytes and <= WholeReadLimit && Environment.ProcessorCount > 1 ? File.ReadAllBytes(path) : null;
        using var reader = whole is null ? DelimitedByteReader.Open(path, DelimitedFormat.Csv) : DelimitedByteReader.Open(new MemoryStream(whole, writable: false), DelimitedFormat.Csv);
        if (!reader.Read())
        {
            return Malformed(path, null, $"{path}: the file is empty (expected a header line).");
        }

        var header = new string[reader.FieldCount];
        for (var i = 0; i < header.Length; i++)
        {
            header[i] = reader.FieldText(i);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var isPairTable = columns.ContainsKey("var1") && columns.ContainsKey("var2") && columns.ContainsKey("N") && columns.ContainsKey("E");
        var isRaw = columns.ContainsKey("id") && columns.ContainsKey("var1") && columns.ContainsKey("var2");
        if (!isPairTable && !isRaw)
        {
            return Malformed(path, reader.Line, $"{path}:{reader.Line}: header must hold var1,var2,N,E (pair table) or id,var1,var2[,strat…] (raw rows); got '{reader.RecordText}'.");
        }

        if (isPairTable && whole is not null && !reader.Transcoded && whole.AsSpan((int)reader.BytesConsumed).IndexOf((byte)'"') < 0)
        {
            return ReadPairTableInParts(whole, (int)reader.BytesConsumed, reader.LinesRead, path, header.Length, columns);
        }

        return isPairTable
            ? ReadPairTable(reader, path, header.Length, columns)
            : ReadRawRows(reader, path, header, columns, unstratified);
    }

    /// <summary>Fits the MGPS prior to <paramref name="table"/> (or takes the request's) and scores every pair.</summary>
    /// <returns>The prior and scores; when the fit finds no finite estimate, a response without a prior whose
    /// <see cref="MgpsResponse.Fit"/> says why (a fit on a parameter bound still scores, with a warning). A prior whose
    /// scores are not all finite numbers (a valid but huge α or β, such as 1e308, overflows) is an error, never NaN scores:
    /// <see cref="ErrorKind.BadInput"/> for a given prior, <see cref="ErrorKind.BadData"/> for a fitted one.</returns>
    public static Result<MgpsResponse> Score(MgpsTable table, MgpsRequest request)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.NStar ?? 1, 1, nameof(request));
        var (n, e) = table.Pairs is PairColumns columns
            ? (columns.N.ToArray(), columns.E.ToArray())
            : (table.Pairs.Select(static p => p.N).ToArray(), table.Pairs.Select(static p => p.E).ToArray());
        if (request.Theta is { } given)
        {
            var star = request.NStar ?? SmallestPositive(n);
            var used = Enumerable.Range(0, n.Length).Where(i => n[i] >= star).ToArray();
            var logLikelihood = used.Length == 0 ? double.NaN : MgpsModel.LogLikelihood(given, [.. used.Select(i => n[i])], [.. used.Select(i => e[i])], default, star);
            return Finite(new MgpsResponse(given, logLikelihood, MgpsModel.Score(given, n, e), null), given: true);
        }

        var options = MgpsFitOptions.Default with { NStar = request.NStar, Squash = request.Squash ? MgpsSquashMode.OpenEbgm : MgpsSquashMode.Grid };
        var fit = MgpsModel.Fit(n, e, options);
        if (!fit.HasEstimate)
        {
            return new MgpsResponse(null, double.NaN, [], fit);
        }

        var prior = fit.Hyperparameters.Value;
        return Finite(new MgpsResponse(prior, fit.LogLikelihood, MgpsModel.Score(prior, n, e), fit), given: false);
    }

    private static Result<MgpsResponse> Finite(MgpsResponse response, bool given)
    {
        var bad = response.Scores.Count(static s => !double.IsFinite(s.Ebgm) || !double.IsFinite(s.Eb05) || !double.IsFinite(s.Eb95) || !double.IsFinite(s.Qn));
        if (bad == 0)
        {
            return response;
        }

        var what = string.Create(CultureInfo.InvariantCulture,
            $"the {(given ? "given" : "fitted")} prior ({response.Prior}) gives scores that are not finite numbers for {bad:N0} of {response.Scores.Count:N0} pairs");
        return given
            ? Error.BadInput(what + "; its alpha or beta values are too extreme for double precision; choose values nearer 1.")
            : Error.BadData(what + "; score with a prior of your choice instead.");
    }

    private static int SmallestPositive(int[] n)
    {
        var positive = n.Where(static x => x >= 1).ToArray();
        return positive.Length == 0 ? 1 : positive.Min();
    }

    /// <summary>Reads the rows of a pair table held whole in <paramref name="file"/> in as many parts as there are
    /// cores, each starting after a line feed. Only for text without quotes, where every line break ends a record, so
    /// the parts give exactly the records, line numbers and first error that one reader would.</summary>
    private static Result<MgpsTable> ReadPairTableInParts(byte[] file, int bodyStart, long headerLines, string path, int width, Dictionary<string, int> columns)
    {
        var parts = Environment.ProcessorCount;
        var bounds = new List<int> { bodyStart };
        for (var k = 1; k < parts; k++)
        {
            var target = Math.Max(bounds[^1], bodyStart + (int)((long)(file.Length - bodyStart) * k / parts));
            var lineFeed = file.AsSpan(target).IndexOf((byte)'\n');
            if (lineFeed < 0)
            {
                break;
            }

            bounds.Add(target + lineFeed + 1);
        }

        bounds.Add(file.Length);
        var linesBefore = new long[bounds.Count - 1];
        linesBefore[0] = headerLines;
        for (var k = 1; k < linesBefore.Length; k++)
        {
            linesBefore[k] = linesBefore[k - 1] + DelimitedByteReader.CountLines(file.AsSpan(bounds[k - 1], bounds[k] - bounds[k - 1]));
        }

        var results = new Result<MgpsTable>[linesBefore.Length];
        Parallel.For(0, results.Length, k =>
        {
            var length = bounds[k + 1] - bounds[k];
            using var part = new DelimitedByteReader(new MemoryStream(file, bounds[k], length, writable: false), DelimitedFormat.Csv, linesBefore[k]);
            results[k] = ReadPairTable(part, path, width, columns, length / EstimatedBytesPerPair);
        });
        var pieces = new List<PairColumns>(results.Length);
        foreach (var result in results)
        {
            if (!result.TryGetValue(out var table, out var error))
            {
                return error;
            }

            pieces.Add((PairColumns)table.Pairs);
        }

        return new MgpsTable(PairColumns.Concat(pieces), [], null);
    }

    private static Result<MgpsTable> ReadPairTable(DelimitedByteReader reader, string path, int width, Dictionary<string, int> columns, int capacity = 1024)
    {
        int v1 = columns["var1"], v2 = columns["var2"], nColumn = columns["N"], eColumn = columns["E"];
        var names = new Utf8StringTable();
        var pairs = new PairColumns(capacity);
        while (reader.Read())
        {
            if (WrongWidth(reader, path, width) is { } error)
            {
                return error;
            }

            // Checked field by field first: the error's argument list is then only built for a bad row.
            if ((IsBlank(reader.Field(v1)) || IsBlank(reader.Field(v2))) && EmptyField(path, reader, (v1, "var1"), (v2, "var2")) is { } empty)
            {
                return empty;
            }

            if (!int.TryParse(reader.Field(nColumn), NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                return Malformed(path, reader.Line, $"{path}:{reader.Line}: N must be a whole number ≥ 0; got '{reader.FieldText(nColumn)}'.");
            }

            if (!double.TryParse(reader.Field(eColumn), NumberStyles.Float, CultureInfo.InvariantCulture, out var expected) || !(expected > 0) || !double.IsFinite(expected))
            {
                return Malformed(path, reader.Line, $"{path}:{reader.Line}: E must be a positive number; got '{reader.FieldText(eColumn)}'.");
            }

            pairs.Add(names.Get(reader.Field(v1)), names.Get(reader.Field(v2)), count, expected);
        }

        return new MgpsTable(pairs, [], null);
    }

    private static Result<MgpsTable> ReadRawRows(DelimitedByteReader reader, string path, string[] header, Dictionary<string, int> columns, bool unstratified)
    {
        int id = columns["id"], var1 = columns["var1"], var2 = columns["var2"];
        var strata = unstratified ? [] : columns.Where(static c => c.Key.Contains("strat", StringComparison.Ordinal)).Select(static c => c.Value).Order().ToArray();
        var builder = new ExpectedCountBuilder();
        var names = new Utf8StringTable();
        var stratum = new List<byte>();
        while (reader.Read())
        {
            if (WrongWidth(reader, path, header.Length) is { } error)
            {
                return error;
            }

            if (EmptyField(path, reader, (id, "id"), (var1, "var1"), (var2, "var2")) is { } empty)
            {
                return empty;
            }

            // The stratum key is its fields each followed by U+001F (one byte in UTF-8), decoded once per distinct key.
            stratum.Clear();
            foreach (var s in strata)
            {
                stratum.AddRange(reader.Field(s));
                stratum.Add(0x1f);
            }

            builder.Add(names.Get(reader.Field(id)), names.Get(reader.Field(var1)), names.Get(reader.Field(var2)), names.Get(CollectionsMarshal.AsSpan(stratum)));
        }

        var table = builder.Build(stratified: strata.Length > 0);
        var used = new MgpsStrata([.. strata.Select(s => header[s].Trim())], strata.Length > 0 ? table.Strata : 0);
        return new MgpsTable([.. table.Pairs], [.. table.Warnings.Select(static w => w.Replace('\u001f', '|'))], used);
    }

    private static Error? WrongWidth(DelimitedByteReader reader, string path, int width)
    {
        var unterminated = reader.Problem is not null;
        return !unterminated && reader.FieldCount == width
            ? null
            : new Error(ErrorKind.BadInputFile, $"{path}:{reader.Line}: expected {width} fields, found {reader.FieldCount}{(unterminated ? " (unterminated quote)" : string.Empty)}.", Subject: new ErrorSubject(File: path, Line: reader.Line));
    }

    /// <summary>An error naming the first of <paramref name="required"/> that is empty or blank; null when none is.</summary>
    private static Error? EmptyField(string path, DelimitedByteReader reader, params (int Column, string Name)[] required)
    {
        foreach (var (column, name) in required)
        {
            if (IsBlank(reader.Field(column)))
            {
                return Malformed(path, reader.Line, $"{path}:{reader.Line}: {name} is empty; every row needs a value there.");
            }
        }

        return null;
    }

    /// <summary>As <see cref="string.IsNullOrWhiteSpace"/> on the decoded text.</summary>
    private static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b >= 0x80)
            {
                return string.IsNullOrWhiteSpace(Encoding.UTF8.GetString(utf8));
            }

            if (!char.IsWhiteSpace((char)b))
            {
                return false;
            }
        }

        return true;
    }

    private static Error Malformed(string path, long? line, string message) =>
        new(ErrorKind.BadInputFile, message, Subject: new ErrorSubject(File: path, Line: line));
}
