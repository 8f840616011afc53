using Spectre.Console;

namespace Causa.Cli.Tests;

/// <summary>The terminal console: no control codes when redirected; width from COLUMNS, else wide when redirected.</summary>
public sealed class TerminalConsoleTests
{
    [Fact]
    public void Redirected_output_has_no_escape_codes_even_for_coloured_markup()
    {
        using var output = new StringWriter();
        var console = TerminalConsole.Create(output, redirected: true, columns: null);

        console.MarkupLine("[bold red]Yes[/] [yellow]signal[/]");

        Assert.Equal("Yes signal", output.ToString().TrimEnd());
        Assert.DoesNotContain('\u001b', output.ToString());
    }

    [Theory]
    [InlineData("100", true, 100)]
    [InlineData("100", false, 100)]
    [InlineData(null, true, TerminalConsole.RedirectedWidth)]
    [InlineData("wide", true, TerminalConsole.RedirectedWidth)]
    [InlineData("5", true, TerminalConsole.RedirectedWidth)]
    [InlineData("-80", true, TerminalConsole.RedirectedWidth)]
    public void Width_comes_from_columns_else_wide_when_redirected(string? columns, bool redirected, int width)
    {
        using var output = new StringWriter();

        var console = TerminalConsole.Create(output, redirected, columns);

        Assert.Equal(width, console.Profile.Width);
    }

    [Fact]
    public void Redirected_output_has_a_fixed_height_so_rendering_never_asks_the_terminal()
    {
        using var output = new StringWriter();

        var console = TerminalConsole.Create(output, redirected: true, columns: "100");

        Assert.Equal(TerminalConsole.RedirectedHeight, console.Profile.Height);
    }

    [Fact]
    public void A_table_wider_than_eighty_columns_does_not_wrap_when_redirected()
    {
        using var output = new StringWriter();
        var console = TerminalConsole.Create(output, redirected: true, columns: null);
        var cell = new string('x', 120);

        console.Write(new Table().AddColumn("c").AddRow(cell));

        Assert.Contains(cell, output.ToString(), StringComparison.Ordinal);
    }
}
