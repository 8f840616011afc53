using System.Globalization;
using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Core;
using Causa.Core.Files;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;
using Causa.Core.Vocabulary.Sources;
using Causa.Storage.Files;

namespace Causa.Application.Vocab;

/// <summary>
/// The vocabulary use cases of one store folder: import name sources (all-or-nothing: when any file fails, the
/// vocabulary on disk is left as it was), apply the vocabulary to the store's drug entries, and describe it.
/// </summary>
/// <remarks>Import and apply run under the store folder's writer lock (a second writer waits, then gets
/// <see cref="ErrorKind.Locked"/>), so two imports at once both land instead of one replacing the other.</remarks>
public sealed class VocabularyService
{
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly WriteLockOptions _writeLock;

    /// <summary>Creates the service over the store folder <paramref name="directory"/>.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    /// <param name="time">The clock that times <see cref="Apply"/>.</param>
    /// <param name="writeLock">How import and apply take the folder's writer lock; <see cref="WriteLockOptions.Default"/> when null.</param>
    public VocabularyService(string directory, TimeProvider time, WriteLockOptions? writeLock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(time);
        _directory = directory;
        _time = time;
        _writeLock = writeLock ?? WriteLockOptions.Default;
    }

    /// <summary>What the folder's vocabulary holds (empty when it has none), with the names the store's rows teach.</summary>
    /// <returns>The description, or <see cref="ErrorKind.BadData"/> when the vocabulary file is unreadable.</returns>
    public Result<VocabularyInfoResponse> Info()
    {
        if (!VocabularyFile.TryLoad(_directory, out var vocabulary, out var error))
        {
            return Error.BadData(error, VocabularyPath);
        }

        LearnedNameSummary? learned = null;
        if (CaseStore.Open(_directory) is { Succeeded: true } opened)
        {
            using var store = opened.Store;
            learned = LearnedNameSummary.Of(vocabulary, store.LearnedNamePairs());
        }

        return new VocabularyInfoResponse(
            vocabulary.Ingredients.Count,
            vocabulary.Brands.Count,
            vocabulary.Classes.Count,
            vocabulary.EventSynonyms.Count,
            LayTermLexicon.All.Count,
            vocabulary.Sources,
            learned);
    }

    /// <summary>
    /// Reads every source file of <paramref name="request"/> into the folder's vocabulary and saves it when all succeed.
    /// </summary>
    /// <param name="request">The files and folders to import.</param>
    /// <param name="progress">Told of each file skipped and each file read (including failed ones), as it happens.</param>
    /// <returns>What was saved; on failure nothing is saved and the error has one line per failed file:
    /// <see cref="ErrorKind.BadInput"/> when a named path does not exist as a file or the folders named hold no recognised
    /// source file (nothing is saved then either), else <see cref="ErrorKind.BadData"/>.</returns>
    public Result<VocabularyImportResponse> Import(VocabularyImportRequest request, IProgress<VocabularyImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoreWriters.Run(_directory, _writeLock, _time, _ => ImportHoldingLock(request, progress));
    }

    /// <summary>
    /// Downloads each source of <paramref name="request"/> whole into the store folder's <c>downloads</c> folder (a
    /// file is replaced whole or left as it was), then imports them all as <see cref="Import"/> does.
    /// </summary>
    /// <param name="request">The URLs to download.</param>
    /// <param name="handler">HTTP handler to use (not disposed here); null for a new <see cref="HttpClientHandler"/>.</param>
    /// <param name="progress">Told of each download when saved, then of each file read.</param>
    /// <param name="cancellationToken">Stops a download (throws <see cref="OperationCanceledException"/>); nothing is imported then.</param>
    /// <returns>What was saved; <see cref="ErrorKind.BadInput"/> for a URL that is not http(s), <see cref="ErrorKind.BadData"/>
    /// for an HTTP error status or an unreachable server (the vocabulary is then unchanged), else what <see cref="Import"/> returns.</returns>
    public async Task<Result<VocabularyImportResponse>> UpdateAsync(
        VocabularyUpdateRequest request,
        HttpMessageHandler? handler = null,
        IProgress<VocabularyImportProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var urls = request.EffectiveUrls;
        var sources = new List<Uri>(urls.Count);
        foreach (var url in urls)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                return Error.BadInput($"'{url}' is not an http(s) URL.");
            }

