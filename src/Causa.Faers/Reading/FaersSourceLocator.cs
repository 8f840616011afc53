using System.IO.Compression;
using Causa.Core.Ingest;
using Causa.Core.Model;

namespace Causa.Faers.Reading;

/// <summary>
/// Finds FAERS/AERS quarters under a path: a zip, a folder holding one quarter's text files (possibly in FDA's
/// <c>ASCII/</c> and <c>Deleted/</c> subfolders), or a folder of several zips or quarter folders.
/// </summary>
/// <remarks>
/// Only names, zip directories and file sizes are examined; contents are validated by <see cref="FaersQuarterReader"/>.
/// Folders are searched to a depth of <see cref="MaxDepth"/> below the given one. Files that are not FAERS tables
/// (PDFs, <c>STAT</c> files, other zips) are skipped. Thread-safe (no shared state).
/// </remarks>
public static class FaersSourceLocator
{
    /// <summary>How many folder levels below the given folder are searched.</summary>
    public const int MaxDepth = 3;

    /// <summary>Finds the quarter sources under <paramref name="path"/>.</summary>
    /// <param name="path">A zip, a quarter folder, or a folder of zips/quarter folders.</param>
    /// <returns>Sources ordered by quarter then path; empty when nothing was found (see <see cref="Locate"/> for why).</returns>
    public static IReadOnlyList<FaersSource> Discover(string path) => Locate(path).Sources;

