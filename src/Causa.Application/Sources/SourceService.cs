using Causa.Application.Errors;
using Causa.Core.Evidence;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application.Sources;

/// <summary>
/// The evidence-source use cases of one store folder: add (import label, indication and count-table sources) and
/// list. Each source given is added or fails on its own; the same source given twice is added once.
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

    /// <summary>Parses a kind as users type it (sider, sider-indications, onsides, drugcentral, medi, pharmacotherapydb, counts; any case).</summary>
    public static bool TryParseKind(string text, out EvidenceSourceKind kind)
    {
        ArgumentNullException.ThrowIfNull(text);
        kind = default;
        switch (text.Trim().ToLowerInvariant())
        {
            case "sider": kind = EvidenceSourceKind.Sider; return true;
            case "sider-indications": kind = EvidenceSourceKind.SiderIndications; return true;
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
    /// <returns>The sources added and each path's outcome (a missing path, a file Causa does not recognise or a failed
    /// import is an outcome, and the other sources are still added); <see cref="ErrorKind.BadData"/> when the folder's
    /// files are unreadable; <see cref="ErrorKind.Locked"/> when another writer held the folder for longer than the
    /// wait.</returns>
    /// <remarks>Reads the loaded sources, imports and saves under the folder's writer lock, so two imports at once both
    /// land (one after the other) instead of the later rename dropping the earlier import.</remarks>
    public Result<SourceAddResponse> Add(SourceAddRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return StoreWriters.Run(_directory, _writeLock, _time, _ => AddHoldingLock(request));
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

        var plan = SourceFinder.Plan(request.Paths, request.Kind, request.SearchSubfolders, request.Exclude);
        var knownTerms = new EvidenceSources(existing).Terms().ToList();
        var opened = CaseStore.Open(_directory);
        if (opened.Succeeded)
        {
            using (opened.Store)
            {
                knownTerms.AddRange(opened.Store!.Terms);
            }
        }

        var drugs = new DrugResolver(vocabulary);
        var now = _time.GetUtcNow();
        var imported = new List<(PlannedSource Planned, SourceImportResult Result)>();
        var first = new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms));
        foreach (var planned in plan.Sources.Where(static p => !IsIndication(p.Kind)))
        {
            imported.Add((planned, ImportOne(planned, first, now)));
        }

        var indications = plan.Sources.Where(static p => IsIndication(p.Kind)).ToList();
        if (indications.Count > 0)
        {
            knownTerms.AddRange(new EvidenceSources(imported.Where(static r => r.Result.Succeeded).Select(static r => r.Result.Source!)).Terms());
            var second = new SourceNameMapper(drugs, new TermResolver(vocabulary, knownTerms));
            imported.AddRange(indications.Select(p => (p, ImportOne(p, second, now))));
        }

        // Each source stands or falls on its own: one bad path no longer costs the others. A source of the name of one
        // added earlier in this request is the same source given twice (both MEDI files, say): it is added once.
        var outcomes = new List<SourcePathOutcome>();
        var added = new List<ImportedSource>();
        var addedFrom = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var loaded = new HashSet<string>(existing.Select(static s => s.Info.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var (planned, result) in imported)
        {
            var shown = Shown(planned);
            if (!result.Succeeded)
            {
                outcomes.Add(new(shown, SourcePathOutcome.Failed, null, result.Error));
                continue;
            }

            var name = result.Source!.Info.Name;
            if (addedFrom.TryGetValue(name, out var earlier))
            {
                outcomes.Add(new(shown, SourcePathOutcome.Duplicate, name, $"{name} was already added from {earlier}; it is added once"));
                continue;
            }

            addedFrom[name] = shown;
            added.Add(result.Source);
            outcomes.Add(loaded.Contains(name)
                ? new(shown, SourcePathOutcome.Replaced, name, $"{name} was already loaded: this import replaces it, it is not added twice")
                : new(shown, SourcePathOutcome.Added, name, null));
        }

        outcomes.AddRange(plan.Outcomes);
        var file = Path.Combine(_directory, EvidenceSourceFile.FileName);
        if (added.Count == 0)
        {
            return new SourceAddResponse(added, existing.Count, file, outcomes);
        }

        var all = existing.Where(s => !addedFrom.ContainsKey(s.Info.Name)).Concat(added).ToList();
        var path = EvidenceSourceFile.Save(_directory, all);
        return new SourceAddResponse(added, all.Count, path, outcomes);
    }

    private static SourceImportResult ImportOne(PlannedSource planned, SourceNameMapper mapper, DateTimeOffset now) =>
        SourceImporter.Import(planned.Files, planned.Kind, mapper, now) is [var one] ? one : SourceImportResult.Fail($"{Shown(planned)}: read as more than one source");

    // One file is shown as itself; several (SIDER's three, OnSIDES') as their folder.
    private static string Shown(PlannedSource planned) =>
        planned.Files.Count == 1 ? planned.Files[0] : Path.GetDirectoryName(planned.Files[0]) ?? planned.Files[0];

    private static bool IsIndication(EvidenceSourceKind? kind) =>
        kind is EvidenceSourceKind.DrugCentral or EvidenceSourceKind.Medi or EvidenceSourceKind.PharmacotherapyDb or EvidenceSourceKind.SiderIndications;

}
