using System.Collections.Concurrent;
using System.Globalization;
using Causa.Application.Errors;
using Causa.Core;
using Causa.Core.Evidence;
using Causa.Core.Model;
using Causa.Core.Questions;
using Causa.Core.Resolution;
using Causa.Core.Sources;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;
using Causa.Storage.Files;

namespace Causa.Application;

/// <summary>
/// One generation of a <see cref="CausaWorkspace"/>: the store folder's files as they were when the generation began,
/// and every part derived from them (vocabulary, evidence sources, saved scans, drug and term resolvers, name lookups),
/// each built on first use, once for the generation. Obtain it through <see cref="CausaWorkspace.Acquire"/>; it stays
/// open, unchanged, while any lease on it is held.
/// </summary>
/// <remarks>
/// <para>Thread-safe: every part is built under a <see cref="Lazy{T}"/> in
/// <see cref="LazyThreadSafetyMode.ExecutionAndPublication"/> mode, so concurrent first uses build it once.</para>
/// <para>The case store is pinned when the generation begins. The vocabulary, sources and saved scans are read on first
/// use; a writer that replaces one of them in between is seen by that read, and the workspace then begins a newer
/// generation at its next check, so a mix never outlives one check interval.</para>
/// </remarks>
public sealed class WorkspaceGeneration
{
    private readonly ConcurrentDictionary<Type, object> _caches = new();
    private readonly CausaWorkspace _workspace;
    private readonly IStoreLease? _storeLease;
    private readonly Lazy<Result<ImportedVocabulary>> _vocabulary;
    private readonly Lazy<Result<EvidenceSources>> _sources;
    private readonly Lazy<DrugNameIndexFile.Contents?> _nameIndex;
    private readonly Lazy<DrugResolver> _drugResolver;
    private readonly Lazy<TermResolver> _termResolver;
    private readonly Lazy<TermResolver> _evidenceTermResolver;
    private readonly Lazy<Result<StoreNameLookup>> _names;
    private readonly Lazy<Result<EvidenceQuery>> _evidence;
    private readonly Lazy<Result<DrugClassResolver>> _classes;
    private readonly Lazy<Result<QuestionParser>> _questions;
    private readonly Lazy<SavedScan> _suspectScan;
    private readonly Lazy<SavedScan> _allRolesScan;
    private readonly HolderCount _holders = new(); // the workspace's own hold while the generation is current

    internal WorkspaceGeneration(CausaWorkspace workspace, long number, WorkspaceFileStamps files, IStoreLease? storeLease, StoreError? storeError)
    {
        _workspace = workspace;
        _storeLease = storeLease;
        Number = number;
        Files = files;
        StoreGeneration = storeLease?.Generation ?? 0;
        StoreErrorText = storeError?.ToString();
        Store = storeLease is not null ? FileStore(storeLease) : ToError(storeError!, workspace.Directory);
        HasCaseStore = storeLease is not null || storeError!.Kind != StoreErrorKind.NotFound;
        const LazyThreadSafetyMode once = LazyThreadSafetyMode.ExecutionAndPublication;
        _vocabulary = new(LoadVocabulary, once);
        _sources = new(LoadSources, once);
        _nameIndex = new(OpenNameIndex, once);
        _drugResolver = new(BuildDrugResolver, once);
        _termResolver = new(BuildTermResolver, once);
        _evidenceTermResolver = new(BuildEvidenceTermResolver, once);
        _names = new(CreateNames, once);
        _evidence = new(CreateEvidence, once);
        _classes = new(CreateClasses, once);
        _questions = new(CreateQuestions, once);
        _suspectScan = new(() => OpenScan(RoleFilter.Suspect), once);
        _allRolesScan = new(() => OpenScan(RoleFilter.All), once);
    }

    /// <summary>Generation number: 1 for the first the workspace began, one more for each newer one.</summary>
    public long Number { get; }

    /// <summary>The store folder.</summary>
    public string Directory => _workspace.Directory;

    /// <summary>True when the folder held a case store file when the generation began (it may still have failed to open).</summary>
    public bool HasCaseStore { get; }

    /// <summary>True when the folder held an evidence source file when the generation began (it may still fail to load).</summary>
    public bool HasEvidenceSources => Files.Sources != 0;

