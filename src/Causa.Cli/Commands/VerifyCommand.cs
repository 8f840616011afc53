using System.CommandLine;
using System.Globalization;
using Causa.Application.Verification;
using Spectre.Console;

namespace Causa.Cli.Commands;

/// <summary><c>causa verify</c>: verifies every file of the store folder in full (queries verify only what they read).</summary>
internal static class VerifyCommand
{
    public static Command Create(CliContext context)
    {
        var json = CliContext.CreateJsonOption();
        var command = new Command("verify",
            "Verify every file of the store in full: the case store's checksums and rows, the drug-name index, the saved signal scan, the evidence sources and the vocabulary. Exit 2 names a damaged file.")
        { json };
        command.SetAction(parseResult =>
        {
            using var workspace = context.OpenWorkspace(parseResult);
            var result = new VerifyService(workspace).Verify();
            var exit = CommandOutput.Write(context, result, parseResult.GetValue(json), response => Render(context.Console, response));

            // The report is written either way; a damaged file then fails the command as a damaged store does.
            return exit == ExitCodes.Ok && result.Value?.Problem is { } problem ? CliErrors.Report(context, problem) : exit;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, VerifyResponse response)
    {
        var c = CultureInfo.InvariantCulture;
        console.MarkupLine($"Store folder: [blue]{Markup.Escape(response.Store)}[/]");
        foreach (var file in response.Files)
        {
            var status = file.Status switch
            {
                VerifiedFileStatus.Ok => "[green]OK[/]",
                VerifiedFileStatus.Stale => "[yellow]stale[/]",
                _ => "[red]DAMAGED[/]",
            };
            var remedy = file.Status == VerifiedFileStatus.Ok ? string.Empty : CliErrors.RemedyText(file.Remedy);
            console.MarkupLine($"  {Markup.Escape(file.File)} ({Markup.Escape(file.What)}, {Markup.Escape(file.Bytes.ToString("N0", c))} bytes): {status}, {Markup.Escape(file.Detail + remedy)}");
        }

        var damaged = response.Files.Count(static f => f.Status == VerifiedFileStatus.Damaged);
        var stale = response.Files.Count(static f => f.Status == VerifiedFileStatus.Stale);
        var summary = damaged > 0
            ? string.Create(c, $"{response.Files.Count} files verified: {damaged} damaged, {stale} stale.")
            : stale > 0
                ? string.Create(c, $"{response.Files.Count} files verified: none damaged; {stale} stale, which queries ignore until rebuilt.")
                : string.Create(c, $"{response.Files.Count} files verified: all sound.");
        console.WriteLine(summary);
    }
}
