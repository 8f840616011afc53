using Causa.Cli;
using Causa.Tests.Shared;
using Causa.TestSupport.Architecture;
using Causa.Web;

namespace Causa.Host.Tests.Architecture;

/// <summary>
/// The <c>causa</c> executable is a composition root (docs/ARCHITECTURE.md): it references the CLI and the web front end
/// and nothing else, and its assembly uses no Causa assembly those two do not already stand on.
/// </summary>
public sealed class HostReferenceTests
{
    [Fact]
    public void The_host_project_references_the_cli_and_the_web_front_end_only()
    {
        var declared = ProjectReferences.Declared(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Host", "Causa.Host.csproj"));

        Assert.Equal(["Causa.Cli", "Causa.Web"], declared.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_host_assembly_uses_only_the_cli_the_web_front_end_and_what_they_stand_on()
    {
        var host = typeof(WebSiteRunner).Assembly;
        var cli = typeof(CausaCommandLine).Assembly;
        var web = typeof(WebOptions).Assembly;
        var allowed = ProjectReferences.Closure(cli).Concat(ProjectReferences.Closure(web))
            .Append(cli.GetName().Name!).Append(web.GetName().Name!).ToHashSet(StringComparer.Ordinal);

        var direct = ProjectReferences.Direct(host);

        Assert.Equal("causa", host.GetName().Name);
        Assert.Contains("Causa.Cli", direct);
        Assert.Contains("Causa.Web", direct);
        Assert.DoesNotContain(direct, name => !allowed.Contains(name));
    }
}
