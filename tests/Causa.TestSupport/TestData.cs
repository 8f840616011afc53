namespace Causa.Tests.Shared;

/// <summary>
/// Locates the shared real-data folder. Defaults to <c>../shared/data</c> beside the repository root;
/// <c>CAUSA_TEST_DATA</c> overrides it. The data is read in place, never copied into the repository.
/// </summary>
public static class TestData
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>Absolute path of the shared data folder.</summary>
    public static string Directory => Root.Value;

    /// <summary>Absolute path of a file or folder under the shared data folder.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    /// <summary>The repository root (the folder holding Causa.slnx).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Causa.slnx")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new InvalidOperationException("Causa.slnx not found above " + AppContext.BaseDirectory);
        }
    }

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("CAUSA_TEST_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        if (!System.IO.Directory.Exists(candidate))
        {
            throw new InvalidOperationException($"Shared test data not found at {candidate}; set CAUSA_TEST_DATA to its folder.");
        }

        return candidate;
    }
}
