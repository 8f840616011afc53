using Causa.Application.Errors;

namespace Causa.Cli.Site;

/// <summary>What a running site tells the command that started it; the CLI puts it into words.</summary>
public interface ISiteNotices
{
    /// <summary>The store folder holds no usable store yet: the site starts anyway and answers 503 until one is ingested
    /// into the folder (the workspace follows it, so no restart is needed).</summary>
    /// <param name="error">Why the store cannot answer (its message is written; its remedy is not).</param>
    Task StoreNotReadyAsync(Error error);

    /// <summary>The site is listening; called once, after start-up and before serving until cancelled.</summary>
    /// <param name="storeDirectory">The store folder served (full path).</param>
    /// <param name="addresses">The addresses bound, without a trailing slash (e.g. <c>http://127.0.0.1:5080</c>).</param>
    Task ListeningAsync(string storeDirectory, IReadOnlyCollection<string> addresses);
}
