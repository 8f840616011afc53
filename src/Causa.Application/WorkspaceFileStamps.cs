using Causa.Core.Sources;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>
/// The length and write time of the files beside the case store that shape answers: the vocabulary, the evidence
/// sources and the saved signal scan. Every writer replaces them by renaming a new file into place, so a new file shows
/// as a new stamp; reading one is a cheap stat, never an open.
/// </summary>
/// <param name="Vocabulary">The vocabulary file's stamp; 0 when there is none.</param>
/// <param name="Sources">The evidence source file's stamp; 0 when there is none.</param>
/// <param name="Signals">The saved scan file's stamp; 0 when there is none.</param>
internal readonly record struct WorkspaceFileStamps(long Vocabulary, long Sources, long Signals)
{
    /// <summary>The stamps of the files in <paramref name="directory"/> now.</summary>
    public static WorkspaceFileStamps Of(string directory) => new(
        Stamp(Path.Combine(directory, VocabularyFile.FileName)),
        Stamp(Path.Combine(directory, EvidenceSourceFile.FileName)),
        Stamp(Path.Combine(directory, SavedSignals.FileName)));

    /// <summary>Length and write time folded into one number (what the web's entity tags have always used); 0 for no file.</summary>
    private static long Stamp(string path)
    {
        var file = new FileInfo(path);
        return file.Exists ? file.Length ^ file.LastWriteTimeUtc.Ticks : 0;
    }
}
