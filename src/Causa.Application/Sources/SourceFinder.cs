using Causa.Core.Sources;

namespace Causa.Application.Sources;

/// <summary>
/// Finds the evidence sources in the files and folders a user gives: a file is one source (or one of SIDER's or
/// OnSIDES' files); a folder stands for the sources among its files (SIDER, OnSIDES, MEDI, PharmacotherapyDB,
/// DrugCentral, whole count tables), or, when it holds the parts of one count table, for that table.
/// </summary>
/// <remarks>
/// Reads only file names and first lines. The same file reached twice (given twice, or given and inside a given folder)
/// is planned once. In a folder, MEDI's high-precision subset is left out when the full MEDI file is there (the full
/// file marks the same rows in its HIGHPRECISIONSUBSET column), and OnSIDES' warnings and precautions are left out
/// (Causa reads its adverse reactions and boxed warnings). Thread-safe (no shared state).
/// </remarks>
public static class SourceFinder
{
    /// <summary>How many folder levels below a given folder are searched when subfolders are searched.</summary>
    public const int MaxDepth = 4;

    private const string Unrecognised = "not an evidence source Causa recognises (SIDER, OnSIDES, DrugCentral, MEDI, PharmacotherapyDB, count table)";

    /// <summary>Plans the import of <paramref name="paths"/>.</summary>
    /// <param name="paths">Files or folders, as the user gave them.</param>
    /// <param name="kind">The kind of every path (a folder then stands for its files of that kind), or null to detect each.</param>
    /// <param name="searchSubfolders">Also search the given folders' subfolders, down to <see cref="MaxDepth"/> levels.</param>
    /// <param name="exclude">Files and folders (with everything under them) to pass over silently, such as FAERS quarters
    /// read elsewhere; may be null.</param>
    /// <returns>The sources grouped as they are imported, and what was not planned and why.</returns>
    public static SourcePlan Plan(IReadOnlyList<string> paths, EvidenceSourceKind? kind, bool searchSubfolders = false, IReadOnlyCollection<string>? exclude = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var walk = new Walk(kind, [.. (exclude ?? []).Select(static p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)))]);
        foreach (var given in paths)
        {
            if (string.IsNullOrWhiteSpace(given) || (!File.Exists(given) && !Directory.Exists(given)))
            {
                walk.Outcomes.Add(new(given ?? string.Empty, SourcePathOutcome.Missing, null, "no such file or folder"));
                continue;
            }

            var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(given));
            if (walk.IsExcluded(full))
            {
                continue;
            }

            if (File.Exists(full))
            {
                walk.AddFile(full, explicitlyGiven: true);
                continue;
            }

            var before = walk.Found.Count;
            walk.AddFolder(full, searchSubfolders ? MaxDepth : 0);
            // A folder searched with its subfolders may hold only other things (FAERS quarters, say); a folder given on
            // its own is meant to hold a source.
            if (!searchSubfolders && walk.Found.Count == before && !walk.Outcomes.Any(o => o.Status == SourcePathOutcome.Duplicate && o.Path.StartsWith(full, StringComparison.Ordinal)))
            {
                walk.Outcomes.Add(new(full, SourcePathOutcome.Failed, null, kind is { } k
                    ? $"no {k.ToString().ToLowerInvariant()} file in this folder"
                    : "no source Causa recognises in this folder (SIDER, OnSIDES, DrugCentral, MEDI, PharmacotherapyDB, count table)"));
            }
        }

        walk.DropMediSubsets();
        return new SourcePlan(walk.Group(), walk.Outcomes);
    }

    /// <summary>The given folders and their subfolders down to <see cref="MaxDepth"/> levels, in path order, leaving out
    /// <paramref name="exclude"/> and everything under it; given files are left out.</summary>
    /// <param name="roots">Files or folders, as the user gave them.</param>
    /// <param name="exclude">Folders to leave out; may be null.</param>
    public static IReadOnlyList<string> Folders(IReadOnlyList<string> roots, IReadOnlyCollection<string>? exclude)
    {
        ArgumentNullException.ThrowIfNull(roots);
        var walk = new Walk(null, [.. (exclude ?? []).Select(static p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p)))]);
        var folders = new List<string>();
        void Add(string folder, int depth)
        {
            if (walk.IsExcluded(folder) || folders.Contains(folder))
            {
                return;
            }

            folders.Add(folder);
            if (depth > 0)
            {
                foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                {
                    Add(sub, depth - 1);
                }
            }
        }

        foreach (var root in roots.Where(Directory.Exists))
        {
            Add(Path.TrimEndingDirectorySeparator(Path.GetFullPath(root)), MaxDepth);
        }

        return folders;
    }

    private static bool IsMediSubset(string path) => Path.GetFileName(path).Contains("_HPS", StringComparison.OrdinalIgnoreCase);

    private sealed class Walk(EvidenceSourceKind? kind, List<string> exclude)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

        public List<(EvidenceSourceKind Kind, string Path)> Found { get; } = [];

        public List<SourcePathOutcome> Outcomes { get; } = [];

        public void AddFile(string full, bool explicitlyGiven)
        {
            if (IsExcluded(full))
            {
                return;
            }

            if (!_seen.Add(full))
            {
                Outcomes.Add(new(full, SourcePathOutcome.Duplicate, null, "the same file was given twice; it is read once"));
                return;
            }

            var k = kind ?? SourceImporter.Detect(full);
            if (k is null)
            {
                Outcomes.Add(explicitlyGiven
                    ? new(full, SourcePathOutcome.Failed, null, $"{Path.GetFileName(full)}:1: {Unrecognised}; give --kind if it is one")
                    : new(full, SourcePathOutcome.Skipped, null, Unrecognised));
                return;
            }

            Found.Add((k.Value, full));
        }

        public void AddFolder(string folder, int depth)
        {
            if (IsExcluded(folder))
            {
                return;
            }

            if (kind == EvidenceSourceKind.Counts)
            {
                AddWhole(folder);
                return;
            }

            var files = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
                .Where(f => !IsExcluded(f)).Select(f => (Path: f, Kind: SourceImporter.Detect(f))).ToList();
            if (kind is { } wanted)
            {
                foreach (var f in files.Where(f => f.Kind == wanted))
                {
                    AddFile(f.Path, explicitlyGiven: false);
                }
            }
            else if (files.Any(static f => f.Kind == EvidenceSourceKind.Counts && !SourceImporter.IsWholeCountTable(f.Path)))
            {
                // The parts of one count table (TAKMU, the openFDA SSRI counts): the folder, with its subfolders, is the
                // source, and its other files are read with it.
                AddWhole(folder);
                foreach (var f in files.Where(static f => f.Kind is not null and not EvidenceSourceKind.Counts))
                {
                    AddFile(f.Path, explicitlyGiven: false);
                }

                return;
            }
            else
            {
                foreach (var (path, k) in files)
                {
                    if (k == EvidenceSourceKind.Onsides && Path.GetFileName(path).StartsWith("warnings_and_precautions", StringComparison.OrdinalIgnoreCase))
                    {
                        _seen.Add(path);
                        Outcomes.Add(new(path, SourcePathOutcome.Skipped, null, "OnSIDES warnings and precautions are not read (its adverse reactions and boxed warnings are)"));
                    }
                    else
                    {
                        AddFile(path, explicitlyGiven: false);
                    }
                }
            }

            if (depth > 0)
            {
                foreach (var sub in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
                {
                    AddFolder(sub, depth - 1);
                }
            }
        }

        public void DropMediSubsets()
        {
            var full = Found.FirstOrDefault(static f => f.Kind == EvidenceSourceKind.Medi && !IsMediSubset(f.Path));
            if (full.Path is null)
            {
                return;
            }

            foreach (var subset in Found.Where(static f => f.Kind == EvidenceSourceKind.Medi && IsMediSubset(f.Path)).ToList())
            {
                Found.Remove(subset);
                Outcomes.Add(new(subset.Path, SourcePathOutcome.Duplicate, "MEDI",
                    $"MEDI's high-precision subset: {Path.GetFileName(full.Path)} holds the same rows, marked in its HIGHPRECISIONSUBSET column, so MEDI is read once"));
            }
        }

        public List<PlannedSource> Group()
        {
            // SIDER's files make one source, OnSIDES' files one source per folder (release); the parts of one count table given file by file make one
            // source per folder; every other file or folder is a source of its own.
            var groups = new List<(string Key, EvidenceSourceKind Kind, List<string> Files)>();
            foreach (var (k, path) in Found)
            {
                var key = k switch
                {
                    EvidenceSourceKind.Sider => k.ToString(),
                    // One OnSIDES release per folder: a v2 sample and a v3 release side by side are two sources.
                    EvidenceSourceKind.Onsides => "onsides:" + Path.GetDirectoryName(path),
                    EvidenceSourceKind.Counts when File.Exists(path) && !SourceImporter.IsWholeCountTable(path) => "counts:" + Path.GetDirectoryName(path),
                    _ => path,
                };
                var at = groups.FindIndex(g => g.Key == key);
                if (at < 0)
                {
                    groups.Add((key, k, [path]));
                }
                else
                {
                    groups[at].Files.Add(path);
                }
            }

            return [.. groups.Select(static g => new PlannedSource(g.Kind, g.Files))];
        }

        private void AddWhole(string folder)
        {
            if (_seen.Add(folder))
            {
                Found.Add((EvidenceSourceKind.Counts, folder));
            }
            else
            {
                Outcomes.Add(new(folder, SourcePathOutcome.Duplicate, null, "the same folder was given twice; it is read once"));
            }
        }

        public bool IsExcluded(string path) =>
            exclude.Any(e => path.Equals(e, StringComparison.Ordinal) || path.StartsWith(e + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
