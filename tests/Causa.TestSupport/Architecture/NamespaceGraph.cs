using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Causa.TestSupport.Architecture;

/// <summary>
/// The namespaces of one compiled assembly and which of them use which, read from its metadata: base types,
/// interfaces, generic constraints, attributes, field, property, event and method signatures, local variables and
/// every type, method and field token in method bodies. A fully qualified name in source, a <c>var</c> whose type
/// comes from another namespace, or a lambda's closure all show up here, although no <c>using</c> line names them.
/// </summary>
/// <remarks>
/// A nested type (including compiler-generated closures and state machines) belongs to the namespace of its
/// outermost declaring type. Only namespaces of types defined in the assembly under the root namespace given
/// are nodes; references to other assemblies are ignored. Names are given relative to the root namespace.
/// </remarks>
public sealed class NamespaceGraph
{
    private readonly SortedDictionary<string, SortedDictionary<string, string>> _edges = new(StringComparer.Ordinal);

    private NamespaceGraph()
    {
    }

    /// <summary>Namespace → the namespaces it uses, each with one example reference ("Type → Type").</summary>
    public IReadOnlyDictionary<string, SortedDictionary<string, string>> Edges => _edges;

    /// <summary>Reads the assembly file at <paramref name="path"/>.</summary>
    public static NamespaceGraph Read(string path, string rootNamespace)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var reader = pe.GetMetadataReader();
        var graph = new NamespaceGraph();
        var scanner = new Scanner(reader, pe, rootNamespace, graph);
        foreach (var handle in reader.TypeDefinitions)
        {
            scanner.ScanType(handle);
        }

