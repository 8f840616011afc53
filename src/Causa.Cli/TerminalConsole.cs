using System.Globalization;
using Spectre.Console;

namespace Causa.Cli;

/// <summary>
/// The console the <c>causa</c> command writes its text to: colour and control codes only on a terminal, never when
/// standard output is redirected to a file or a pipe; the width from <c>COLUMNS</c> when it is set, else the terminal's,
/// else (redirected) wide enough that tables do not wrap.
/// </summary>
internal static class TerminalConsole
{
    /// <summary>Width used when output is redirected and <c>COLUMNS</c> is not set.</summary>
    public const int RedirectedWidth = 200;

    /// <summary>Height given to the console when output is redirected: what a terminal description gives a console that
    /// is not a terminal. Nothing Causa writes depends on it; set, so that rendering never asks the terminal for it, which
    /// on Linux loads and decodes the terminal's terminfo entry on a command's first write.</summary>
    public const int RedirectedHeight = 24;

    /// <summary>Creates the console.</summary>
    /// <param name="output">Where text goes (standard output).</param>
    /// <param name="redirected">True when standard output is not a terminal.</param>
    /// <param name="columns">The <c>COLUMNS</c> environment variable; used when it is a whole number from 20 to 1000, else ignored.</param>
    public static IAnsiConsole Create(TextWriter output, bool redirected, string? columns)
    {
        ArgumentNullException.ThrowIfNull(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
        if (Width(columns) is { } width)
        {
            console.Profile.Width = width;
        }
        else if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        if (redirected)
        {
            console.Profile.Height = RedirectedHeight;
        }

        return console;
    }

    /// <summary>The width <c>COLUMNS</c> asks for; null when unset or not a whole number from 20 to 1000.</summary>
    public static int? Width(string? columns) =>
        int.TryParse(columns, NumberStyles.None, CultureInfo.InvariantCulture, out var width) && width is >= 20 and <= 1000 ? width : null;
}