    /// <summary>Finds the quarter sources under <paramref name="path"/> and reports what was skipped and why.</summary>
    /// <param name="path">A zip, a quarter folder, or a folder of zips/quarter folders.</param>
    public static FaersDiscovery Locate(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var sources = new List<FaersSource>();
        var problems = new List<FaersReadError>();
        var full = System.IO.Path.GetFullPath(path);
        if (File.Exists(full))
        {
            if (full.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
            {
                AddZip(full, explicitlyGiven: true, sources, problems);
            }
            else
            {
                problems.Add(new FaersReadError(FaersReadErrorKind.NotFaers, full, null,
                    "expected a FAERS zip (faers_ascii_YYYYqN.zip) or a folder of its text files"));
            }
        }
        else if (Directory.Exists(full))
        {
            AddFolderTree(full, sources, problems);
            if (sources.Count == 0 && problems.Count == 0)
            {
                problems.Add(new FaersReadError(FaersReadErrorKind.NotFaers, full, null,
                    "no FAERS zip or table files (DEMOyyQq.txt...) found here or in its subfolders"));
            }
        }
        else
        {
            problems.Add(new FaersReadError(FaersReadErrorKind.NotFound, full, null, "no such file or folder"));
        }

        sources.Sort((a, b) =>
        {
            var byQuarter = a.Quarter.CompareTo(b.Quarter);
            return byQuarter != 0 ? byQuarter : string.CompareOrdinal(a.Path, b.Path);
        });
        return new FaersDiscovery(sources, problems);
    }

    private static void AddZip(string zipPath, bool explicitlyGiven, List<FaersSource> sources, List<FaersReadError> problems)
    {
        var fileName = System.IO.Path.GetFileName(zipPath);
        var hasQuarterInName = FaersFileNames.TryParseQuarterInName(fileName, out var nameQuarter);
        List<(FaersTableFile File, Quarter Quarter)> tables;
        try
        {
            tables = [];
            using var archive = ZipFile.OpenRead(zipPath);
            foreach (var entry in archive.Entries)
            {
                if (entry.FullName.EndsWith('/') || entry.FullName.StartsWith("__MACOSX/", StringComparison.Ordinal))
                {
                    continue;
                }

                if (FaersFileNames.TryParseTableFile(entry.Name, out var table, out var quarter))
                {
                    tables.Add((new FaersTableFile(table, entry.FullName, entry.Length), quarter));
                }
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // A damaged zip whose name says which quarter it is stays a source, so that reading it reports the
            // damage against the file the user gave; otherwise it is a discovery problem.
            if (hasQuarterInName && (explicitlyGiven || fileName.Contains("aers", StringComparison.OrdinalIgnoreCase)))
            {
                sources.Add(new FaersSource(zipPath, FaersSourceKind.Zip, nameQuarter, 0, []));
            }
            else
            {
                problems.Add(ZipArchiveProbe.Classify(zipPath, null, ex));
            }

            return;
        }

        if (tables.Count == 0)
        {
            if (explicitlyGiven)
            {
                problems.Add(new FaersReadError(FaersReadErrorKind.NotFaers, zipPath, null,
                    "the zip holds no FAERS table files (DEMOyyQq.txt, DRUGyyQq.txt...)"));
            }

            return;
        }

        foreach (var group in tables.GroupBy(t => t.Quarter))
        {
            var files = group.Select(g => g.File).ToList();
            sources.Add(new FaersSource(zipPath, FaersSourceKind.Zip, group.Key, files.Sum(f => f.Length), files));
        }
    }

    private static void AddFolderTree(string root, List<FaersSource> sources, List<FaersReadError> problems)
    {
        // Table files grouped by (quarter, folder); DELETE-only folders (FDA's Deleted/) are merged into the
        // sibling folder of the same quarter (FDA's ASCII/).
        var groups = new Dictionary<(Quarter Quarter, string Folder), List<FaersTableFile>>();
        var pending = new Stack<(string Folder, int Depth)>();
        pending.Push((root, 0));
        while (pending.Count > 0)
        {
            var (folder, depth) = pending.Pop();
            string[] entries;
            try
            {
                entries = Directory.GetFileSystemEntries(folder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                problems.Add(new FaersReadError(FaersReadErrorKind.Io, folder, null, "cannot list the folder: " + ex.Message));
                continue;
            }

            Array.Sort(entries, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                if (Directory.Exists(entry))
                {
                    if (depth < MaxDepth)
                    {
                        pending.Push((entry, depth + 1));
                    }

                    continue;
                }

                var name = System.IO.Path.GetFileName(entry);
                if (name.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
                {
                    AddZip(entry, explicitlyGiven: false, sources, problems);
                }
                else if (FaersFileNames.TryParseTableFile(name, out var table, out var quarter))
                {
                    long length;
                    try
                    {
                        length = new FileInfo(entry).Length;
                    }
                    catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                    {
                        problems.Add(new FaersReadError(FaersReadErrorKind.Io, entry, null, ex.Message));
                        continue;
                    }

                    var key = (quarter, folder);
                    if (!groups.TryGetValue(key, out var list))
                    {
                        groups[key] = list = [];
                    }

                    list.Add(new FaersTableFile(table, entry, length));
                }
            }
        }

        var merged = new Dictionary<(Quarter Quarter, string Folder), List<FaersTableFile>>();
        foreach (var ((quarter, folder), files) in groups.Where(g => g.Value.Any(f => f.Table != FaersTable.Delete)))
        {
            merged[(quarter, folder)] = files;
        }

        foreach (var ((quarter, folder), files) in groups.Where(g => g.Value.All(f => f.Table == FaersTable.Delete)))
        {
            var parent = System.IO.Path.GetDirectoryName(folder);
            var siblings = merged.Keys
                .Where(k => k.Quarter == quarter && string.Equals(System.IO.Path.GetDirectoryName(k.Folder), parent, StringComparison.Ordinal))
                .ToList();
            if (siblings.Count == 1 && parent is not null)
            {
                // Re-key the merged quarter to the common parent, which is the folder the user thinks of as the quarter.
                var data = merged[siblings[0]];
                merged.Remove(siblings[0]);
                data.AddRange(files);
                merged[(quarter, parent)] = data;
            }
            else
            {
                problems.Add(new FaersReadError(FaersReadErrorKind.NotFaers, folder, null,
                    $"a DELETE list for {quarter} without the quarter's DEMO/DRUG/REAC files beside it; skipped"));
            }
        }

        foreach (var ((quarter, folder), files) in merged)
        {
            sources.Add(new FaersSource(folder, FaersSourceKind.Folder, quarter, files.Sum(f => f.Length), files));
        }
    }
}
