using Causa.Application.Errors;

namespace Causa.Cli.Site;

/// <summary>A running site's notices in the CLI's words: the store's state on standard error, each address on standard output.</summary>
internal sealed class CliSiteNotices(CliContext context) : ISiteNotices
{
    public async Task StoreNotReadyAsync(Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        // The site still starts: /healthz answers 503 and every answer says why, as the message here does.
        await context.Error.WriteLineAsync($"causa: {error.Message} The site will answer 503 until a store is ingested into this folder.").ConfigureAwait(false);
    }

    public async Task ListeningAsync(string storeDirectory, IReadOnlyCollection<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            await context.Output.WriteLineAsync($"Causa is serving {storeDirectory} at {address}/ (Ctrl+C to stop)").ConfigureAwait(false);
        }

        await context.Output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
