using System.CommandLine;
using Causa.Application.Articles;
using Causa.Application.Errors;
using Causa.Checking;
using Causa.Cli.Rendering;

namespace Causa.Cli.Commands;

/// <summary>
/// <c>causa check FILE|- [--format auto|text|markdown|html] [--json]</c>: every drug–condition claim of a health article,
/// each rated against the evidence (the verdicts of <c>ask</c>). Exit codes: 0 checked (whatever the claims' ratings),
/// 1 no such file, empty or too large article, 2 binary data, text that is not UTF-8, or an unreadable store file.
/// </summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var file = new Argument<string>("file") { Description = "The article: a plain-text, Markdown or HTML file, or - to read standard input. Nothing is fetched from the network." };
        var format = new Option<string>("--format")
        {
            Description = "How the article is written (default auto: decided from the text).",
            DefaultValueFactory = _ => "auto",
        }.AcceptOnlyFromAmong("auto", "text", "markdown", "html");
        var json = CliContext.CreateJsonOption();
        var command = new Command("check", "Check a health article: find every claim that a drug causes or treats a condition, and rate each against the evidence.") { file, format, json };
        command.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(file) ?? string.Empty;
            var read = Read(context, path);
            if (!read.TryGetValue(out var bytes, out var error))
            {
                return CliErrors.Report(context, error);
            }

            using var workspace = context.OpenWorkspace(parseResult);
            var result = new CheckService(workspace).Check(CheckRequest.FromUtf8(bytes, Format(parseResult.GetValue(format))));
            return CommandOutput.Write(context, result, check =>
            {
                if (parseResult.GetValue(json))
                {
                    // The checker's own contract (CheckJson), not CausaJson's.
                    context.Output.WriteLine(CheckJson.Serialize(check));
                    context.Output.Flush();
                }
                else
                {
                    CheckView.Render(context.Console, check);
                }
            });
        });
        return command;
    }

    private static ArticleFormat Format(string? word) => word switch
    {
        "text" => ArticleFormat.PlainText,
        "markdown" => ArticleFormat.Markdown,
        "html" => ArticleFormat.Html,
        _ => ArticleFormat.Auto,
    };

    // Reads at most one byte more than the limit, so a huge file or an endless pipe is refused without being read whole.
    private static Result<byte[]> Read(CliContext context, string path)
    {
        if (path == "-")
        {
            using var input = context.StandardInput();
            return ReadBounded(input);
        }

        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new Error(ErrorKind.BadInput, $"{path} is a folder; give the article's file (or - for standard input).", Subject: new ErrorSubject(File: full));
        }

        if (!File.Exists(full))
        {
            return new Error(ErrorKind.NotFound, $"no file at {path}; give the article's file (or - to read standard input).", Subject: new ErrorSubject(File: full));
        }

        using var stream = File.OpenRead(full);
        return ReadBounded(stream);
    }

    private static Result<byte[]> ReadBounded(Stream stream)
    {
        var buffer = new byte[CheckLimits.MaxInputBytes + 1];
        var length = 0;
        int n;
        while (length < buffer.Length && (n = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += n;
        }

        return length > CheckLimits.MaxInputBytes ? CheckService.TooLarge : buffer[..length];
    }
}
