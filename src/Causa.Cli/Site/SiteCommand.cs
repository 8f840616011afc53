using Causa.Application.Errors;

namespace Causa.Cli.Site;

/// <summary>How <c>serve</c> and <c>quickstart --serve</c> run the site through the context's <see cref="ISiteRunner"/>,
/// and the one error for a build without one.</summary>
internal static class SiteCommand
{
    /// <summary>True when this build can serve; otherwise writes the error (exit code returned in
    /// <paramref name="exitCode"/>) that says which build has the site. <paramref name="command"/> is what to run there.</summary>
    public static bool CanServe(CliContext context, string command, out int exitCode)
    {
        ArgumentNullException.ThrowIfNull(context);
        exitCode = ExitCodes.Ok;
        if (context.SiteRunner is not null)
        {
            return true;
        }

        // Checked before any work. The site's Razor components do not support Native AOT, so the site is composed in
        // src/Causa.Host (the normal `causa`), never into Causa.Cli itself.
        exitCode = CliErrors.Report(context, Error.BadInput(
            $"this build of causa has no web site (the native binary and src/Causa.Cli alone leave it out); run {command} from the normal build (dotnet run --project src/Causa.Host -c Release -- {command})."));
        return false;
    }

    /// <summary>Serves <paramref name="request"/> until cancelled, writing the runner's notices.</summary>
    /// <returns><see cref="ExitCodes.Ok"/> after a clean stop, else the exit code of the runner's error.</returns>
    public static async Task<int> RunAsync(CliContext context, SiteRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var runner = context.SiteRunner ?? throw new InvalidOperationException("No site runner: call CanServe first.");
        var error = await runner.RunAsync(request, new CliSiteNotices(context), cancellationToken).ConfigureAwait(false);
        return error is null ? ExitCodes.Ok : CliErrors.Report(context, error);
    }
}