    /// <summary>The case store of this generation, opened and verified; <see cref="ErrorKind.NoStore"/> when there is none.</summary>
    public Result<CaseStore> Store { get; }

    /// <summary>The folder's vocabulary (empty when it has none), loaded on first use.</summary>
    public Result<ImportedVocabulary> Vocabulary => _vocabulary.Value;

    /// <summary>The folder's evidence sources (none when it has no source file), loaded on first use.</summary>
    public Result<EvidenceSources> Sources => _sources.Value;

    /// <summary>Resolves what users type to the store's ingredients and terms, with the shared resolvers.</summary>
    public Result<StoreNameLookup> Names => _names.Value;

    /// <summary>The evidence query over the sources, the vocabulary and, when there is one, the case store; it shares the
    /// drug resolver with <see cref="Names"/>.</summary>
    public Result<EvidenceQuery> Evidence => _evidence.Value;

    /// <summary>The drug-class resolver over the vocabulary's classes and Causa's class words, built on first use.</summary>
    public Result<DrugClassResolver> Classes => _classes.Value;

    /// <summary>The whole-question reader over the shared drug resolver, the evidence term resolver (source and store
    /// terms) and <see cref="Classes"/>, built on first use.</summary>
    public Result<QuestionParser> Questions => _questions.Value;

    /// <summary>
    /// The one <typeparamref name="T"/> of this generation, created on first use: caches of sub-answers that the use
    /// cases repeat (class members' verdicts, a drug's associations, name completion), kept for this generation only so
    /// they go with it when a newer store replaces it.
    /// </summary>
    /// <remarks>Keyed by type so that the generation needs to know none of the use cases' cache types (the use cases
    /// depend on the generation, never the other way round). Thread-safe; two racing first calls may both create one,
    /// and one of them is kept.</remarks>
    internal T Cache<T>()
        where T : class, new() => (T)_caches.GetOrAdd(typeof(T), static _ => new T());

    /// <summary>
    /// A strong tag of everything this generation's answers depend on: the case store's content fingerprint and the
    /// stamps (length and write time) of the evidence sources, the vocabulary and the saved scan; null when there is no
    /// readable store. Two generations with the same tag give the same answers.
    /// </summary>
    public string? ContentTag => Store.TryGetValue(out var store, out _)
        ? string.Create(CultureInfo.InvariantCulture, $"{store.Fingerprint:x16}-{Files.Sources:x}-{Files.Vocabulary:x}-{Files.Signals:x}")
        : null;

    /// <summary>The file stamps this generation was begun for.</summary>
    internal WorkspaceFileStamps Files { get; }

    /// <summary>The store provider's generation this one pins; 0 when there is no store.</summary>
    internal long StoreGeneration { get; }

    /// <summary>Why the store could not be leased when the generation began, as text; null when it was.</summary>
    internal string? StoreErrorText { get; }

    /// <summary>True once the last holder let go and the store and scans were released.</summary>
    internal bool IsClosed => _holders.IsZero;

    /// <summary>The drug resolver: the vocabulary and, when the store is readable, its learned name pairs, as merged in
    /// the folder's drug-name index (<see cref="DrugNameIndexFile"/>) when that was built from the same store and
    /// vocabulary files, else merged now.</summary>
    internal Result<DrugResolver> DrugResolver => Vocabulary.Map(_ => _drugResolver.Value);

    /// <summary>The term resolver: the vocabulary and, when the store is readable, its terms.</summary>
    internal Result<TermResolver> TermResolver => Vocabulary.Map(_ => _termResolver.Value);

    /// <summary>The term resolver the evidence query uses (the vocabulary over the terms of the sources and, with a store,
    /// of the store); the vocabulary's or the sources' error when either cannot be read.</summary>
    internal Result<TermResolver> EvidenceTermResolver =>
        !Vocabulary.TryGetValue(out _, out var error) || !Sources.TryGetValue(out _, out error) ? error : _evidenceTermResolver.Value;

    /// <summary>The saved signal scan for <paramref name="roles"/> when it is current for the store, else null with why.</summary>
    public SavedScan Scan(RoleFilter roles) => roles == RoleFilter.All ? _allRolesScan.Value : _suspectScan.Value;

    /// <summary>Adds a holder; false when the generation is already closed (the caller then takes the newer one).</summary>
    internal bool TryAddReference() => _holders.TryAdd();

