using Causa.Tests.Shared;
using Causa.TestSupport.Architecture;

namespace Causa.Web.Tests.Architecture;

/// <summary>
/// Causa.Web's namespaces form one layering (docs/ARCHITECTURE.md, "Namespaces of Causa.Web"): view models, charts and
/// the site's own vocabulary at the bottom, then the components that render them, then the endpoints that call the
/// application layer and render components, then the host that wires it all. A namespace that uses one above it closes
/// a loop, and this test names it.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Web_namespaces_use_each_other_without_cycles()
    {
        var graph = WebGraph();

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in Causa.Web:" + Environment.NewLine
            + string.Join(Environment.NewLine, cycles.Select(graph.DescribeGroup)));
    }

    [Fact]
    public void The_graph_sees_the_known_layering_of_the_web()
    {
        var graph = WebGraph();

        // Endpoints render components; components render view models; the host maps the endpoints.
        Assert.Contains("Components", graph.Edges["Endpoints"].Keys);
        Assert.Contains("Models", graph.Edges["Components"].Keys);
        Assert.Contains("Endpoints", graph.Edges["Hosting"].Keys);
    }

    private static NamespaceGraph WebGraph()
    {
        var assembly = typeof(WebOptions).Assembly;
        var graph = NamespaceGraph.Read(assembly.Location, "Causa.Web");
        graph.AddUsings(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Web"), "Causa.Web");
        return graph;
    }
}
