using Causa.Application;
using Causa.Tests.Shared;
using Causa.TestSupport.Architecture;

namespace Causa.Cli.Tests.Architecture;

/// <summary>
/// The CLI stands on the application layer alone (docs/ARCHITECTURE.md): its project references exactly one Causa
/// project, Causa.Application, and its built assembly uses no Causa assembly that the application layer does not already
/// stand on, so the web site (and anything else) comes in only through the abstractions the CLI defines, from src/Causa.Host.
/// </summary>
public sealed class CliReferenceTests
{
    [Fact]
    public void The_cli_project_references_the_application_layer_and_no_other_causa_project()
    {
        var declared = ProjectReferences.Declared(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Cli", "Causa.Cli.csproj"));

        Assert.Equal(["Causa.Application"], declared);
    }

    [Fact]
    public void The_cli_assembly_uses_only_the_application_layer_and_what_it_stands_on()
    {
        var cli = typeof(CausaCommandLine).Assembly;
        var application = typeof(CausaWorkspace).Assembly;
        var allowed = ProjectReferences.Closure(application).Append(application.GetName().Name!).ToHashSet(StringComparer.Ordinal);

        var direct = ProjectReferences.Direct(cli);

        Assert.Contains("Causa.Application", direct);
        Assert.DoesNotContain("Causa.Web", ProjectReferences.Closure(cli));
        Assert.DoesNotContain(direct, name => !allowed.Contains(name));
    }
}
