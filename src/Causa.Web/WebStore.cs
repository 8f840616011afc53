using System.Globalization;
using Causa.Application;
using Causa.Application.Articles;
using Causa.Application.Errors;
using Causa.Application.Queries;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;

namespace Causa.Web;

/// <summary>
/// The store the site answers from: one <see cref="CausaWorkspace"/> shared by every request (it is thread-safe),
/// its <see cref="QueryService"/>, and the entity tag of its answers. A site without a workspace (the preview host)
/// answers every store question with 503.
/// </summary>
public sealed class WebStore
{
    private readonly Lazy<string?> _entityTag;

    /// <summary>Serves <paramref name="workspace"/> (not owned: the host disposes it after the site stops); null for none.</summary>
    public WebStore(CausaWorkspace? workspace)
    {
        Workspace = workspace;
        Queries = workspace is null ? null : new QueryService(workspace);
        Checks = workspace is null ? null : new CheckService(workspace);
        _entityTag = new(ComputeEntityTag, LazyThreadSafetyMode.ExecutionAndPublication);
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
    /// A strong entity tag for every answer from this store, or null when there is no store: the case store's content
    /// fingerprint plus the length and write time of the evidence sources and the vocabulary, which also shape
    /// answers. The workspace reads each part once, so the tag is computed once too.
    /// </summary>
    public string? EntityTag => _entityTag.Value;

    /// <summary>True when the case store is open and verified.</summary>
    public bool IsReady => Workspace is not null && Workspace.Store.Succeeded;

    private string? ComputeEntityTag()
    {
        if (Workspace is null || !Workspace.Store.TryGetValue(out var store, out _))
        {
            return null;
        }

        var c = CultureInfo.InvariantCulture;
        return string.Create(c, $"\"{store.Fingerprint:x16}-{FileStamp(EvidenceSourceFile.FileName):x}-{FileStamp(VocabularyFile.FileName):x}\"");
    }

    private long FileStamp(string name)
    {
        var file = new FileInfo(Path.Combine(Workspace!.Directory, name));
        return file.Exists ? file.Length ^ file.LastWriteTimeUtc.Ticks : 0;
    }
}
