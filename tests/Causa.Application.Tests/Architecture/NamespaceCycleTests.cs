using Causa.Tests.Shared;
using Causa.TestSupport.Architecture;

namespace Causa.Application.Tests.Architecture;

/// <summary>
/// Causa.Application's namespaces form one layering (docs/ARCHITECTURE.md): errors and JSON at the bottom, the workspace
/// and its generations at the root, the use cases (Queries, Articles, Sources, Vocab, …) above it. A use case's own types
/// (its caches, say) stay in its namespace: the root reaches them only by type (<c>WorkspaceGeneration.Cache&lt;T&gt;</c>).
/// A namespace that uses one above it closes a loop, and this test names it.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Application_namespaces_use_each_other_without_cycles()
    {
        var graph = ApplicationGraph();

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in Causa.Application:" + Environment.NewLine
            + string.Join(Environment.NewLine, cycles.Select(graph.DescribeGroup)));
    }

    [Fact]
    public void The_graph_sees_that_use_cases_stand_on_the_workspace()
    {
        var graph = ApplicationGraph();

        Assert.Contains("(root)", graph.Edges["Queries"].Keys);
        Assert.False(graph.Edges.TryGetValue("(root)", out var fromRoot) && fromRoot.ContainsKey("Queries"), "the root uses Queries");
    }

    private static NamespaceGraph ApplicationGraph()
    {
        var assembly = typeof(CausaWorkspace).Assembly;
        var graph = NamespaceGraph.Read(assembly.Location, "Causa.Application");
        graph.AddUsings(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Application"), "Causa.Application");
        return graph;
    }
}
