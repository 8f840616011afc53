using System.CommandLine;
using Causa.Application;
using Causa.Cli.Rendering;
using Causa.Cli.Site;
using Spectre.Console;

namespace Causa.Cli;

/// <summary>
/// What every command needs from its surroundings, injected so tests can capture output
/// and point at temporary folders instead of the user's real store.
/// </summary>
internal sealed class CliContext
{
    public CliContext(IAnsiConsole console, TextWriter output, TextWriter error, Func<string, string?> environment, TimeProvider time, HttpMessageHandler? httpHandler = null, Func<Stream>? standardInput = null, ISiteRunner? siteRunner = null)
    {
        // Every byte the CLI writes goes through one of these three, so this is the one place where text from data
        // (drug names, reactions, file names) is made safe for a terminal; renderers need not think of it.
        console.Pipeline.Attach(new TerminalSafeRenderHook());
        StandardInput = standardInput ?? System.Console.OpenStandardInput;
        Console = console;
        Output = new TerminalSafeWriter(output);
        Error = new TerminalSafeWriter(error);
        Environment = environment;
        Time = time;
        HttpHandler = httpHandler;
        SiteRunner = siteRunner;
        StoreOption = new Option<string?>("--store")
        {
            Description = "Folder holding the Causa store (default: $CAUSA_STORE, else a per-user data folder).",
            Recursive = true,
        };
        JsonOption = new Option<bool>("--json")
        {
            Description = "Write machine-readable JSON (snake_case keys) instead of tables.",
        };
    }

    /// <summary>Rich terminal output (tables, progress); control and bidi characters in any text are shown escaped.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Plain standard output, for JSON and CSV; control and bidi characters are written as <c>\uXXXX</c> escapes.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error, for diagnostics that must not mix with JSON/CSV; escaped like <see cref="Output"/>.</summary>
    public TextWriter Error { get; }

    /// <summary>Reads an environment variable (null when unset).</summary>
    public Func<string, string?> Environment { get; }

    /// <summary>Clock for timings and ETAs.</summary>
    public TimeProvider Time { get; }

    /// <summary>Opens standard input (for <c>check -</c>); tests pass a stream of their own.</summary>
    public Func<Stream> StandardInput { get; }

    /// <summary>HTTP handler for downloads; null means the default network stack.</summary>
    public HttpMessageHandler? HttpHandler { get; }

    /// <summary>Runs the web site for <c>serve</c> and <c>quickstart --serve</c>; null in a build without the site
    /// (Causa.Cli's own entry point, the Native AOT binary), where those two say which build has it.</summary>
    public ISiteRunner? SiteRunner { get; }

    /// <summary>The global <c>--store DIR</c> option.</summary>
    public Option<string?> StoreOption { get; }

    /// <summary>A shared <c>--json</c> option definition; each query command adds its own instance via <see cref="CreateJsonOption"/>.</summary>
    public Option<bool> JsonOption { get; }

    /// <summary>Creates a fresh <c>--json</c> option (an option instance can belong to one command only).</summary>
    public static Option<bool> CreateJsonOption() => new("--json")
    {
        Description = "Write machine-readable JSON (snake_case keys) instead of tables.",
    };

    /// <summary>Opens the workspace of the store folder the command works on (nothing is read until first used).</summary>
    /// <remarks>The store is verified section by section as the command reads it (<see cref="CausaWorkspace.ForOneCommand"/>);
    /// <see cref="CausaApp"/> reports a damaged section as the store error.</remarks>
    public CausaWorkspace OpenWorkspace(ParseResult parseResult) => CausaWorkspace.ForOneCommand(ResolveStoreDirectory(parseResult));

    /// <summary>Resolves the store folder: <c>--store</c>, else <c>CAUSA_STORE</c>, else the per-user data folder.</summary>
    public string ResolveStoreDirectory(ParseResult parseResult)
    {
        var explicitPath = parseResult.GetValue(StoreOption);
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var fromEnvironment = Environment("CAUSA_STORE");
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var dataHome = Environment("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
        {
            dataHome = System.Environment.GetFolderPath(System.Environment.SpecialFolder.LocalApplicationData, System.Environment.SpecialFolderOption.DoNotVerify);
        }

        return Path.Combine(dataHome, "causa", "store");
    }
}
