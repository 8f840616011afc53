using Causa.Application.Errors;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Query;
using Causa.Core.Sources;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;
using VocabularyData = Causa.Core.Vocabulary.Vocabulary;

namespace Causa.Application;

/// <summary>
/// One store folder, opened once and shared by every use case: the case store, the vocabulary, the evidence sources,
/// the saved signal scans, and the drug and term resolvers. Each part is loaded or built on first use, once, and a
/// failure to load it is kept as an <see cref="Error"/> so every use case reports it the same way.
/// </summary>
/// <remarks>
/// <para>Thread-safe: a web server shares one workspace between requests. Every part is built under a
/// <see cref="Lazy{T}"/> in <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/> mode, so concurrent first uses
/// build it once.</para>
/// <para>The workspace sees the folder as it was when each part was first used; a process that outlives an ingest
/// opens a new workspace to see the new store.</para>
/// </remarks>
public sealed class CausaWorkspace : IDisposable
{
    private readonly Lazy<Result<CaseStore>> _store;
    private readonly Lazy<Result<VocabularyData>> _vocabulary;
    private readonly Lazy<Result<EvidenceSources>> _sources;
    private readonly Lazy<DrugResolver> _drugResolver;
    private readonly Lazy<TermResolver> _termResolver;
    private readonly Lazy<TermResolver> _evidenceTermResolver;
    private readonly Lazy<Result<StoreNameLookup>> _names;
    private readonly Lazy<Result<EvidenceQuery>> _evidence;
    private readonly Lazy<SavedScan> _suspectScan;
    private readonly Lazy<SavedScan> _allRolesScan;
    private int _drugResolverBuilds;
    private int _termResolverBuilds;
    private int _evidenceTermResolverBuilds;
    private int _vocabularyLoads;

    /// <summary>Opens the workspace of <paramref name="directory"/>; nothing is read until a part is first used.</summary>
    /// <param name="directory">The store folder (absolute path); it need not exist.</param>
    public CausaWorkspace(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        Directory = directory;
        const LazyThreadSafetyMode once = LazyThreadSafetyMode.ExecutionAndPublication;
        _store = new(OpenStore, once);
        _vocabulary = new(LoadVocabulary, once);
        _sources = new(LoadSources, once);
        _drugResolver = new(BuildDrugResolver, once);
        _termResolver = new(BuildTermResolver, once);
        _evidenceTermResolver = new(BuildEvidenceTermResolver, once);
        _names = new(CreateNames, once);
        _evidence = new(CreateEvidence, once);
        _suspectScan = new(() => OpenScan(RoleFilter.Suspect), once);
        _allRolesScan = new(() => OpenScan(RoleFilter.All), once);
    }

    /// <summary>The store folder.</summary>
    public string Directory { get; }

    /// <summary>True when the folder holds a case store file (it may still fail to open).</summary>
    public bool HasCaseStore => CaseStore.Exists(Directory);

    /// <summary>True when the folder holds an evidence source file (it may still fail to load).</summary>
    public bool HasEvidenceSources => File.Exists(Path.Combine(Directory, EvidenceSourceFile.FileName));

    /// <summary>The case store, opened and verified on first use; <see cref="ErrorKind.NoStore"/> when there is none.</summary>
    public Result<CaseStore> Store => _store.Value;

    /// <summary>The folder's vocabulary (empty when it has none), loaded on first use.</summary>
    public Result<VocabularyData> Vocabulary => _vocabulary.Value;

    /// <summary>The folder's evidence sources (none when it has no source file), loaded on first use.</summary>
    public Result<EvidenceSources> Sources => _sources.Value;

    /// <summary>Resolves what users type to the store's ingredients and terms, with the shared resolvers.</summary>
    public Result<StoreNameLookup> Names => _names.Value;

    /// <summary>The evidence query over the sources, the vocabulary and, when there is one, the case store; it shares the
    /// drug resolver with <see cref="Names"/>.</summary>
    public Result<EvidenceQuery> Evidence => _evidence.Value;

    /// <summary>The drug resolver every use case shares (the folder's vocabulary and, with a store, its learned name
    /// pairs), built on first use; the vocabulary's error when it cannot be read.</summary>
    public Result<DrugResolver> Drugs => Vocabulary.TryGetValue(out _, out var error) ? _drugResolver.Value : error;

