using System.Diagnostics.CodeAnalysis;
using Causa.Core;
using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>The file store in one folder as an <see cref="ICaseSink"/>: updates go through <see cref="StoreUpdateSession"/>.</summary>
/// <remarks>Thread-safe; each update runs under the folder's writer lock (the one given, or its own).</remarks>
public sealed class FileCaseSink : ICaseSink
{
    private readonly StoreWriteLock? _heldLock;
    private readonly StoreCompaction _compaction;

    /// <summary>The sink writing the store in <paramref name="directory"/> (created when missing).</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="heldLock">The folder's writer lock when the caller holds it for its whole use case; null for each
    /// update to take it, without waiting.</param>
    /// <param name="compaction">Whether an update rewrites the store or adds a segment (see <see cref="StoreUpdateSession"/>).</param>
    public FileCaseSink(string directory, StoreWriteLock? heldLock = null, StoreCompaction compaction = StoreCompaction.Auto)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Location = directory;
        _heldLock = heldLock;
        _compaction = compaction;
    }

    /// <inheritdoc />
    /// <remarks>The store folder.</remarks>
    public string Location { get; }

    /// <inheritdoc />
    /// <remarks>A <see cref="DrugResolver"/> over the vocabulary saved in the folder (<see cref="VocabularyFile"/>; the curated
    /// synonyms when none was imported) plus the learned pairs: the same resolver the queries use.</remarks>
    public bool TryCreateResolverFactory([NotNullWhen(true)] out IDrugNameResolverFactory? factory, [NotNullWhen(false)] out StoreError? error)
    {
        if (StoreDrugResolverFactory.TryForStore(Location, out factory, out _, out var vocabularyError))
        {
            CreatedFactory = factory;
            error = null;
            return true;
        }

        var path = Path.Combine(Location, VocabularyFile.FileName);
        error = new StoreError(StoreErrorKind.Corrupt, path, vocabularyError.Replace(path + ": ", string.Empty, StringComparison.Ordinal), Remedy.ReimportVocabulary);
        return false;
    }

    /// <summary>The factory <see cref="TryCreateResolverFactory"/> last gave (null before): what the ingest resolved names
    /// with, whose merged vocabulary the drug-name index can reuse.</summary>
    public IDrugNameResolverFactory? CreatedFactory { get; private set; }

    /// <inheritdoc />
    public bool TryBegin([NotNullWhen(true)] out IStoreUpdate? update, [NotNullWhen(false)] out StoreError? error)
    {
        var begun = StoreUpdateSession.Begin(Location, _heldLock, _compaction);
        update = begun.Session;
        error = begun.Error;
        return begun.Succeeded;
    }
}
