using Causa.Application.Errors;
using Causa.Cli.Site;

namespace Causa.Host.Tests;

/// <summary>Records what a site runner tells its command.</summary>
internal sealed class RecordedNotices : ISiteNotices
{
    private readonly TaskCompletionSource<IReadOnlyCollection<string>> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The "store not ready" errors received.</summary>
    public List<Error> NotReady { get; } = [];

    /// <summary>The store folder named when listening; null before.</summary>
    public string? ServedDirectory { get; private set; }

    /// <summary>Completes with the addresses once the site listens.</summary>
    public Task<IReadOnlyCollection<string>> Listening => _listening.Task;

    public Task StoreNotReadyAsync(Error error)
    {
        NotReady.Add(error);
        return Task.CompletedTask;
    }

    public Task ListeningAsync(string storeDirectory, IReadOnlyCollection<string> addresses)
    {
        ServedDirectory = storeDirectory;
        _listening.SetResult(addresses);
        return Task.CompletedTask;
    }
}
