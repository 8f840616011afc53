using Causa.Cli;
using Spectre.Console;

namespace Causa.Cli.Tests;

/// <summary>Runs the CLI in-process with captured console, stdout and stderr, against a temporary store.</summary>
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

    public string StoreDirectory { get; }

    public StringWriter Console { get; private set; } = new();

    public StringWriter Output { get; private set; } = new();

    public StringWriter Error { get; private set; } = new();

    /// <summary>What the next run reads as standard input (bytes); empty by default.</summary>
    public byte[] StandardInput { get; set; } = [];

    public async Task<int> RunAsync(params string[] args)
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
        console.Profile.Width = 200;
        var input = StandardInput;
        var context = new CliContext(console, Output, Error, name => name == "CAUSA_STORE" ? StoreDirectory : null, TimeProvider.System,
            standardInput: () => new MemoryStream(input, writable: false));
        return await CausaApp.RunAsync(args, context);
    }

    public void Dispose()
    {
        if (_ownsStore && Directory.Exists(StoreDirectory))
        {
            Directory.Delete(StoreDirectory, recursive: true);
        }
    }
}
