using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Model;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application.Verification;

/// <summary>
/// <c>causa verify</c>: verifies in full every file of a store folder that a query reads, where a query itself checks only
/// what it reads (<see cref="StoreVerification.OnRead"/>): the case store (every section checksum, the padding and every
/// row's offsets and ids, as an ingest does), the drug-name index (checksums, the names inside, and whether it was built
/// from the files now in the folder), the saved signal scan, the evidence sources and the vocabulary.
/// </summary>
/// <remarks>Reads every byte of each file, so it costs about what an ingest's verification does (0.2 s for a 250 MB
/// store); it writes nothing and takes no lock. Thread-safe.</remarks>
public sealed class VerifyService
{
    private readonly CausaWorkspace _workspace;

    /// <summary>Creates the service over <paramref name="workspace"/>'s folder (not owned: dispose the workspace yourself).
    /// The files are opened afresh and verified whole, whatever the workspace has already opened.</summary>
    public VerifyService(CausaWorkspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
    }

    /// <summary>Verifies every file present in the store folder.</summary>
    /// <returns>The report, whose <see cref="VerifyResponse.Problem"/> names each damaged file and why; the
    /// <see cref="ErrorKind.NoStore"/> error other queries give when the folder has no case store.</returns>
    public Result<VerifyResponse> Verify()
    {
        var directory = _workspace.Directory;
        var files = new List<VerifiedFile>();
        var opened = CaseStore.Open(directory, StoreVerification.Full);
        if (!opened.Succeeded && opened.Error.Kind == StoreErrorKind.NotFound)
        {
            return WorkspaceGeneration.ToError(opened.Error, directory);
        }

        using var store = opened.Store;
        files.Add(CaseStoreFile(opened));
        if (NameIndexFile(directory, store) is { } index)
        {
            files.Add(index);
        }

        if (ScanFile(directory, store) is { } scan)
        {
            files.Add(scan);
        }

        if (SourcesFile(directory) is { } sources)
        {
            files.Add(sources);
        }

        if (VocabularyFileEntry(directory) is { } vocabulary)
        {
            files.Add(vocabulary);
        }

        var damaged = files.Where(static f => f.Status == VerifiedFileStatus.Damaged).ToList();
        var response = new VerifyResponse(directory, damaged.Count == 0, files);
        return damaged.Count == 0 ? response : response with { Problem = ProblemOf(directory, damaged) };
    }

    private static Error ProblemOf(string directory, List<VerifiedFile> damaged)
    {
        var lines = damaged.Select(f => $"the {f.What} file is damaged: {Path.Combine(directory, f.File)}: {f.Detail}");
        // One remedy for one file; several damaged files each need their own, which the lines before the error show.
        return Error.BadData(string.Join('\n', lines), Path.Combine(directory, damaged[0].File), damaged.Count == 1 ? damaged[0].Remedy : Remedy.None);
    }

