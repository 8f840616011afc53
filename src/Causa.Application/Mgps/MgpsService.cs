using System.Diagnostics.CodeAnalysis;
using System.Globalization;
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
    /// <summary>Reads a pair table or raw rows (CSV with a header, RFC 4180 quoting, no records spanning lines, blank
    /// lines skipped). In raw rows, columns whose name contains <c>strat</c> are strata unless <paramref name="unstratified"/>.</summary>
    /// <returns>The pairs, <see cref="ErrorKind.BadInput"/> when the file does not exist, or
    /// <see cref="ErrorKind.BadInputFile"/> naming the file and line of the first malformed row.</returns>
    public static Result<MgpsTable> Read(string path, bool unstratified = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            return Error.BadInput($"input file not found: {path}");
        }

        using var text = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var reader = new DelimitedReader(text, DelimitedFormat.Csv);
        if (reader.Read() is not { } headerRow)
        {
            return Malformed(path, null, $"{path}: the file is empty (expected a header line).");
        }

        var header = headerRow.Fields;
        var headerLine = headerRow.Text;
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        var isPairTable = columns.ContainsKey("var1") && columns.ContainsKey("var2") && columns.ContainsKey("N") && columns.ContainsKey("E");
        var isRaw = columns.ContainsKey("id") && columns.ContainsKey("var1") && columns.ContainsKey("var2");
        if (!isPairTable && !isRaw)
        {
            return Malformed(path, headerRow.Line, $"{path}:{headerRow.Line}: header must hold var1,var2,N,E (pair table) or id,var1,var2[,strat…] (raw rows); got '{headerLine}'.");
        }

        return isPairTable
            ? ReadPairTable(reader, path, header.Length, columns)
            : ReadRawRows(reader, path, header.Length, columns, unstratified);
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
        var n = table.Pairs.Select(static p => p.N).ToArray();
        var e = table.Pairs.Select(static p => p.E).ToArray();
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

    private static Result<MgpsTable> ReadPairTable(DelimitedReader reader, string path, int width, Dictionary<string, int> columns)
    {
        int v1 = columns["var1"], v2 = columns["var2"], nColumn = columns["N"], eColumn = columns["E"];
        var pairs = new List<PairCount>();
        foreach (var row in Rows(reader))
        {
            if (!TryFields(row, path, width, out var fields, out var error))
            {
                return error;
            }

            if (EmptyField(path, row.Line, fields, (v1, "var1"), (v2, "var2")) is { } empty)
            {
                return empty;
            }

            if (!int.TryParse(fields[nColumn], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count) || count < 0)
            {
                return Malformed(path, row.Line, $"{path}:{row.Line}: N must be a whole number ≥ 0; got '{fields[nColumn]}'.");
            }

            if (!double.TryParse(fields[eColumn], NumberStyles.Float, CultureInfo.InvariantCulture, out var expected) || !(expected > 0) || !double.IsFinite(expected))
            {
                return Malformed(path, row.Line, $"{path}:{row.Line}: E must be a positive number; got '{fields[eColumn]}'.");
            }

            pairs.Add(new PairCount(fields[v1], fields[v2], count, expected));
        }

        return new MgpsTable(pairs, []);
    }

    private static Result<MgpsTable> ReadRawRows(DelimitedReader reader, string path, int width, Dictionary<string, int> columns, bool unstratified)
    {
        int id = columns["id"], var1 = columns["var1"], var2 = columns["var2"];
        var strata = unstratified ? [] : columns.Where(static c => c.Key.Contains("strat", StringComparison.Ordinal)).Select(static c => c.Value).Order().ToArray();
        var builder = new ExpectedCountBuilder();
        var stratum = new StringBuilder();
        foreach (var row in Rows(reader))
        {
            if (!TryFields(row, path, width, out var fields, out var error))
            {
                return error;
            }

            if (EmptyField(path, row.Line, fields, (id, "id"), (var1, "var1"), (var2, "var2")) is { } empty)
            {
                return empty;
            }

            stratum.Clear();
            foreach (var s in strata)
            {
                stratum.Append(fields[s]).Append('\u001f');
            }

            builder.Add(fields[id], fields[var1], fields[var2], stratum.ToString());
        }

        var table = builder.Build(stratified: strata.Length > 0);
        return new MgpsTable([.. table.Pairs], [.. table.Warnings.Select(static w => w.Replace('\u001f', '|'))]);
    }

    /// <summary>The non-blank records after the header, with the line each starts on.</summary>
    private static IEnumerable<(long Line, string[] Fields, bool Unterminated)> Rows(DelimitedReader reader)
    {
        while (reader.Read() is { } row)
        {
            yield return (row.Line, row.Fields, row.Problem is not null);
        }
    }

    private static bool TryFields((long Line, string[] Fields, bool Unterminated) row, string path, int width, out string[] fields, [NotNullWhen(false)] out Error? error)
    {
        fields = row.Fields;
        if (row.Unterminated || fields.Length != width)
        {
            error = new Error(ErrorKind.BadInputFile, $"{path}:{row.Line}: expected {width} fields, found {fields.Length}{(row.Unterminated ? " (unterminated quote)" : string.Empty)}.", Subject: new ErrorSubject(File: path, Line: row.Line));
            return false;
        }

        error = null;
        return true;
    }

    /// <summary>An error naming the first of <paramref name="required"/> that is empty or blank; null when none is.</summary>
    private static Error? EmptyField(string path, long line, string[] fields, params (int Column, string Name)[] required)
    {
        foreach (var (column, name) in required)
        {
            if (string.IsNullOrWhiteSpace(fields[column]))
            {
                return Malformed(path, line, $"{path}:{line}: {name} is empty; every row needs a value there.");
            }
        }

        return null;
    }

    private static Error Malformed(string path, long? line, string message) =>
        new(ErrorKind.BadInputFile, message, Subject: new ErrorSubject(File: path, Line: line));
}
