using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Causa.Core.Model;

namespace Causa.Faers.Download;

/// <summary>
/// Downloads FDA's quarterly FAERS/AERS ASCII zips (<c>faers_ascii_2024q4.zip</c>, legacy <c>aers_ascii_2008q1.zip</c>)
/// into a folder: resumable (<c>NAME.part</c> plus an HTTP Range request), retried with backoff on transient failures,
/// verified (announced length, readable zip with a DEMO table) and renamed into place atomically.
/// </summary>
/// <remarks>
/// Expected failures (404, refused requests, exhausted retries, corrupt files) come back as a <see cref="DownloadResult"/>
/// with a message; only cancellation (<see cref="OperationCanceledException"/>) and misuse throw.
/// One instance may run downloads of different quarters concurrently; two concurrent downloads of the same
/// quarter into the same folder are not supported (they share the <c>.part</c> file).
/// </remarks>
public sealed class FaersDownloader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(60);

    private readonly HttpClient _client;
    private readonly bool _ownsClient;
    private readonly DownloadOptions _options;
    private readonly TimeProvider _time;
    private readonly Uri _baseUri;

    /// <summary>Creates a downloader that sends requests through <paramref name="handler"/> (not disposed by the downloader).</summary>
    /// <param name="handler">HTTP stack to use; tests pass one pointing at a local server.</param>
    /// <param name="options">Tuning; null for the defaults (FDA's export folder).</param>
    /// <param name="time">Clock for rates, ETAs, backoff and <c>latest</c>; null for the system clock.</param>
    public FaersDownloader(HttpMessageHandler handler, DownloadOptions? options = null, TimeProvider? time = null)
        : this(new HttpClient(handler ?? throw new ArgumentNullException(nameof(handler)), disposeHandler: false), ownsClient: true, options, time)
    {
    }

    /// <summary>Creates a downloader that uses <paramref name="client"/> (not disposed by the downloader).</summary>
    /// <param name="client">HTTP client; its <see cref="HttpClient.Timeout"/> bounds the wait for response headers.</param>
    /// <param name="options">Tuning; null for the defaults (FDA's export folder).</param>
    /// <param name="time">Clock for rates, ETAs, backoff and <c>latest</c>; null for the system clock.</param>
    public FaersDownloader(HttpClient client, DownloadOptions? options = null, TimeProvider? time = null)
        : this(client ?? throw new ArgumentNullException(nameof(client)), ownsClient: false, options, time)
    {
    }

    private FaersDownloader(HttpClient client, bool ownsClient, DownloadOptions? options, TimeProvider? time)
    {
        _options = options ?? new DownloadOptions();
        ArgumentNullException.ThrowIfNull(_options.BaseUri, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxAttempts, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.MaxAttempts, 100, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.LatestLookback, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(_options.LatestLookback, 40, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.InitialBackoff, TimeSpan.Zero, nameof(options));
        _client = client;
        _ownsClient = ownsClient;
        _time = time ?? TimeProvider.System;
        var text = _options.BaseUri.ToString();
        _baseUri = text.EndsWith('/') ? _options.BaseUri : new Uri(text + "/");
    }

    /// <summary>The folder URL zip names are appended to (always ends with a slash).</summary>
    public Uri BaseUri => _baseUri;

    /// <summary>FDA's file name for a quarter: <c>faers_ascii_2024q4.zip</c>, or <c>aers_ascii_2012q3.zip</c> for 2004Q1–2012Q3.</summary>
    public static string FileNameFor(Quarter quarter) => string.Create(
        CultureInfo.InvariantCulture,
        $"{(quarter.IsLegacyAers ? "aers" : "faers")}_ascii_{quarter.Year}q{quarter.Number}.zip");

    /// <summary>The URL a quarter is downloaded from.</summary>
    public Uri UriFor(Quarter quarter) => new(_baseUri, FileNameFor(quarter));

    /// <summary>
    /// The quarters <see cref="DownloadLatestAsync"/> tries, newest first: the quarters before the one containing
    /// <paramref name="now"/> (a quarter is published 1–2 months after it ends), <paramref name="count"/> of them.
    /// </summary>
    public static IReadOnlyList<Quarter> LatestCandidates(DateTimeOffset now, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var utc = now.UtcDateTime;
        var current = new Quarter(utc.Year, ((utc.Month - 1) / 3) + 1).Ordinal;
        var list = new List<Quarter>(count);
        for (var i = 1; i <= count; i++)
        {
            var ordinal = current - i;
            list.Add(new Quarter(ordinal / 4, (ordinal % 4) + 1));
        }

        return list;
    }

    /// <summary>
    /// Downloads the most recent published quarter: tries <see cref="LatestCandidates"/> from the clock's date backwards
    /// and returns the first result that is not <see cref="DownloadStatus.NotPublished"/>.
    /// </summary>
    /// <param name="targetDirectory">Folder for the zip; created when missing.</param>
    /// <param name="progress">Receives progress reports; may be null.</param>
    /// <param name="cancellationToken">Cancels the download (the <c>.part</c> file is kept for a later resume).</param>
    /// <returns>The download's result; NotPublished when none of the candidate quarters exists.</returns>
    public async Task<DownloadResult> DownloadLatestAsync(string targetDirectory, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var candidates = LatestCandidates(_time.GetUtcNow(), _options.LatestLookback);
        DownloadResult? last = null;
        foreach (var quarter in candidates)
        {
            last = await DownloadAsync(quarter, targetDirectory, progress, cancellationToken).ConfigureAwait(false);
            if (last.Status != DownloadStatus.NotPublished)
            {
                return last;
            }
        }

        return last! with
        {
            Message = $"FDA has published none of the last {candidates.Count} quarters ({candidates[^1]}–{candidates[0]}) at {_baseUri}",
        };
    }

    /// <summary>Downloads one quarter into <paramref name="targetDirectory"/>, or keeps a verified copy already there.</summary>
    /// <param name="quarter">Quarter to fetch.</param>
    /// <param name="targetDirectory">Folder for the zip; created when missing.</param>
    /// <param name="progress">Receives progress reports (at most one per <see cref="DownloadOptions.ProgressInterval"/>, plus a final one); may be null.</param>
    /// <param name="cancellationToken">Cancels the download (the <c>.part</c> file is kept for a later resume).</param>
    /// <returns>The result; <see cref="DownloadResult.Succeeded"/> tells whether a verified file is in place.</returns>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public async Task<DownloadResult> DownloadAsync(Quarter quarter, string targetDirectory, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(targetDirectory);
        var fileName = FileNameFor(quarter);
        var uri = UriFor(quarter);
        var finalPath = Path.GetFullPath(Path.Combine(targetDirectory, fileName));
        var partPath = finalPath + ".part";
        var attempts = 0;
        var resumed = false;

        try
        {
            Directory.CreateDirectory(targetDirectory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failure(DownloadStatus.TransferFailed, $"cannot create folder {targetDirectory}: {ex.Message}", 0);
        }

        if (File.Exists(finalPath))
        {
            var existing = FaersZipVerifier.Verify(finalPath, _options.VerifyCrc, cancellationToken);
            if (existing.IsValid)
            {
                var size = new FileInfo(finalPath).Length;
                progress?.Report(new DownloadProgress(fileName, size, size, 0, TimeSpan.Zero));
                return new DownloadResult(quarter, DownloadStatus.AlreadyPresent, uri, finalPath, size, false, 0, $"{fileName} is already in {targetDirectory} (verified, not downloaded again)");
            }
        }

        var failuresInRow = 0;
        var restartedAfterBadResume = false;
        var backoff = _options.InitialBackoff;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            attempts++;
            var before = PartLength(partPath);
            var attempt = await AttemptAsync(fileName, uri, partPath, progress, cancellationToken).ConfigureAwait(false);
            resumed |= attempt.Resumed;
            switch (attempt.Outcome)
            {
                case AttemptOutcome.Fatal:
                    return Failure(attempt.FatalStatus, attempt.Message, attempts);

                case AttemptOutcome.Complete:
                    var check = FaersZipVerifier.Verify(partPath, _options.VerifyCrc, cancellationToken);
                    if (check.IsValid)
                    {
                        try
                        {
                            File.Move(partPath, finalPath, overwrite: true);
                        }
                        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                        {
                            return Failure(DownloadStatus.TransferFailed, $"downloaded {fileName} but could not move it into place: {ex.Message}", attempts);
                        }

                        var size = new FileInfo(finalPath).Length;
                        var how = resumed ? "resumed and verified" : "verified";
                        return new DownloadResult(quarter, DownloadStatus.Downloaded, uri, finalPath, size, resumed, attempts, string.Create(CultureInfo.InvariantCulture, $"{fileName}: {size:N0} bytes from {uri} ({how})"));
                    }

                    TryDelete(partPath);
                    if (resumed && !restartedAfterBadResume)
                    {
                        // The file may have changed on the server between attempts, which makes a resumed file
                        // inconsistent: one clean download is worth trying before giving up.
                        restartedAfterBadResume = true;
                        resumed = false;
                        continue;
                    }

                    return Failure(DownloadStatus.VerificationFailed, $"downloaded {fileName} from {uri}, but it is not a usable FAERS zip: {check.Problem}", attempts);

                default:
                    if (PartLength(partPath) > before)
                    {
                        // New bytes arrived: the connection is flaky but useful, so the retry budget starts over.
                        failuresInRow = 0;
                        backoff = _options.InitialBackoff;
                    }

                    failuresInRow++;
                    if (failuresInRow >= _options.MaxAttempts)
                    {
                        return Failure(DownloadStatus.TransferFailed, $"could not download {fileName} after {attempts} attempts: {attempt.Message}", attempts);
                    }

                    await DelayAsync(backoff, cancellationToken).ConfigureAwait(false);
                    backoff = backoff * 2 > MaxBackoff ? MaxBackoff : backoff * 2;
                    break;
            }
        }

        DownloadResult Failure(DownloadStatus status, string message, int attemptCount) =>
            new(quarter, status, uri, null, 0, resumed, attemptCount, message);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsClient)
        {
            _client.Dispose();
        }
    }

    private static long PartLength(string partPath) => File.Exists(partPath) ? new FileInfo(partPath).Length : 0;

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A stale .part file is harmless: the next attempt truncates it on a 200 response.
        }
    }

    private static bool IsTransient(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    private Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) =>
        _options.Delay is { } custom ? custom(delay, cancellationToken) : Task.Delay(delay, _time, cancellationToken);

    private async Task<AttemptResult> AttemptAsync(string fileName, Uri uri, string partPath, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var existing = PartLength(partPath);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        if (existing > 0)
        {
            request.Headers.Range = new RangeHeaderValue(existing, null);
        }

        HttpResponseMessage response;
        try
        {
            response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex)
        {
            return AttemptResult.Transient($"no response from {uri.Host}: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.Transient($"{uri.Host} did not answer in time");
        }

        using (response)
        {
            var status = response.StatusCode;
            if (status is HttpStatusCode.NotFound or HttpStatusCode.Gone)
            {
                var quarter = QuarterOf(fileName);
                return AttemptResult.Fatal(DownloadStatus.NotPublished, string.Create(CultureInfo.InvariantCulture, $"FDA has not published {quarter} (HTTP {(int)status} at {uri})"));
            }

            if (status == HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                // "bytes */N" with N equal to what we hold: the partial file is already whole (a crash between the
                // last byte and the rename); verification decides whether it is good.
                if (response.Content.Headers.ContentRange?.Length == existing)
                {
                    progress?.Report(new DownloadProgress(fileName, existing, existing, 0, TimeSpan.Zero));
                    return AttemptResult.Completed(resumed: true);
                }

                // Otherwise the server cannot continue our partial file (stale or longer than the file): start afresh.
                TryDelete(partPath);
                return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"{uri.Host} refused to resume at byte {existing} (HTTP 416)"));
            }

            if (IsTransient(status))
            {
                return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {response.ReasonPhrase} at {uri}"));
            }

            if (!response.IsSuccessStatusCode)
            {
                return AttemptResult.Fatal(DownloadStatus.TransferFailed, string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {response.ReasonPhrase} at {uri}"));
            }

            long offset = 0;
            long? total = response.Content.Headers.ContentLength;
            var resumed = false;
            if (status == HttpStatusCode.PartialContent)
            {
                var range = response.Content.Headers.ContentRange;
                if (range?.From != existing)
                {
                    TryDelete(partPath);
                    return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"{uri.Host} resumed at byte {range?.From} instead of {existing}"));
                }

                offset = existing;
                total = range.Length ?? (total is { } rest ? existing + rest : null);
                resumed = true;
            }

            return await CopyBodyAsync(response, fileName, partPath, offset, total, resumed, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<AttemptResult> CopyBodyAsync(HttpResponseMessage response, string fileName, string partPath, long offset, long? total, bool resumed, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var started = _time.GetTimestamp();
        var lastReport = started;
        long length = offset;
        FileStream file;
        try
        {
            file = new FileStream(partPath, FileMode.OpenOrCreate, FileAccess.Write, FileShare.None, bufferSize: 0, useAsync: true);
            file.SetLength(offset);
            file.Seek(offset, SeekOrigin.Begin);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ArrayPool<byte>.Shared.Return(buffer);
            return AttemptResult.Fatal(DownloadStatus.TransferFailed, $"cannot write {partPath}: {ex.Message}");
        }

        try
        {
            await using (file.ConfigureAwait(false))
            {
                Stream body;
                try
                {
                    body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is IOException or HttpRequestException)
                {
                    return AttemptResult.Transient($"connection lost before the body: {ex.Message}", resumed);
                }

                await using (body.ConfigureAwait(false))
                {
                    using var stall = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                    while (true)
                    {
                        int read;
                        try
                        {
                            // A stalled connection sends no error; a per-read deadline turns it into a retry.
                            stall.CancelAfter(ReadTimeout);
                            read = await body.ReadAsync(buffer.AsMemory(0, BufferSize), stall.Token).ConfigureAwait(false);
                        }
                        catch (Exception ex) when (ex is IOException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
                        {
                            var why = ex is OperationCanceledException ? "no data for " + ReadTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture) + " s" : ex.Message;
                            return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"connection lost after {length:N0} bytes: {why}"), resumed);
                        }

                        if (read == 0)
                        {
                            break;
                        }

                        try
                        {
                            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken).ConfigureAwait(false);
                        }
                        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                        {
                            // Disk full or similar: retrying the network cannot help.
                            return AttemptResult.Fatal(DownloadStatus.TransferFailed, $"cannot write {partPath}: {ex.Message}");
                        }

                        length += read;
                        var now = _time.GetTimestamp();
                        if (progress is not null && _time.GetElapsedTime(lastReport, now) >= _options.ProgressInterval)
                        {
                            lastReport = now;
                            progress.Report(Snapshot(fileName, length, offset, total, _time.GetElapsedTime(started, now)));
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        progress?.Report(Snapshot(fileName, length, offset, total ?? length, _time.GetElapsedTime(started)));
        if (total is { } expected && length < expected)
        {
            return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"transfer ended at {length:N0} of {expected:N0} bytes"), resumed);
        }

        if (total is { } announced && length > announced)
        {
            TryDelete(partPath);
            return AttemptResult.Transient(string.Create(CultureInfo.InvariantCulture, $"received {length:N0} bytes, more than the {announced:N0} announced"), resumed);
        }

        return AttemptResult.Completed(resumed);
    }

    private static DownloadProgress Snapshot(string fileName, long done, long offset, long? total, TimeSpan elapsed)
    {
        var rate = elapsed > TimeSpan.Zero ? (done - offset) / elapsed.TotalSeconds : 0;
        TimeSpan? eta = total is { } t && rate > 0 ? TimeSpan.FromSeconds(Math.Max(0, t - done) / rate) : null;
        return new DownloadProgress(fileName, done, total, rate, eta);
    }

    private static string QuarterOf(string fileName)
    {
        // faers_ascii_2024q4.zip → 2024Q4, for messages.
        var start = fileName.IndexOf("_ascii_", StringComparison.Ordinal) + "_ascii_".Length;
        return fileName[start..^".zip".Length].ToUpperInvariant();
    }
}
