using System.CommandLine;
using Causa.Core.Model;

namespace Causa.Cli;

/// <summary>The <c>--roles suspect|all</c> option shared by query commands.</summary>
internal static class RoleOptions
{
    public static Option<string> Create() => new Option<string>("--roles")
    {
        Description = "Drug roles counted: 'suspect' (primary and secondary suspect, the default) or 'all' (adds concomitant and interacting).",
        DefaultValueFactory = _ => "suspect",
    }.AcceptOnlyFromAmong("suspect", "all");

    public static RoleFilter Parse(string? value) =>
        string.Equals(value, "all", StringComparison.OrdinalIgnoreCase) ? RoleFilter.All : RoleFilter.Suspect;
}
