using System.Text.RegularExpressions;
using Causa.Tests.Shared;

namespace Causa.Cli.Tests.Contract;

/// <summary>
/// Golden files of the CLI's public interface, kept in <c>Contract/Golden</c>. <c>CAUSA_UPDATE_GOLDEN=1</c> rewrites them
/// (only do that for a deliberate change of the interface, and review the diff).
/// </summary>
internal static partial class Golden
{
    private static string Folder => Path.Combine(TestData.RepositoryRoot, "tests", "Causa.Cli.Tests", "Contract", "Golden");

    /// <summary>Replaces what legitimately varies between runs: the temporary store folder, the data folder, timings.</summary>
    public static string Normalise(string text, string storeDirectory)
    {
        var result = text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Replace(storeDirectory, "<STORE>", StringComparison.Ordinal)
            .Replace(TestData.Directory, "<DATA>", StringComparison.Ordinal);
        result = SecondsJson().Replace(result, "\"seconds\": <SECONDS>");
        result = Timestamp().Replace(result, "<TIME>");
        return result;
    }

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <paramref name="name"/>.</summary>
    public static void Match(string name, string actual)
    {
        var path = Path.Combine(Folder, name + ".txt");
        if (Environment.GetEnvironmentVariable("CAUSA_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"golden file {path} is missing (run with CAUSA_UPDATE_GOLDEN=1 to capture it)");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != actual)
        {
            var e = expected.Split('\n');
            var a = actual.Split('\n');
            var line = Enumerable.Range(0, Math.Min(e.Length, a.Length)).FirstOrDefault(i => e[i] != a[i], Math.Min(e.Length, a.Length));
            Assert.Fail($"{name}: output differs from {path} at line {line + 1}:\n expected: {(line < e.Length ? e[line] : "<end>")}\n actual:   {(line < a.Length ? a[line] : "<end>")}");
        }
    }

    [GeneratedRegex("[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?( ?(Z|[+-][0-9]{2}:?[0-9]{2}))?")]
    private static partial Regex Timestamp();

    [GeneratedRegex("\"seconds\": [0-9.Ee+-]+")]
    private static partial Regex SecondsJson();
}
