using System.Reflection;
using Causa.Cli.Rendering;
using Spectre.Console;

namespace Causa.Cli.Tests.Rendering;

/// <summary>
/// <see cref="ConsoleLine"/> must write exactly what Spectre.Console's own markup writes for the same text escaped and
/// tagged (the reference: <c>MarkupLine</c>), redirected and on a terminal in every colour system, where a long line
/// wraps as well as where it does not.
/// </summary>
public sealed class ConsoleLineTests
{
    // Text from data: brackets, colons (a URL, an emoji code, a time), arrows and bullets, runs of spaces, a tab, a line end.
    private static readonly string[] Texts =
    [
        "plain words",
        "[FAERS store] Urinary incontinence is reported (10 cases, 0.72% vs 0.25%)",
        "a [[b]] ] [ [[ ]] end[",
        "[",
        "]",
        "See a doctor (NHS: Urinary incontinence (https://www.nhs.uk/conditions/urinary-incontinence/))",
        "an emoji :smile: and :not_an_emoji_code: and :+1:",
        "times 10:30:45 and a::b and ::",
        "\"Remeron\" → MIRTAZAPINE, brand, confidence 1.00; • bullet — dash",
        "spaces   between    words and a\ttab",
        "two\nlines",
        "",
        "word " + string.Concat(Enumerable.Repeat("longer words that wrap at a narrow width ", 8)),
    ];

    public static TheoryData<string, int> Consoles => new()
    {
        { "redirected", 200 }, { "redirected", 30 }, { "truecolor", 200 }, { "truecolor", 25 }, { "standard", 40 }, { "legacy", 200 }, { "eightbit", 33 },
    };

    [Theory]
    [MemberData(nameof(Consoles))]
    public void A_plain_line_is_written_as_its_markup_is(string kind, int width)
    {
        foreach (var text in Texts)
        {
            AssertSame(kind, width, Markup.Escape(text), new ConsoleLine().Add(text));
        }
    }

    [Theory]
    [MemberData(nameof(Consoles))]
    public void A_styled_line_is_written_as_its_markup_is(string kind, int width)
    {
        foreach (var text in Texts)
        {
            AssertSame(kind, width, $"[grey]{Markup.Escape(text)}[/]", new ConsoleLine().Add(text, ConsoleLine.Grey));
            AssertSame(kind, width, $"[bold]{Markup.Escape(text)}[/]", new ConsoleLine().Add(text, ConsoleLine.Bold));
            AssertSame(kind, width, $"[yellow]{Markup.Escape(text)}[/]", new ConsoleLine().Add(text, ConsoleLine.Yellow));
        }
    }

    [Theory]
    [MemberData(nameof(Consoles))]
    public void Plain_and_styled_parts_are_written_as_their_markup_is(string kind, int width)
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            var a = Texts[i];
            var b = Texts[(i + 3) % Texts.Length];
            var c = Texts[(i + 7) % Texts.Length];

            // As the views write them: bold then plain; plain, plain, then grey; grey between plain parts.
            AssertSame(kind, width, $"[bold]{Markup.Escape(a)}[/] and [bold]{Markup.Escape(b)}[/]",
                new ConsoleLine().Add(a, ConsoleLine.Bold).Add(" and ").Add(b, ConsoleLine.Bold));
            AssertSame(kind, width, $"  • {Markup.Escape(a)} {Markup.Escape(b)}[grey]({Markup.Escape(c)})[/]",
                new ConsoleLine().Add($"  • {a} ").Add(b).Add($"({c})", ConsoleLine.Grey));
            AssertSame(kind, width, $"{Markup.Escape(a)}[grey]{Markup.Escape(b)}[/]{Markup.Escape(c)}",
                new ConsoleLine().Add(a).Add(b, ConsoleLine.Grey).Add(c));
            AssertSame(kind, width, $"[yellow]Note:[/] {Markup.Escape(a)}", new ConsoleLine().Add("Note:", ConsoleLine.Yellow).Add(" " + a));
        }
    }

    [Fact]
    public void No_emoji_code_holds_white_space()
    {
        // ConsoleLine leaves a token without two colons around a blank-free code alone: this is what makes that the same.
        var field = typeof(Emoji).GetField("_emojis", BindingFlags.NonPublic | BindingFlags.Static);
        Assert.NotNull(field);
        var codes = Assert.IsAssignableFrom<IReadOnlyDictionary<string, string>>(field.GetValue(null));
        Assert.True(codes.Count > 1000, $"expected Spectre's emoji table, found {codes.Count} codes");
        Assert.DoesNotContain(codes.Keys, static code => code.Any(char.IsWhiteSpace));
    }

    [Theory]
    [InlineData("no colon", false)]
    [InlineData("one: colon", false)]
    [InlineData("NHS: Urinary incontinence (https://www.nhs.uk/x)", false)]
    [InlineData("a :smile: b", true)]
    [InlineData("a::b", true)]
    [InlineData("10:30:45", true)]
    [InlineData("a: b :c: d", true)]
    public void A_token_may_hold_an_emoji_code_only_between_two_colons_with_no_blank(string text, bool may)
    {
        Assert.Equal(may, ConsoleLine.MayHoldEmojiCode(text));
        if (!may)
        {
            Assert.Equal(text, Emoji.Replace(text));
        }
    }

    private static void AssertSame(string kind, int width, string markup, ConsoleLine line)
    {
        var (expected, expectedConsole) = Console(kind, width);
        expectedConsole.MarkupLine(markup);
        var (actual, actualConsole) = Console(kind, width);
        line.WriteTo(actualConsole);
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    private static (StringWriter Output, IAnsiConsole Console) Console(string kind, int width)
    {
        var output = new StringWriter();
        if (kind == "redirected")
        {
            var redirected = TerminalConsole.Create(output, redirected: true, columns: null);
            redirected.Profile.Width = width;
            return (output, redirected);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = kind switch
            {
                "truecolor" => ColorSystemSupport.TrueColor,
                "standard" => ColorSystemSupport.Standard,
                "legacy" => ColorSystemSupport.Legacy,
                _ => ColorSystemSupport.EightBit,
            },
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width;
        console.Profile.Height = 24;
        return (output, console);
    }
}
