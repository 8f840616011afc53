using Causa.Application.Errors;
using Causa.Faers.Download;

namespace Causa.Application.Fetch;

/// <summary>
/// The fetch use case: downloads FDA quarterly ASCII zips, resuming a partial <c>.part</c> file and verifying the zip.
/// One service downloads any number of quarters with one HTTP client.
/// </summary>
public sealed class FetchService : IDisposable
{
    private readonly HttpMessageHandler? _ownedHandler;
    private readonly FaersDownloader _downloader;
    private readonly TimeProvider? _time;
    private readonly WriteLockOptions _writeLock;

    /// <summary>A fetch service over <paramref name="handler"/>.</summary>
    /// <param name="handler">HTTP handler to use (not disposed here); null for a new <see cref="HttpClientHandler"/> the service owns.</param>
    /// <param name="baseUri">Folder URL to download from; null for FDA's (<see cref="DownloadOptions.DefaultBaseUri"/>).</param>
    /// <param name="time">Clock for retries and for finding the newest quarter; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="writeLock">How a download into a store folder takes its writer lock; <see cref="WriteLockOptions.Default"/> when null.</param>
    public FetchService(HttpMessageHandler? handler = null, Uri? baseUri = null, TimeProvider? time = null, WriteLockOptions? writeLock = null)
    {
        _time = time;
        _writeLock = writeLock ?? WriteLockOptions.Default;
        _ownedHandler = handler is null ? new HttpClientHandler() : null;
        var options = new DownloadOptions { BaseUri = baseUri ?? DownloadOptions.DefaultBaseUri };
        _downloader = new FaersDownloader(handler ?? _ownedHandler!, options, time);
    }

    /// <summary>The folder downloads go to by default: <c>downloads</c> inside the store folder.</summary>
    public static string DefaultDirectory(string storeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeDirectory);
        return Path.Combine(storeDirectory, "downloads");
    }

    /// <summary>The file name FDA gives <paramref name="request"/>'s quarter, or a description when it is the newest one.</summary>
    public static string LabelFor(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Quarter is { } quarter ? FaersDownloader.FileNameFor(quarter) : "latest quarter";
    }

    /// <summary>Downloads one quarter.</summary>
    /// <param name="request">The quarter and the target folder.</param>
    /// <param name="progress">Bytes done and, when known, the total; may be null.</param>
    /// <param name="cancellationToken">Stops the download (throws <see cref="OperationCanceledException"/>); the <c>.part</c> file is kept for a resume.</param>
    /// <returns>The verified download (<see cref="DownloadResult.FilePath"/> is the zip), or <see cref="ErrorKind.BadData"/>
    /// with the downloader's message when it is not published, unreachable or fails verification;
    /// <see cref="ErrorKind.Locked"/> when another writer held the request's store folder for longer than the wait.</returns>
    public async Task<Result<DownloadResult>> FetchAsync(FetchRequest request, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.StoreDirectory is null)
        {
            return await DownloadAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }

        if (!StoreWriters.Take(request.StoreDirectory, _writeLock, _time, cancellationToken).TryGetValue(out var writer, out var lockError))
        {
            return lockError;
        }

        using (writer)
        {
            return await DownloadAsync(request, progress, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the HTTP client (and the handler when the service created it).</summary>
    public void Dispose()
    {
        _downloader.Dispose();
        _ownedHandler?.Dispose();
    }

    private async Task<Result<DownloadResult>> DownloadAsync(FetchRequest request, IProgress<DownloadProgress>? progress, CancellationToken cancellationToken)
    {
        var result = request.Quarter is { } quarter
            ? await _downloader.DownloadAsync(quarter, request.Directory, progress, cancellationToken).ConfigureAwait(false)
            : await _downloader.DownloadLatestAsync(request.Directory, progress, cancellationToken).ConfigureAwait(false);
        return result.Succeeded
            ? result
            : new Error(ErrorKind.BadData, result.Message, Subject: new ErrorSubject(Name: result.Source.ToString()));
    }
}
