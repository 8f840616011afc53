using System.Globalization;
using Causa.Application.Errors;
using Causa.Faers.Synthetic;

namespace Causa.Application.Synthetic;

/// <summary>
/// The synth use case: writes a synthetic FAERS quarter with fictional drugs and planted associations, plus the ground
/// truth listing the planted and null pairs.
/// </summary>
/// <param name="time">Clock for the elapsed time; <see cref="TimeProvider.System"/> when null.</param>
public sealed class SynthService(TimeProvider? time = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <summary>Writes the request's quarter and its truth file (each atomically).</summary>
    /// <returns>What was written; <see cref="ErrorKind.BadInput"/> for a report count out of range or a quarter before
    /// 2012q4, <see cref="ErrorKind.BadData"/> when a file cannot be written, <see cref="ErrorKind.Cancelled"/> when
    /// <paramref name="cancellationToken"/> fired (nothing is written then).</returns>
    public Result<SynthResponse> Write(SynthRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Reports is < 1 or > SyntheticQuarterOptions.MaxReports)
        {
            return Error.BadInput(string.Create(CultureInfo.InvariantCulture, $"the number of reports must be between 1 and {SyntheticQuarterOptions.MaxReports}."));
        }

        if (request.Quarter is { IsLegacyAers: true } legacy)
        {
            return Error.BadInput($"{legacy} is not a FAERS quarter (2012q4 or later).");
        }

        var options = new SyntheticQuarterOptions { Reports = request.Reports, Seed = request.Seed, Quirks = request.Quirks };
        if (request.Quarter is { } quarter)
        {
            options = options with { Quarter = quarter };
        }

        var started = _time.GetTimestamp();
        var generator = new SyntheticQuarterGenerator(options);
        SyntheticQuarterSummary summary;
        try
        {
            summary = generator.WriteFiles(request.OutputPath, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Error.BadData($"cannot write {request.OutputPath}: {ex.Message}", request.OutputPath);
        }
        catch (OperationCanceledException)
        {
            return new Error(ErrorKind.Cancelled, "synth cancelled; nothing was written.");
        }

        var full = Path.GetFullPath(request.OutputPath);
        var planted = generator.Pairs.Count(static p => p.Kind == PlantedPairKind.Planted);
        return new SynthResponse(full, SyntheticQuarterGenerator.TruthPathFor(full), summary, planted, generator.Pairs.Count - planted, _time.GetElapsedTime(started));
    }
}