    private static VerifiedFile CaseStoreFile(StoreOpenResult opened)
    {
        if (!opened.Succeeded)
        {
            var error = opened.Error;
            return new VerifiedFile(Path.GetFileName(error.Path), "case store", SizeOf(error.Path), VerifiedFileStatus.Damaged, error.Message) { Remedy = error.Remedy };
        }

        var store = opened.Store;
        var segments = store.SegmentCount == 0
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $" in the base file and {store.SegmentCount} segment{(store.SegmentCount == 1 ? string.Empty : "s")} ({string.Join(", ", store.SegmentFileNames)}, listed in {store.ManifestFileName}; `causa compact` folds them into one file)");
        var detail = string.Create(CultureInfo.InvariantCulture, $"{store.CaseCount:N0} cases{segments}, {store.Quarters.Count} quarter{(store.Quarters.Count == 1 ? string.Empty : "s")}; every section checksum and every row checked");
        return new VerifiedFile(Path.GetFileName(store.FilePath), "case store", store.SizeBytes, VerifiedFileStatus.Ok, detail);
    }

    private static VerifiedFile? NameIndexFile(string directory, CaseStore? store)
    {
        var path = Path.Combine(directory, DrugNameIndexFile.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        const string what = "drug-name index";
        var bytes = SizeOf(path);

        // Without a readable store there is no key to compare with: the file's own checksums and names are still checked.
        var key = store is null ? default : DrugNameIndexFile.KeyOf(directory, store.Fingerprint, store.SizeBytes);
        var state = DrugNameIndexFile.Verify(directory, key, out var problem);
        return state switch
        {
            DrugNameIndexState.Current => new VerifiedFile(DrugNameIndexFile.FileName, what, bytes, VerifiedFileStatus.Ok, "current for this store and vocabulary"),
            DrugNameIndexState.Stale when store is null => new VerifiedFile(DrugNameIndexFile.FileName, what, bytes, VerifiedFileStatus.Ok, "checksums sound; not compared with the store, which cannot be read"),
            DrugNameIndexState.Stale => new VerifiedFile(DrugNameIndexFile.FileName, what, bytes, VerifiedFileStatus.Stale, $"{problem}: queries build the names in memory, more slowly, until it is rebuilt") { Remedy = Remedy.RebuildNameIndex },
            _ => new VerifiedFile(DrugNameIndexFile.FileName, what, bytes, VerifiedFileStatus.Damaged, problem ?? "unreadable") { Remedy = Remedy.RebuildNameIndex },
        };
    }

    private static VerifiedFile? ScanFile(string directory, CaseStore? store)
    {
        var path = Path.Combine(directory, SavedSignals.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        const string what = "signal scan";
        var bytes = SizeOf(path);
        if (!SavedSignals.TryVerify(directory, out var fingerprint, out var roles, out var problem))
        {
            return new VerifiedFile(SavedSignals.FileName, what, bytes, VerifiedFileStatus.Damaged, problem) { Remedy = Remedy.RecomputeSignalScan };
        }

        var counted = roles == RoleFilter.All ? "all roles" : "suspect roles";
        return store is not null && fingerprint != store.Fingerprint
            ? new VerifiedFile(SavedSignals.FileName, what, bytes, VerifiedFileStatus.Stale, $"computed before the last ingest ({counted}): queries ignore it") { Remedy = Remedy.RecomputeSignalScan }
            : new VerifiedFile(SavedSignals.FileName, what, bytes, VerifiedFileStatus.Ok, $"MGPS scores, {counted}");
    }

    private static VerifiedFile? SourcesFile(string directory)
    {
        var path = Path.Combine(directory, EvidenceSourceFile.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        const string what = "evidence sources";
        return EvidenceSourceFile.TryLoadVerified(directory, out var sources, out var error, out var remedy)
            ? new VerifiedFile(EvidenceSourceFile.FileName, what, SizeOf(path), VerifiedFileStatus.Ok, string.Create(CultureInfo.InvariantCulture, $"{sources.Count} sources"))
            : new VerifiedFile(EvidenceSourceFile.FileName, what, SizeOf(path), VerifiedFileStatus.Damaged, WithoutPath(error, path)) { Remedy = remedy == Remedy.None ? Remedy.ReaddSources : remedy };
    }

    private static VerifiedFile? VocabularyFileEntry(string directory)
    {
        var path = Path.Combine(directory, VocabularyFile.FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        const string what = "vocabulary";
        return VocabularyFile.TryLoad(directory, out var vocabulary, out var error)
            ? new VerifiedFile(VocabularyFile.FileName, what, SizeOf(path), VerifiedFileStatus.Ok,
                string.Create(CultureInfo.InvariantCulture, $"{vocabulary.Ingredients.Count:N0} ingredients, {vocabulary.Brands.Count:N0} brands"))
            : new VerifiedFile(VocabularyFile.FileName, what, SizeOf(path), VerifiedFileStatus.Damaged, WithoutPath(error, path)) { Remedy = Remedy.ReimportVocabulary };
    }

    // The loaders name the file in their messages; the report names it once, in its own column.
    private static string WithoutPath(string error, string path) =>
        error.StartsWith(path + ": ", StringComparison.Ordinal) ? error[(path.Length + 2)..] : error;

    private static long SizeOf(string path)
    {
        try
        {
            return new FileInfo(path).Length;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return 0;
        }
    }
}
