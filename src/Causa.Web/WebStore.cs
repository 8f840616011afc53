using Causa.Application;
using Causa.Application.Articles;
using Causa.Application.Browsing;
using Causa.Application.Errors;
using Causa.Application.Names;
using Causa.Application.Queries;
using Causa.Core;
using Causa.Core.Resolution;

namespace Causa.Web;

/// <summary>
/// The store the site answers from: the application layer's use cases over one <see cref="CausaWorkspace"/> shared by
/// every request (it is thread-safe and follows the folder's generations, so an ingest while the site runs is served
/// without a restart), and the entity tag of its answers. A site without a workspace (the preview host) answers every
/// store question with 503. The site asks these services only; it never leases the workspace itself.
/// </summary>
public sealed class WebStore
{
    /// <summary>Serves <paramref name="workspace"/> (not owned: the host disposes it after the site stops); null for none.</summary>
    public WebStore(CausaWorkspace? workspace)
    {
        Queries = workspace is null ? null : new QueryService(workspace);
        Checks = workspace is null ? null : new CheckService(workspace);
        Browse = workspace is null ? null : new BrowseService(workspace);
        Completions = workspace is null ? null : new CompletionService(workspace);
    }

    /// <summary>Name completion for the home page's fields, or null when the site has none.</summary>
    public CompletionService? Completions { get; }

    /// <summary>The use cases over the workspace, or null when the site has none.</summary>
    public QueryService? Queries { get; }

    /// <summary>The article checker over the workspace (built on first use, then shared), or null when the site has none.</summary>
    public CheckService? Checks { get; }

    /// <summary>The browsing use cases (overviews, question targets, name alternatives, licences), or null when the site has none.</summary>
    public BrowseService? Browse { get; }

    /// <summary>The error every store question gets when the site has no workspace.</summary>
    public static Error NoWorkspace { get; } = new(ErrorKind.NoStore, "this server has no store folder to answer from.", Remedy.IngestFirst);

    /// <summary>
    /// A strong entity tag for every answer from the current generation of the store, or null when there is no store:
    /// <see cref="BrowseService.ContentTag"/> in quotes.
    /// </summary>
    /// <remarks>Read it before answering: when a newer generation arrives in between, the answer is newer than its tag,
    /// so the client's next revalidation fetches the answer again instead of keeping an old one.</remarks>
    public string? EntityTag => Browse?.ContentTag() is { } tag ? "\"" + tag + "\"" : null;

    /// <summary>Why the site cannot answer (no workspace, no store, a damaged one); null when the case store is open and verified.</summary>
    public Error? Unready() => Browse is null ? NoWorkspace : Browse.Unready();

    /// <summary>True when the case store is open and verified.</summary>
    public bool IsReady => Unready() is null;

    /// <summary>How the current generation reads <paramref name="text"/> as a drug (or an event), for the suggestions and
    /// choices beside a failed answer; null when there is no store or vocabulary to read it with.</summary>
    public NameMatch? FindName(string text, bool isDrug) => Browse?.Match(text, isDrug);
}