            sources.Add(uri);
        }

        using var client = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        var downloads = Path.Combine(_directory, "downloads");
        var files = new List<string>(sources.Count);
        for (var i = 0; i < sources.Count; i++)
        {
            var uri = sources[i];
            var target = Path.Combine(downloads, string.Create(CultureInfo.InvariantCulture, $"vocab{i}_{DownloadName(uri)}"));
            try
            {
                using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
                if (!response.IsSuccessStatusCode)
                {
                    return Error.BadData(string.Create(CultureInfo.InvariantCulture, $"download failed: HTTP {(int)response.StatusCode} at {uri}"));
                }

                await AtomicFile.WriteAsync(target, (file, token) => response.Content.CopyToAsync(file, token), cancellationToken).ConfigureAwait(false);
            }
            catch (HttpRequestException e)
            {
                return Error.BadData($"cannot download {uri} ({e.Message})", remedy: Remedy.ImportLocalVocabularyFiles);
            }
            catch (IOException e)
            {
                // A connection dropped mid-body: the partial file was never renamed over the last good download.
                return Error.BadData($"the download of {uri} broke off ({e.Message}); nothing was changed, try again");
            }

            progress?.Report(new VocabularyImportProgress(null, null, new VocabularyDownload(uri, target)));
            files.Add(target);
        }

        return Import(new VocabularyImportRequest(files), progress);
    }

    // FDA's download links end in ".../download"; such a file is named for what it holds.
    private static string DownloadName(Uri uri)
    {
        var name = Path.GetFileName(uri.LocalPath);
        return string.IsNullOrEmpty(name) || string.Equals(name, "download", StringComparison.OrdinalIgnoreCase) ? "drugsatfda.zip" : name;
    }

    /// <summary>Re-resolves the store's drug entries with the folder's vocabulary (no quarterly files needed).</summary>
    /// <returns>What changed; <see cref="ErrorKind.NoStore"/> without a store, <see cref="ErrorKind.Locked"/> while
    /// another process writes it, <see cref="ErrorKind.BadData"/> for an unreadable vocabulary or store (the store is
    /// then unchanged).</returns>
    public Result<VocabularyApplySummary> Apply()
    {
        return StoreWriters.Run(_directory, _writeLock, _time, ApplyHoldingLock);
    }

    private Result<VocabularyImportResponse> ImportHoldingLock(VocabularyImportRequest request, IProgress<VocabularyImportProgress>? progress)
    {
        if (!VocabularyFile.TryLoad(_directory, out var existing, out var error))
        {
            return Error.BadData(error, VocabularyPath, Remedy.StartNewVocabulary);
        }

        var builder = new VocabularyBuilder(existing);
        // A folder stands for the recognised files in it (drugcentral_2016/ holds identifiers.tsv and pharm_class.tsv,
        // and idtype.tsv, which is no name source and is skipped); a file named on its own must be recognised.
        var failed = new List<string>();
        var read = 0;
        var excluded = (request.Exclude ?? []).Select(static e => Path.TrimEndingDirectorySeparator(Path.GetFullPath(e))).ToList();
        foreach (var given in request.Paths)
        {
            var isFolder = Directory.Exists(given);
            foreach (var file in isFolder ? [.. Directory.EnumerateFiles(given).Order(StringComparer.Ordinal)] : new[] { given })
            {
                var full = Path.GetFullPath(file);
                if (excluded.Any(e => full == e || full.StartsWith(e + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
                {
                    continue;
                }

                var result = VocabularyImporter.Import(Path.GetFullPath(file), builder);
                if (result.NotRecognised && isFolder)
                {
                    progress?.Report(new VocabularyImportProgress(file, null));
                    continue;
                }

                read++;
                progress?.Report(new VocabularyImportProgress(null, result));
                if (!result.Succeeded)
                {
                    failed.Add(result.Error!);
                }
            }
        }

        if (failed.Count > 0)
        {
            failed.Add("nothing was saved; the vocabulary is unchanged.");
            var message = string.Join('\n', failed);
            return request.Paths.Any(static p => !File.Exists(p)) ? Error.BadInput(message) : Error.BadData(message);
        }

        if (read == 0)
        {
            // Only folders holding no recognised source file: saving would report success for nothing.
            return Error.BadInput($"no vocabulary source file found in {string.Join(", ", request.Paths)}; nothing was imported and the vocabulary is unchanged.");
        }

        var vocabulary = builder.Build();
        var path = VocabularyFile.Save(_directory, vocabulary);
        DrugNameIndex.Refresh(_directory);
        return new VocabularyImportResponse(
            path,
            vocabulary.Ingredients.Count,
            vocabulary.Brands.Count,
            vocabulary.Classes.Count,
            vocabulary.EventSynonyms.Count,
            StoreOpens());
    }

    private Result<VocabularyApplySummary> ApplyHoldingLock(StoreWriteLock writer)
    {
        if (!StoreDrugResolverFactory.TryForStore(_directory, out var factory, out _, out var error))
        {
            return Error.BadData(error!, VocabularyPath, Remedy.ReimportVocabulary);
        }

        var started = _time.GetTimestamp();
        var result = StoreReresolver.Run(_directory, factory, writer);
        if (!result.Succeeded)
        {
            return result.Error!.Kind switch
            {
                StoreErrorKind.NotFound => new Error(ErrorKind.NoStore, $"no store at {_directory}.", Remedy.IngestFirst, new ErrorSubject(File: _directory)),
                StoreErrorKind.Locked => new Error(ErrorKind.Locked, $"the store was not changed: {result.Error}", Remedy.None, new ErrorSubject(File: _directory)),
                _ => Error.BadData($"the store was not changed: {result.Error}", _directory),
            };
        }

        DrugNameIndex.Refresh(_directory);
        var seconds = _time.GetElapsedTime(started).TotalSeconds;
        return new VocabularyApplySummary(result.Entries, result.EntriesChanged, result.IngredientsBefore, result.Commit.Ingredients, result.Commit.CasesAfter, seconds);
    }

    private bool StoreOpens()
    {
        var opened = CaseStore.Open(_directory);
        if (!opened.Succeeded)
        {
            return false;
        }

        opened.Store.Dispose();
        return true;
    }

    private string VocabularyPath => Path.Combine(_directory, VocabularyFile.FileName);
}