    /// <summary>The term resolver the evidence query uses (the vocabulary over the terms of the sources and, with a store,
    /// of the store), built on first use; the vocabulary's or the sources' error when either cannot be read.</summary>
    public Result<TermResolver> EvidenceTerms =>
        !Vocabulary.TryGetValue(out _, out var error) || !Sources.TryGetValue(out _, out error) ? error : _evidenceTermResolver.Value;

    /// <summary>How many times a drug resolver was built (at most once per workspace); for tests and diagnostics.</summary>
    public int DrugResolverBuilds => Volatile.Read(ref _drugResolverBuilds);

    /// <summary>How many times the store's term resolver was built (at most once per workspace).</summary>
    public int TermResolverBuilds => Volatile.Read(ref _termResolverBuilds);

    /// <summary>How many times the evidence term resolver (source and store terms) was built (at most once per workspace).</summary>
    public int EvidenceTermResolverBuilds => Volatile.Read(ref _evidenceTermResolverBuilds);

    /// <summary>How many times the vocabulary file was read (at most once per workspace).</summary>
    public int VocabularyLoads => Volatile.Read(ref _vocabularyLoads);

    /// <summary>The saved signal scan for <paramref name="roles"/> when it is current for the store, else null with why.</summary>
    public SavedScan Scan(RoleFilter roles) => roles == RoleFilter.All ? _allRolesScan.Value : _suspectScan.Value;

    /// <summary>Releases the store and the saved scans that were opened.</summary>
    public void Dispose()
    {
        foreach (var scan in new[] { _suspectScan, _allRolesScan })
        {
            if (scan.IsValueCreated)
            {
                scan.Value.Signals?.Dispose();
            }
        }

        if (_store.IsValueCreated && _store.Value.Succeeded)
        {
            _store.Value.Value.Dispose();
        }
    }

    private Result<CaseStore> OpenStore()
    {
        var opened = CaseStore.Open(Directory);
        if (opened.Succeeded)
        {
            return opened.Store;
        }

        return opened.Error.Kind == StoreErrorKind.NotFound
            ? new Error(ErrorKind.NoStore, $"no store at {Directory}.", Remedy.IngestFirst, new ErrorSubject(File: Directory))
            : Error.BadData($"cannot open the store: {opened.Error}", Directory);
    }

    private Result<VocabularyData> LoadVocabulary()
    {
        Interlocked.Increment(ref _vocabularyLoads);
        return VocabularyFile.TryLoad(Directory, out var vocabulary, out var error)
            ? vocabulary
            : Error.BadData(error, Path.Combine(Directory, VocabularyFile.FileName), Remedy.ReimportVocabulary);
    }

    private Result<EvidenceSources> LoadSources() =>
        EvidenceSourceFile.TryLoad(Directory, out var sources, out var error)
            ? new EvidenceSources(sources)
            : Error.BadData(error, Path.Combine(Directory, EvidenceSourceFile.FileName));

    private CaseStore? StoreOrNull => HasCaseStore && Store.Succeeded ? Store.Value : null;

    private DrugResolver BuildDrugResolver()
    {
        Interlocked.Increment(ref _drugResolverBuilds);
        return new DrugResolver(Vocabulary.Value!, StoreOrNull?.LearnedNamePairs());
    }

    private TermResolver BuildTermResolver()
    {
        Interlocked.Increment(ref _termResolverBuilds);
        return new TermResolver(Vocabulary.Value!, Store.Value!.Terms);
    }

    private TermResolver BuildEvidenceTermResolver()
    {
        Interlocked.Increment(ref _evidenceTermResolverBuilds);
        return new TermResolver(Vocabulary.Value!, Sources.Value!.Terms().Concat(StoreOrNull?.Terms ?? []));
    }

    private Result<StoreNameLookup> CreateNames()
    {
        if (!Store.TryGetValue(out var store, out var error) || !Vocabulary.TryGetValue(out var vocabulary, out error))
        {
            return error;
        }

        return new StoreNameLookup(store, vocabulary, () => _drugResolver.Value, () => _termResolver.Value);
    }

    private Result<EvidenceQuery> CreateEvidence()
    {
        if (!Sources.TryGetValue(out var sources, out var error) || !Vocabulary.TryGetValue(out _, out error))
        {
            return error;
        }

        return new EvidenceQuery(sources, () => _drugResolver.Value, () => _evidenceTermResolver.Value, StoreOrNull);
    }

    private SavedScan OpenScan(RoleFilter roles)
    {
        if (!Store.TryGetValue(out var store, out _))
        {
            return new SavedScan(null, null);
        }

        var signals = SavedSignals.OpenCurrent(store, roles, out var note);
        return new SavedScan(signals, note);
    }
}
