using Causa.Application.Errors;
using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application.Sources;

/// <summary>
/// The evidence-source use cases of one store folder: add (import label, indication and count-table sources) and
/// list. Adding is all-or-nothing: when any source fails, the file on disk is left as it was.
/// </summary>
/// <remarks>Not for concurrent adds to the same folder: the last writer's file wins.</remarks>
public sealed class SourceService
{
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly WriteLockOptions _writeLock;

    /// <summary>Creates the service over the store folder <paramref name="directory"/>.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    /// <param name="time">The clock stamped on imported sources.</param>
    /// <param name="writeLock">How <see cref="Add"/> takes the folder's writer lock; <see cref="WriteLockOptions.Default"/> when null.</param>
    public SourceService(string directory, TimeProvider time, WriteLockOptions? writeLock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(time);
        _directory = directory;
        _time = time;
        _writeLock = writeLock ?? WriteLockOptions.Default;
    }

    /// <summary>Parses a kind as users type it (sider, onsides, drugcentral, medi, pharmacotherapydb, counts; any case).</summary>
    public static bool TryParseKind(string text, out EvidenceSourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        kind = default;
        switch (text.Trim().ToLowerInvariant())
        {
            case "sider": kind = EvidenceSourceKind.Sider; return true;
            case "onsides": kind = EvidenceSourceKind.Onsides; return true;
            case "drugcentral": kind = EvidenceSourceKind.DrugCentral; return true;
            case "medi": kind = EvidenceSourceKind.Medi; return true;
            case "pharmacotherapydb": kind = EvidenceSourceKind.PharmacotherapyDb; return true;
            case "counts": kind = EvidenceSourceKind.Counts; return true;
            default: return false;
        }
    }

    /// <summary>The loaded sources (none when the folder has no source file), or <see cref="ErrorKind.BadData"/>.</summary>
    public Result<IReadOnlyList<ImportedSource>> List() =>
        EvidenceSourceFile.TryLoad(_directory, out var sources, out var error, out var remedy)
            ? Result<IReadOnlyList<ImportedSource>>.Success(sources)
            : Error.BadData(error, Path.Combine(_directory, EvidenceSourceFile.FileName), remedy);

    /// <summary>
    /// Imports <paramref name="request"/>'s sources and saves them beside the loaded ones. Label and count-table sources
    /// are imported first: their preferred terms, with the store's and the loaded sources' terms, then help map the
    /// indication sources' condition names ("fibromyalgia") onto the spelling the other sources use.
    /// </summary>
    /// <returns>The sources added; <see cref="ErrorKind.BadInput"/> for a missing path; <see cref="ErrorKind.BadData"/>
    /// when the folder's files are unreadable or any source fails to import (one line per failure, nothing saved);
    /// <see cref="ErrorKind.Locked"/> when another writer held the folder for longer than the wait.</returns>
    /// <remarks>Reads the loaded sources, imports and saves under the folder's writer lock, so two imports at once both
    /// land (one after the other) instead of the later rename dropping the earlier import.</remarks>
    public Result<SourceAddResponse> Add(SourceAddRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!StoreWriters.Take(_directory, _writeLock, _time).TryGetValue(out var writer, out var lockError))
        {
            return lockError;
        }

        using (writer)
        {
            return AddHoldingLock(request);
        }
    }

    private Result<SourceAddResponse> AddHoldingLock(SourceAddRequest request)
    {
        if (!EvidenceSourceFile.TryLoad(_directory, out var existing, out var error, out var remedy))
        {
            return Error.BadData(error, Path.Combine(_directory, EvidenceSourceFile.FileName), remedy);
        }

        if (!VocabularyFile.TryLoad(_directory, out var vocabulary, out error))
        {
            return Error.BadData(error, Path.Combine(_directory, VocabularyFile.FileName));
        }

        var missing = request.Paths.Where(static p => !File.Exists(p) && !Directory.Exists(p)).ToList();
        if (missing.Count > 0)
        {
            return Error.BadInput($"no such file or folder: {string.Join(", ", missing)}");
        }

        // A folder holding SIDER's files stands for those files (its README and ATC table are not sources); any other
        // folder is one count table in parts, as the TAKMU and openFDA tables come.
        var paths = request.Paths.SelectMany<string, string>(static p => Directory.Exists(p) && Directory.EnumerateFiles(p).Any(IsSiderFile)
            ? Directory.EnumerateFiles(p).Where(IsSiderFile).Order(StringComparer.Ordinal)
            : [p]).ToList();

        var knownTerms = new EvidenceSources(existing).Terms().ToList();
        var opened = CaseStore.Open(_directory);
        if (opened.Succeeded)
        {
            using (opened.Store)
            {
                knownTerms.AddRange(opened.Store!.Terms);
            }
        }

        var kind = request.Kind;
        var drugs = new DrugResolver(vocabulary);
        var now = _time.GetUtcNow();
        var first = paths.Where(p => !IsIndication(kind ?? SourceImporter.Detect(p))).ToList();
        var second = paths.Where(p => IsIndication(kind ?? SourceImporter.Detect(p))).ToList();
        var results = first.Count == 0 ? [] : SourceImporter.Import(first, kind, new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms)), now).ToList();
        if (second.Count > 0)
        {
            knownTerms.AddRange(new EvidenceSources(results.Where(static r => r.Succeeded).Select(static r => r.Source!)).Terms());
            results.AddRange(SourceImporter.Import(second, kind, new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms)), now));
        }

        var failed = results.Where(static r => !r.Succeeded).Select(static r => r.Error!).ToList();
        if (failed.Count > 0)
        {
            // One line per failed source, then what it means; the front end shows each line.
            failed.Add("nothing was added (sources are added all-or-nothing).");
            return Error.BadData(string.Join('\n', failed));
        }

        var added = results.Select(static r => r.Source!).ToList();
        var names = new HashSet<string>(added.Select(static s => s.Info.Name), StringComparer.OrdinalIgnoreCase);
        var all = existing.Where(s => !names.Contains(s.Info.Name)).Concat(added).ToList();
        var path = EvidenceSourceFile.Save(_directory, all);
        return new SourceAddResponse(added, all.Count, path);
    }

    private static bool IsIndication(EvidenceSourceKind? kind) =>
        kind is EvidenceSourceKind.DrugCentral or EvidenceSourceKind.Medi or EvidenceSourceKind.PharmacotherapyDb;

    private static bool IsSiderFile(string path) => SourceImporter.Detect(path) == EvidenceSourceKind.Sider && !Directory.Exists(path);
}
