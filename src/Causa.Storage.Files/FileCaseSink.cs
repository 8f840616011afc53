using System.Diagnostics.CodeAnalysis;
using Causa.Core;
using Causa.Core.Ingest;
using Causa.Core.Resolution;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>The file store in one folder as an <see cref="ICaseSink"/>: updates go through <see cref="StoreUpdateSession"/>.</summary>
/// <remarks>Thread-safe; each update takes the folder's lock.</remarks>
public sealed class FileCaseSink : ICaseSink
{
    /// <summary>The sink writing the store in <paramref name="directory"/> (created when missing).</summary>
    public FileCaseSink(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Location = directory;
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
            error = null;
            return true;
        }

        var path = Path.Combine(Location, VocabularyFile.FileName);
        error = new StoreError(StoreErrorKind.Corrupt, path, vocabularyError.Replace(path + ": ", string.Empty, StringComparison.Ordinal), Remedy.ReimportVocabulary);
        return false;
    }

    /// <inheritdoc />
    public bool TryBegin([NotNullWhen(true)] out IStoreUpdate? update, [NotNullWhen(false)] out StoreError? error)
    {
        var begun = StoreUpdateSession.Begin(Location);
        update = begun.Session;
        error = begun.Error;
        return begun.Succeeded;
    }
}
