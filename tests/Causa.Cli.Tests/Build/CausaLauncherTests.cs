using Causa.Tests.Shared;

namespace Causa.Cli.Tests.Build;

/// <summary>
/// Scripts written before the web host moved into src/Causa.Host run <c>src/Causa.Cli/bin/CONFIGURATION/net10.0/causa</c>
/// (for example the crafted-input checks); the CLI project's own build keeps a launcher by that name.
/// </summary>
public sealed class CausaLauncherTests
{
    [Fact]
    public void The_cli_build_output_keeps_a_causa_launcher_that_starts_the_cli()
    {
        // This test assembly sits in tests/Causa.Cli.Tests/bin/CONFIGURATION/TFM/: the CLI project was built with the same two.
        var tfmFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = tfmFolder.Parent!.Name;
        var output = Path.Combine(TestData.RepositoryRoot, "src", "Causa.Cli", "bin", configuration, tfmFolder.Name);
        var launcher = Path.Combine(output, OperatingSystem.IsWindows() ? "causa.exe" : "causa");

        Assert.True(File.Exists(launcher), $"no launcher at {launcher}");
        Assert.True(File.Exists(Path.Combine(output, "Causa.Cli.dll")));
        Assert.Equal(new FileInfo(Path.Combine(output, OperatingSystem.IsWindows() ? "Causa.Cli.exe" : "Causa.Cli")).Length, new FileInfo(launcher).Length);
    }
}
