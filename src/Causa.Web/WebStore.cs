using Causa.Application;
using Causa.Application.Articles;
using Causa.Application.Errors;
using Causa.Application.Queries;
using Causa.Core;
using Causa.Core.Resolution;

namespace Causa.Web;

/// <summary>
/// The store the site answers from: one <see cref="CausaWorkspace"/> shared by every request (it is thread-safe and
/// follows the folder's generations, so an ingest while the site runs is served without a restart), its
/// <see cref="QueryService"/>, and the entity tag of its answers. A site without a workspace (the preview host) answers
/// every store question with 503.
/// </summary>
public sealed class WebStore
{
    /// <summary>Serves <paramref name="workspace"/> (not owned: the host disposes it after the site stops); null for none.</summary>
    public WebStore(CausaWorkspace? workspace)
    {
        Workspace = workspace;
        Queries = workspace is null ? null : new QueryService(workspace);
        Checks = workspace is null ? null : new CheckService(workspace);
    }

    /// <summary>The workspace, or null when the site has none.</summary>
    public CausaWorkspace? Workspace { get; }

    /// <summary>The use cases over <see cref="Workspace"/>, or null when the site has none.</summary>
    public QueryService? Queries { get; }

    /// <summary>The article checker over <see cref="Workspace"/> (built on first use, then shared), or null when the site has none.</summary>
    public CheckService? Checks { get; }

    /// <summary>The error every store question gets when the site has no workspace.</summary>
    public static Error NoWorkspace { get; } = new(ErrorKind.NoStore, "this server has no store folder to answer from.", Remedy.IngestFirst);

    /// <summary>
    /// A strong entity tag for every answer from the current generation of the store, or null when there is no store:
    /// the generation's <see cref="WorkspaceGeneration.ContentTag"/> (the case store's content fingerprint plus the stamps
    /// of the evidence sources, the vocabulary and the saved scan, which also shape answers).
    /// </summary>
    /// <remarks>Read it before answering: when a newer generation arrives in between, the answer is newer than its tag,
    /// so the client's next revalidation fetches the answer again instead of keeping an old one.</remarks>
    public string? EntityTag
    {
        get
        {
            if (Workspace is null)
            {
                return null;
            }

            using var lease = Workspace.Acquire();
            return lease.Generation.ContentTag is { } tag ? "\"" + tag + "\"" : null;
        }
    }

    /// <summary>Why the site cannot answer (no workspace, no store, a damaged one); null when the case store is open and verified.</summary>
    public Error? Unready()
    {
        if (Workspace is null)
        {
            return NoWorkspace;
        }

        using var lease = Workspace.Acquire();
        return lease.Generation.Store.Error;
    }

    /// <summary>True when the case store is open and verified.</summary>
    public bool IsReady => Unready() is null;

    /// <summary>How the current generation reads <paramref name="text"/> as a drug (or an event), for the suggestions and
    /// choices beside a failed answer; null when there is no store or vocabulary to read it with.</summary>
    public NameMatch? FindName(string text, bool isDrug)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Workspace is null)
        {
            return null;
        }

        using var lease = Workspace.Acquire();
        return lease.Generation.Names.TryGetValue(out var lookup, out _)
            ? (isDrug ? lookup.FindDrug(text) : lookup.FindEvent(text))
            : null;
    }
}
