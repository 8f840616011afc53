using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Core;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;
using Causa.Faers.Ingest;
using Causa.Faers.Reading;
using Causa.Storage.Files;

namespace Causa.Application.Ingest;

/// <summary>
/// The ingest use case: finds FAERS/AERS quarters in the paths a user gives and reads them into a store folder,
/// all or nothing (any failure leaves the previous store untouched).
/// </summary>
/// <param name="time">Clock for the elapsed time in the summary; <see cref="TimeProvider.System"/> when null.</param>
/// <param name="writeLock">How to take the store folder's writer lock; <see cref="WriteLockOptions.Default"/> when null.</param>
public sealed class IngestService(TimeProvider? time = null, WriteLockOptions? writeLock = null)
{
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly WriteLockOptions _writeLock = writeLock ?? WriteLockOptions.Default;

    /// <summary>The quarters in <paramref name="paths"/> (zips, quarter folders, folders holding several).</summary>
    /// <returns>The sources in quarter order, or <see cref="ErrorKind.BadInput"/> when a path does not exist and
    /// <see cref="ErrorKind.BadInputFile"/> when one holds no readable quarter.</returns>
    public static Result<IReadOnlyList<FaersSource>> Discover(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var (sources, error) = FaersIngestor.Discover(paths);
        if (error is null)
        {
            return Result<IReadOnlyList<FaersSource>>.Success(sources);
        }

        return new Error(
            error.Kind == FaersReadErrorKind.NotFound ? ErrorKind.BadInput : ErrorKind.BadInputFile,
            error.ToString(),
            Subject: new ErrorSubject(File: error.File, Line: error.Line));
    }

    /// <summary>The vocabulary an ingest into <paramref name="storeDirectory"/> resolves drug names with; null when the
    /// folder's vocabulary file cannot be read (the ingest itself then reports it).</summary>
    public static DrugNameSources? DrugNames(string storeDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storeDirectory);
        return VocabularyFile.TryLoad(storeDirectory, out var vocabulary, out _)
            ? new DrugNameSources(vocabulary.Ingredients.Count, vocabulary.Brands.Count, vocabulary.Sources.Count)
            : null;
    }

    /// <summary>Reads the request's quarters into its store folder.</summary>
    /// <param name="request">Store folder and quarters.</param>
    /// <param name="progress">Stage, bytes and rows as the ingest goes; may be null.</param>
    /// <param name="cancellationToken">Stops the ingest (throws <see cref="OperationCanceledException"/>); the store is unchanged.</param>
    /// <returns>The summary, or <see cref="ErrorKind.Locked"/> when another writer held the store folder's writer lock
    /// for longer than the wait, and
    /// <see cref="ErrorKind.BadData"/> for any read or write failure; the store is then unchanged.</returns>
    public Result<IngestResponse> Ingest(IngestRequest request, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StoreWriters.Take(request.StoreDirectory, _writeLock, _time, cancellationToken).TryGetValue(out var writer, out var lockError))
        {
            return lockError;
        }

        using var held = writer;
        var reader = new FaersQuarterReader(new FaersReaderOptions { AcceptMostlyRejectedTables = request.AcceptMostlyRejectedTables });
        var sink = new FileCaseSink(request.StoreDirectory, held, request.Compaction);
        var result = new FaersIngestor(reader, time: _time).Ingest(sink, request.Sources, progress, cancellationToken);
        if (!result.Succeeded)
        {
            return new Error(
                result.StoreError?.Kind == StoreErrorKind.Locked ? ErrorKind.Locked : ErrorKind.BadData,
                $"ingest failed, the store is unchanged: {result.ErrorMessage}",
                result.ReadError?.Kind == FaersReadErrorKind.TooManyRejectedRows ? Remedy.AcceptMostlyRejectedTables : result.StoreError?.Remedy ?? Remedy.None,
                new ErrorSubject(File: request.StoreDirectory));
        }

        DrugNameIndex.Refresh(request.StoreDirectory, sink.CreatedFactory as Core.Resolution.VocabularyDrugResolverFactory);
        return new IngestResponse(IngestSummary.From(result), result);
    }
}