        return graph;
    }

    /// <summary>
    /// Adds the <c>using</c> directives of the C# files under <paramref name="sourceDirectory"/> as edges, and the
    /// <c>@using</c> lines of its Razor files (a component's namespace is its folder's, below the root namespace, unless
    /// it says <c>@namespace</c>; an <c>_Imports.razor</c> speaks for its folder). They catch what compiled metadata cannot
    /// show: constants (inlined at compile time) and documentation references. With IDE0005 an error in the source
    /// projects, every C# using there is needed for something; a Razor <c>@using</c> is kept only when used.
    /// </summary>
    public void AddUsings(string sourceDirectory, string rootNamespace)
    {
        foreach (var file in Directory.EnumerateFiles(sourceDirectory, "*.*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(sourceDirectory, file);
            var razor = file.EndsWith(".razor", StringComparison.Ordinal);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)
                || !(razor || file.EndsWith(".cs", StringComparison.Ordinal)))
            {
                continue;
            }

            var folder = Path.GetDirectoryName(relative) is { Length: > 0 } dir ? "." + dir.Replace(Path.DirectorySeparatorChar, '.') : "";
            var source = razor ? Relative(rootNamespace + folder, rootNamespace) : null;
            var directive = razor ? "@using " : "using ";
            var used = new List<string>();
            foreach (var raw in File.ReadLines(file))
            {
                var line = raw.Trim();
                if (!razor && line.StartsWith("namespace ", StringComparison.Ordinal))
                {
                    source = Relative(line["namespace ".Length..].TrimEnd(';', ' '), rootNamespace);
                    break;
                }

                if (razor && line.StartsWith("@namespace ", StringComparison.Ordinal))
                {
                    source = Relative(line["@namespace ".Length..].Trim(), rootNamespace);
                }

                if (line.StartsWith(directive, StringComparison.Ordinal) && !line.Contains('=', StringComparison.Ordinal) && !line.StartsWith(directive + "static ", StringComparison.Ordinal))
                {
                    used.Add(line[directive.Length..].TrimEnd(';', ' '));
                }
            }

            foreach (var target in used.Select(u => Relative(u, rootNamespace)))
            {
                if (source is not null && target is not null && source != target)
                {
                    Add(source, target, $"using line in {relative}");
                }
            }
        }
    }

    /// <summary>
    /// One shortest cycle in each group of namespaces that reach each other (strongly connected component),
    /// as the list of namespaces along it, the first repeated at the end. Empty when the graph is acyclic.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        var cycles = new List<IReadOnlyList<string>>();
        foreach (var component in StronglyConnectedComponents())
        {
            var start = component.Min(StringComparer.Ordinal)!;
            var path = ShortestPathBack(start, component);
            cycles.Add(path);
        }

        return cycles;
    }

    /// <summary>Describes a cycle with the reference behind each step.</summary>
    public string Describe(IReadOnlyList<string> cycle)
    {
        var steps = new List<string>();
        for (var i = 0; i + 1 < cycle.Count; i++)
        {
            steps.Add($"  {cycle[i]} -> {cycle[i + 1]}: {_edges[cycle[i]][cycle[i + 1]]}");
        }

        return string.Join(" -> ", cycle) + Environment.NewLine + string.Join(Environment.NewLine, steps);
    }

    /// <summary>Every edge between members of the cycle group that <paramref name="cycle"/> belongs to.</summary>
    public string DescribeGroup(IReadOnlyList<string> cycle)
    {
        var group = StronglyConnectedComponents().First(c => c.Contains(cycle[0]));
        var lines = _edges.Where(e => group.Contains(e.Key))
            .SelectMany(e => e.Value.Where(t => group.Contains(t.Key)).Select(t => $"  {e.Key} -> {t.Key}: {t.Value}"));
        return $"group {{{string.Join(", ", group.Order(StringComparer.Ordinal))}}}, shortest cycle {Describe(cycle)}"
            + Environment.NewLine + " all edges inside the group:" + Environment.NewLine + string.Join(Environment.NewLine, lines);
    }

    /// <summary>A namespace relative to <paramref name="rootNamespace"/>: "(root)" for the root itself, null outside it.</summary>
    public static string? Relative(string name, string rootNamespace) =>
        name == rootNamespace ? "(root)"
        : name.StartsWith(rootNamespace + ".", StringComparison.Ordinal) ? name[(rootNamespace.Length + 1)..]
        : null;

    /// <summary>Adds an edge with its example unless the edge is known.</summary>
    public void Add(string from, string to, string example)
    {
        if (!_edges.TryGetValue(from, out var targets))
        {
            targets = new SortedDictionary<string, string>(StringComparer.Ordinal);
            _edges.Add(from, targets);
        }

        targets.TryAdd(to, example);
    }

    private IEnumerable<string> Successors(string node) =>
        _edges.TryGetValue(node, out var next) ? next.Keys : [];

    private List<string> ShortestPathBack(string start, HashSet<string> component)
    {
        // Breadth-first from start's successors back to start, inside the component.
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        foreach (var next in Successors(start).Where(component.Contains))
        {
            if (next == start)
            {
                return [start, start];
            }

            if (previous.TryAdd(next, start))
            {
                queue.Enqueue(next);
            }
        }

        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var next in Successors(node).Where(component.Contains))
            {
                if (next == start)
                {
                    var path = new List<string> { start };
                    for (var at = node; at != start; at = previous[at])
                    {
                        path.Add(at);
                    }

                    path.Add(start);
                    path.Reverse();
                    return path;
                }

                if (previous.TryAdd(next, node))
                {
                    queue.Enqueue(next);
                }
            }
        }

        throw new InvalidOperationException($"No cycle through {start} in its component.");
    }

    private List<HashSet<string>> StronglyConnectedComponents()
    {
        // Tarjan's algorithm; the graph has a few dozen nodes, so recursion depth is no concern.
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<HashSet<string>>();
        var nodes = _edges.Keys.Concat(_edges.Values.SelectMany(v => v.Keys)).Distinct().Order(StringComparer.Ordinal);

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            onStack.Add(node);
            foreach (var next in Successors(node))
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var component = new HashSet<string>(StringComparer.Ordinal);
                string member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    components.Add(component);
                }
            }
        }

        foreach (var node in nodes.ToList())
        {
            if (!index.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return components;
    }
}
