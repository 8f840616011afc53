using System.Security.Cryptography;
using System.Text;
using Causa.Tests.Shared;

namespace Causa.Core.Tests;

/// <summary>
/// The source stamp the drug-name index's tables carry (<see cref="CoreSourceStamp"/>) is a hash of every source file
/// and embedded resource of Causa.Core: recomputed here from the files on disk, so a change to any of them changes it,
/// and nothing of a particular build (runtime identifier, output path, compile time) enters it, which is what lets the
/// JIT and the Native AOT build of one commit read each other's index.
/// </summary>
public sealed class CoreSourceStampTests
{
    [Fact]
    public void The_stamp_is_the_hash_of_every_source_file_and_resource_of_the_project()
    {
        var project = Path.Combine(TestData.RepositoryRoot, "src", "Causa.Core");
        // The files, found here by walking the folder (not from the build): every .cs outside bin/ and obj/, every .tsv
        // resource.
        var files = Directory.EnumerateFiles(project, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(project, path))
            .Where(static path => !path.StartsWith("bin/", StringComparison.Ordinal) && !path.StartsWith("obj/", StringComparison.Ordinal))
            .Where(static path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".tsv", StringComparison.Ordinal))
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(files.Count > 200, $"only {files.Count} source files found under {project}");

        // The build hashes them in the order it lists them, which it writes beside the stamp; that order is taken from
        // its list, each line's hash checked against the file here, and the list must name every file found above.
        var list = Directory.EnumerateFiles(Path.Combine(project, "obj"), "CoreSourceStamp.inputs.txt", SearchOption.AllDirectories)
            .OrderByDescending(File.GetLastWriteTimeUtc).First();
        var lines = File.ReadAllLines(list);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var (hash, path) = (line[..64], line[65..]);
            Assert.Equal(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(Path.Combine(project, path)))), hash);
            Assert.True(listed.Add(path), $"{path} listed twice");
            text.Append(hash).Append(' ').Append(path).Append('\n');
        }

        Assert.Equal(files.OrderBy(static f => f, StringComparer.Ordinal), listed.OrderBy(static f => f, StringComparer.Ordinal));
        Assert.Equal(CoreSourceStamp.Value, Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))));
    }
}
