using Causa.Cli;
using Causa.Cli.Site;
using Spectre.Console;

namespace Causa.Cli.Tests;

/// <summary>
/// Runs the CLI in-process against a temporary store, capturing the console, stdout and stderr of each run; the one
/// way CLI tests build a <see cref="CliContext"/>. The clock, HTTP handler and console width can be set per test.
/// </summary>
internal sealed class CliHarness : IDisposable
{
    private readonly bool _ownsStore = true;

    public CliHarness()
    {
        StoreDirectory = Path.Combine(Path.GetTempPath(), "causa-cli-" + Guid.NewGuid().ToString("N"));
    }

    /// <summary>A harness over a store folder that someone else owns (and deletes).</summary>
    public CliHarness(string storeDirectory)
    {
        StoreDirectory = storeDirectory;
        _ownsStore = false;
    }

    /// <summary>The store folder, given to the CLI as <c>CAUSA_STORE</c>.</summary>
    public string StoreDirectory { get; }

    /// <summary>The wall clock the CLI sees.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The HTTP handler downloads go through; null for the CLI's own.</summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>What <c>serve</c> and <c>quickstart --serve</c> run the site with; null, as in Causa.Cli's own build, for none.</summary>
    public ISiteRunner? SiteRunner { get; init; }

    /// <summary>Console width in columns (wide enough that tables and paths do not wrap).</summary>
    public int Width { get; init; } = 200;

    /// <summary>What the last run drew on the console (tables, progress, messages).</summary>
    public StringWriter Console { get; private set; } = new();

    /// <summary>What the last run wrote to stdout (JSON, TSV).</summary>
    public StringWriter Output { get; private set; } = new();

    /// <summary>What the last run wrote to stderr.</summary>
    public StringWriter Error { get; private set; } = new();

    /// <summary>What the next run reads as standard input (bytes); empty by default.</summary>
    public byte[] StandardInput { get; set; } = [];

    /// <summary>Runs the CLI with <paramref name="args"/> on fresh output writers.</summary>
    /// <returns>The exit code.</returns>
    public Task<int> RunAsync(params string[] args) => RunAsync(CancellationToken.None, args);

    /// <summary>Runs with a cancellation token, as Ctrl+C gives one to the real process.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        await CausaApp.RunAsync(args, NewContext(), cancellationToken);

    /// <summary>A context over fresh output writers, for tests that invoke one command directly.</summary>
    public CliContext NewContext()
    {
        Console = new StringWriter();
        Output = new StringWriter();
        Error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console),
        });
        console.Profile.Width = Width;
        var input = StandardInput;
        return new CliContext(console, Output, Error, name => name == "CAUSA_STORE" ? StoreDirectory : null, Clock, Handler,
            () => new MemoryStream(input, writable: false), SiteRunner);
    }

    public void Dispose()
    {
        if (_ownsStore && Directory.Exists(StoreDirectory))
        {
            Directory.Delete(StoreDirectory, recursive: true);
        }
    }
}
