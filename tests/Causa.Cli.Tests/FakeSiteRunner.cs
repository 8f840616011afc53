using Causa.Application.Errors;
using Causa.Cli.Site;

namespace Causa.Cli.Tests;

/// <summary>A site runner that records what it was asked to serve, tells the notices it is given, and either fails with
/// <see cref="Failure"/> or "serves" until cancelled, as the real one does.</summary>
internal sealed class FakeSiteRunner : ISiteRunner
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The requests received, in order.</summary>
    public List<SiteRequest> Requests { get; } = [];

    /// <summary>The error to return at once instead of serving; null serves until cancelled.</summary>
    public Error? Failure { get; init; }

    /// <summary>Told to the notices before listening; null when the store is ready.</summary>
    public Error? NotReady { get; init; }

    /// <summary>Completes once the runner is "listening".</summary>
    public Task Started => _started.Task;

    public async Task<Error?> RunAsync(SiteRequest request, ISiteNotices notices, CancellationToken cancellationToken)
    {
        Requests.Add(request);
        if (NotReady is not null)
        {
            await notices.StoreNotReadyAsync(NotReady);
        }

        if (Failure is not null)
        {
            return Failure;
        }

        await notices.ListeningAsync(request.StoreDirectory, [.. request.Urls.Split(';')]);
        _started.SetResult();
        await Task.Delay(Timeout.Infinite, cancellationToken).ContinueWith(static _ => { }, TaskScheduler.Default);
        return null;
    }
}
