using Causa.Tests.Shared;
using Causa.TestSupport.Architecture;

namespace Causa.Core.Tests.Architecture;

/// <summary>
/// Causa.Core's namespaces form one layering (docs/ARCHITECTURE.md, "Namespaces"): Model, Text and Names at the bottom,
/// then Statistics, Storage, Files and Vocabulary, then Resolution, Verdicts, Query, Signals, Sources, Evidence and
/// Questions. A namespace that uses one above it closes a loop, and this test names it.
/// </summary>
public sealed class NamespaceCycleTests
{
    [Fact]
    public void Core_namespaces_use_each_other_without_cycles()
    {
        var graph = CoreGraph();

        var cycles = graph.Cycles();

        Assert.True(cycles.Count == 0, "Namespace cycles in Causa.Core:" + Environment.NewLine
            + string.Join(Environment.NewLine, cycles.Select(graph.DescribeGroup)));
    }

    [Fact]
    public void The_graph_sees_references_that_no_using_line_names()
    {
        // A lambda closure, a fully qualified name or an inferred type still reaches the metadata: the compiled graph
        // alone must show the known layering, e.g. queries over storage and resolution over vocabulary.
        var assembly = typeof(Causa.Core.Model.Quarter).Assembly;
        var graph = NamespaceGraph.Read(assembly.Location, "Causa.Core");

        Assert.Contains("Storage", graph.Edges["Query"].Keys);
        Assert.Contains("Vocabulary", graph.Edges["Resolution"].Keys);
        Assert.Contains("Names", graph.Edges["Storage"].Keys);
        Assert.DoesNotContain("Resolution", graph.Edges["Vocabulary"].Keys);
    }

    [Fact]
    public void A_cycle_is_found_and_named()
    {
        var graph = CoreGraph();
        graph.Add("Model", "Evidence", "a test edge");

        var cycles = graph.Cycles();

        var cycle = Assert.Single(cycles);
        Assert.Equal("Evidence", cycle[0]);
        Assert.Equal("Evidence", cycle[^1]);
        Assert.Contains("Model", cycle);
        Assert.Contains("Model -> Evidence: a test edge", graph.DescribeGroup(cycle), StringComparison.Ordinal);
    }

    private static NamespaceGraph CoreGraph()
    {
        var assembly = typeof(Causa.Core.Model.Quarter).Assembly;
        var graph = NamespaceGraph.Read(assembly.Location, "Causa.Core");
        graph.AddUsings(Path.Combine(TestData.RepositoryRoot, "src", "Causa.Core"), "Causa.Core");
        return graph;
    }
}
