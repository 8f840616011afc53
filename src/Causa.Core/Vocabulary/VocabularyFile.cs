using System.Diagnostics.CodeAnalysis;
using Causa.Core.Files;

namespace Causa.Core.Vocabulary;

/// <summary>Keeps a <see cref="ImportedVocabulary"/> in a store folder as one file, written atomically.</summary>
public static class VocabularyFile
{
    /// <summary>File name of the vocabulary inside a store folder.</summary>
    public const string FileName = "vocabulary.causavoc";

    /// <summary>Reads the folder's vocabulary.</summary>
    /// <param name="directory">Store folder.</param>
    /// <param name="vocabulary">The vocabulary; <see cref="ImportedVocabulary.Empty"/> when the folder has none.</param>
    /// <param name="error">Null on success; otherwise the file and what is wrong with it.</param>
    /// <returns>True unless the file exists and cannot be read.</returns>
    public static bool TryLoad(string directory, out ImportedVocabulary vocabulary, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(directory);
        vocabulary = ImportedVocabulary.Empty;
        error = null;
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return true;
        }

        try
        {
            using var stream = File.OpenRead(path);
            vocabulary = ImportedVocabulary.Load(stream);
            return true;
        }
        catch (InvalidVocabularyDataException e)
        {
            error = $"{path}: {e.Message}";
        }
        catch (IOException e)
        {
            error = $"{path}: cannot read ({e.Message})";
        }
        catch (UnauthorizedAccessException e)
        {
            error = $"{path}: cannot read ({e.Message})";
        }

        return false;
    }

    /// <summary>Writes the vocabulary into the folder atomically (<see cref="AtomicFile"/>), so a crash leaves either the old
    /// or the new vocabulary, never a torn file.</summary>
    /// <param name="directory">Store folder (created when missing).</param>
    /// <param name="vocabulary">What to write.</param>
    /// <returns>The path written.</returns>
    public static string Save(string directory, ImportedVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var path = Path.Combine(directory, FileName);
        AtomicFile.Write(path, vocabulary.Save);
        return path;
    }
}
