using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using Causa.Application;

namespace Causa.Cli;

/// <summary>The <c>--wait SECONDS</c> option of every command that writes into the store folder: how long to wait for
/// another writer holding the folder's writer lock before failing (exit 1, naming the holder).</summary>
internal static class WriteLockOption
{
    /// <summary>The longest wait accepted: one day.</summary>
    public const double MaxSeconds = 86_400;

    /// <summary>A fresh <c>--wait</c> option (an option instance can belong to one command only).</summary>
    public static Option<double?> Create() => new("--wait")
    {
        Description = string.Create(CultureInfo.InvariantCulture,
            $"Seconds to wait for another command writing the same store folder to finish (default {WriteLockOptions.DefaultWait.TotalSeconds:0}; 0 fails at once)."),
    };

    /// <summary>The lock options for this command: its name (for a second writer's message) and the wait given.</summary>
    /// <returns>False, after writing why, when the wait is not a number of seconds from 0 to <see cref="MaxSeconds"/>.</returns>
    public static bool TryGet(CliContext context, ParseResult parseResult, Option<double?> option, out WriteLockOptions options)
    {
        var seconds = parseResult.GetValue(option) ?? WriteLockOptions.DefaultWait.TotalSeconds;
        options = WriteLockOptions.Default;
        if (!double.IsFinite(seconds) || seconds < 0 || seconds > MaxSeconds)
        {
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"causa: --wait takes seconds from 0 to {MaxSeconds:0}."));
            return false;
        }

        var names = new List<string>();
        for (var result = parseResult.CommandResult; result.Parent is CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        var error = context.Error;
        options = new WriteLockOptions("causa " + string.Join(' ', names), TimeSpan.FromSeconds(seconds))
        {
            OnWaiting = holder => error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"causa: the store is being written by {holder}; waiting up to {seconds:0.#} s for it (--wait).")),
        };
        return true;
    }
}