    /// <summary>Drops a holder; the last one releases the saved scans and the store lease (so never under a reader).</summary>
    internal void Release()
    {
        if (!_holders.Release())
        {
            return;
        }

        foreach (var scan in new[] { _suspectScan, _allRolesScan })
        {
            if (scan.IsValueCreated)
            {
                scan.Value.Signals?.Dispose();
            }
        }

        _storeLease?.Dispose();
    }

    private static Result<CaseStore> FileStore(IStoreLease lease) =>
        lease.Store as CaseStore ?? throw new InvalidOperationException("The file store provider leased a store that is not a file store.");

    /// <summary>The error every use case gives for a store that cannot be opened: <see cref="ErrorKind.NoStore"/> when there
    /// is none, else <see cref="ErrorKind.BadData"/> naming the file and what is wrong with it.</summary>
    internal static Error ToError(StoreError error, string directory) => error.Kind == StoreErrorKind.NotFound
        ? new Error(ErrorKind.NoStore, $"no store at {directory}.", Remedy.IngestFirst, new ErrorSubject(File: directory))
        : Error.BadData($"cannot open the store: {error}", directory, error.Remedy);

    /// <summary>The case store, or null when there is none or it cannot be read.</summary>
    internal CaseStore? StoreOrNull => Store.Succeeded ? Store.Value : null;

    private Result<ImportedVocabulary> LoadVocabulary()
    {
        _workspace.CountVocabularyLoad();
        return VocabularyFile.TryLoad(Directory, out var vocabulary, out var error)
            ? vocabulary
            : Error.BadData(error, Path.Combine(Directory, VocabularyFile.FileName), Remedy.ReimportVocabulary);
    }

    private Result<EvidenceSources> LoadSources() =>
        EvidenceSourceFile.TryLoad(Directory, out var sources, out var error, out var remedy)
            ? new EvidenceSources(sources)
            : Error.BadData(error, Path.Combine(Directory, EvidenceSourceFile.FileName), remedy);

    // The folder's name index when it was built from this generation's store and the vocabulary file now in the folder.
    private DrugNameIndexFile.Contents? OpenNameIndex()
    {
        var store = StoreOrNull;
        return store is null ? null : DrugNameIndexFile.TryOpen(Directory, DrugNameIndexFile.KeyOf(Directory, store.Fingerprint, store.SizeBytes));
    }

    private DrugResolver BuildDrugResolver()
    {
        _workspace.CountDrugResolverBuild();
        if (_nameIndex.Value is { } index)
        {
            // The names merged when the store or the vocabulary was written, and their lookup table read in place: the
            // same resolver, without reading every drug entry of the store and cleaning every learned name again.
            return index.CreateDrugResolver();
        }

        return new DrugResolver(Vocabulary.Value!, StoreOrNull?.LearnedNamePairs());
    }

    private TermResolver BuildTermResolver()
    {
        _workspace.CountTermResolverBuild();
        // The index's exact wordings answer a known wording in place; the resolver over every term of the store is built
        // only for a wording they do not hold.
        return _nameIndex.Value?.CreateTermResolver(FullTermResolver) ?? FullTermResolver();
    }

    private TermResolver FullTermResolver() => new(Vocabulary.Value!, StoreOrNull?.Terms);

    private TermResolver BuildEvidenceTermResolver()
    {
        _workspace.CountEvidenceTermResolverBuild();
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

    private Result<DrugClassResolver> CreateClasses() =>
        Vocabulary.TryGetValue(out var vocabulary, out var error) ? new DrugClassResolver(vocabulary.Classes) : error;

    private Result<QuestionParser> CreateQuestions()
    {
        if (!Sources.TryGetValue(out _, out var error) || !Classes.TryGetValue(out var classes, out error))
        {
            return error;
        }

        return new QuestionParser(_drugResolver.Value, _evidenceTermResolver.Value, classes);
    }

    private SavedScan OpenScan(RoleFilter roles)
    {
        if (!Store.TryGetValue(out var store, out _))
        {
            return new SavedScan(null, null);
        }

        var signals = SavedSignals.OpenCurrent(store, roles, out var note, out var damaged);
        return new SavedScan(signals, note, damaged);
    }
}
