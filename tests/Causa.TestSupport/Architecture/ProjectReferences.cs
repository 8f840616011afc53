using System.Reflection;
using System.Xml.Linq;

namespace Causa.TestSupport.Architecture;

/// <summary>Which Causa projects a project references: as its project file declares them, and as its built assembly does.</summary>
public static class ProjectReferences
{
    /// <summary>The project names (file names without <c>.csproj</c>) of every <c>ProjectReference</c> in
    /// <paramref name="projectFile"/>, whatever its condition, in file order.</summary>
    public static IReadOnlyList<string> Declared(string projectFile)
    {
        var document = XDocument.Load(projectFile);
        return [.. document.Descendants()
            .Where(static e => e.Name.LocalName == "ProjectReference")
            .Select(static e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? string.Empty).Replace('\\', '/')))];
    }

    /// <summary>The Causa assemblies (<c>Causa.*</c>, and the <c>causa</c> executable) that <paramref name="assembly"/>'s
    /// metadata references directly.</summary>
    public static IReadOnlySet<string> Direct(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetReferencedAssemblies()
            .Select(static a => a.Name ?? string.Empty)
            .Where(IsCausa)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The Causa assemblies <paramref name="assembly"/> reaches through references, directly or not (itself excluded).</summary>
    public static IReadOnlySet<string> Closure(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>([assembly]);
        while (pending.TryPop(out var next))
        {
            foreach (var name in next.GetReferencedAssemblies().Where(static a => IsCausa(a.Name ?? string.Empty)))
            {
                if (seen.Add(name.Name!))
                {
                    pending.Push(Assembly.Load(name));
                }
            }
        }

        return seen;
    }

    private static bool IsCausa(string name) =>
        name.StartsWith("Causa.", StringComparison.Ordinal) || string.Equals(name, "causa", StringComparison.Ordinal);
}
