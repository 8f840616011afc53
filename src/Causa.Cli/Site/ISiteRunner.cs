using Causa.Application.Errors;

namespace Causa.Cli.Site;

/// <summary>
/// Runs Causa's web site over a store folder until cancelled: all that <c>causa serve</c> and
/// <c>causa quickstart --serve</c> need from the executable they run in. The CLI defines it and never implements it, so
/// it references no web project; the <c>causa</c> executable (src/Causa.Host) passes the implementation that hosts
/// Causa.Web. A command line built without one (Causa.Cli's own entry point, and so the Native AOT binary) has every
/// command, but <c>serve</c> and <c>quickstart --serve</c> end with an error saying which build has the site.
/// </summary>
public interface ISiteRunner
{
    /// <summary>
    /// Serves <see cref="SiteRequest.StoreDirectory"/>, read-only, on <see cref="SiteRequest.Urls"/> until SIGTERM, Ctrl+C
    /// or <paramref name="cancellationToken"/>; the requests in flight finish before the store is closed.
    /// </summary>
    /// <param name="request">What to serve, where, and the API's rate limit.</param>
    /// <param name="notices">Told when the folder holds no usable store yet (the site still starts, answering 503 until an
    /// ingest) and, once, the addresses listened on.</param>
    /// <param name="cancellationToken">Stops the site.</param>
    /// <returns>Null after a clean stop (cancellation included: stopping is how a site ends); an
    /// <see cref="ErrorKind.BadInput"/> error when the addresses cannot be listened on.</returns>
    Task<Error?> RunAsync(SiteRequest request, ISiteNotices notices, CancellationToken cancellationToken);
}
