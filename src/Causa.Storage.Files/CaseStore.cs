using System.Buffers.Binary;
using System.IO.Hashing;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// A read-only, memory-mapped case store: one kept version per FAERS case, with drug ingredients and roles, events,
/// indications and demographics, plus inverted indexes for instant 2×2 counts. The folder holds a base file
/// (<c>cases.causa</c>) and, after ingests that did not rewrite it, segment files listed in a manifest
/// (<see cref="StoreManifest"/>); this type reads them as one store.
/// </summary>
/// <remarks>
/// <para>Thread-safe for concurrent reads. Spans returned by its members are valid until <see cref="Dispose"/>.</para>
/// <para>Case indices run 0..<see cref="CaseCount"/>−1 over the kept cases: file by file in the order written, in
/// ascending case-id order within each file (so in ascending case-id order for a store of one file). A case a later
/// segment superseded or deleted has no index. Ingredient and term ids index the union of the files' dictionaries, sorted
/// as each file's are. A store of one file reads it directly; a store of several maps ids and indices, and its lists are
/// copies.</para>
/// <para>The file layout (section ids, per-entry and per-case columns) stays internal: callers see <see cref="ICaseStore"/>.</para>
/// </remarks>
public sealed class CaseStore : ICaseStore
{
    private readonly StoreSegment[] _segments;
    private readonly SegmentedView? _view;

    private CaseStore(string directory, StoreSegment[] segments, long manifestLength)
    {
        Directory = directory;
        _segments = segments;
        if (segments.Length == 1)
        {
            Fingerprint = segments[0].Fingerprint;
            SizeBytes = segments[0].SizeBytes;
            Quarters = segments[0].Quarters;
            return;
        }

        _view = new SegmentedView(segments);
        Quarters = _view.Quarters;
        Span<byte> stamp = stackalloc byte[16];
        var hash = new XxHash64();
        var size = manifestLength;
        foreach (var segment in segments)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(stamp, segment.Fingerprint);
            BinaryPrimitives.WriteInt64LittleEndian(stamp[8..], segment.SizeBytes);
            hash.Append(stamp);
            size += segment.SizeBytes;
        }

        Fingerprint = hash.GetCurrentHashAsUInt64();
        SizeBytes = size;
    }

    /// <summary>The folder holding the store.</summary>
    public string Directory { get; }

    /// <summary>Full path of the store's base file.</summary>
    public string FilePath => _segments[0].FilePath;

    /// <summary>The files the store is read from: the base file, then each segment in the order written.</summary>
    internal IReadOnlyList<StoreSegment> Segments => _segments;

    /// <summary>Number of segment files beside the base file (0 for a store of one file).</summary>
    public int SegmentCount => _segments.Length - 1;

    /// <summary>Names of the segment files in the folder, in the order written (empty for a store of one file).</summary>
    public IReadOnlyList<string> SegmentFileNames => [.. _segments.Skip(1).Select(static s => Path.GetFileName(s.FilePath))];

    /// <summary>The name of the manifest that lists the segments (see <see cref="SegmentCount"/>).</summary>
    public string ManifestFileName => StoreManifest.FileName;

    /// <summary>Identity of the store content: changes whenever an ingest changes anything; equal for byte-identical stores.
    /// For a store of one file, the fingerprint in its header; for several, a hash of every file's fingerprint and length.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Size of the store's files in bytes (with the manifest).</summary>
    public long SizeBytes { get; }

    /// <summary>Number of kept (deduplicated, not deleted) cases.</summary>
    public int CaseCount => _view?.CaseCount ?? _segments[0].CaseCount;

    /// <summary>Quarters ingested, in chronological order.</summary>
    public IReadOnlyList<QuarterRecord> Quarters { get; }

    /// <summary>Number of distinct case ids on all DELETE lists seen.</summary>
    public int DeletedCaseIdCount => _view?.DeletedCaseIdCount ?? _segments[0].DeletedCaseIdCount;

    /// <summary>Canonical ingredient names, sorted; the index is the ingredient id.</summary>
    public IReadOnlyList<string> Ingredients => _view?.Ingredients ?? _segments[0].Ingredients;

    /// <summary>MedDRA preferred terms (events and indications), sorted case-insensitively; the index is the term id.</summary>
    public IReadOnlyList<string> Terms => _view?.Terms ?? _segments[0].Terms;

    /// <summary>Number of distinct reported drug entries (name + coded ingredient).</summary>
    public int DrugEntryCount => _view?.DrugEntryCount ?? _segments[0].DrugEntryCount;

    /// <summary>True when <paramref name="directory"/> holds a store file (whether or not it is readable).</summary>
    public static bool Exists(string directory) => File.Exists(PathIn(directory));

    /// <summary>Where the base store file of <paramref name="directory"/> is, or would be.</summary>
    public static string PathIn(string directory) => Path.Combine(directory, StoreFileFormat.FileName);

    /// <summary>Opens the store in <paramref name="directory"/> and verifies all of it (<see cref="StoreVerification.Full"/>).</summary>
    /// <returns>The store, or an error (not found, not a store, truncated, corrupt...) naming the file.</returns>
    public static StoreOpenResult Open(string directory) => Open(directory, StoreVerification.Full);

    /// <summary>Opens the store in <paramref name="directory"/>, verifying it as <paramref name="verification"/> says.</summary>
    /// <param name="directory">The store folder.</param>
    /// <param name="verification"><see cref="StoreVerification.Full"/> to verify every file now;
    /// <see cref="StoreVerification.OnRead"/> to verify their structure now and each section when first read (a damaged
    /// section then fails that read with <see cref="InvalidStoreException"/>).</param>
    /// <returns>The store, or an error (not found, not a store, truncated, corrupt, a segment missing or replaced...)
    /// naming the file.</returns>
    public static StoreOpenResult Open(string directory, StoreVerification verification)
    {
        ArgumentNullException.ThrowIfNull(directory);

        // A compaction removes the segments after it renames the new base file into place: a reader that read the
        // manifest just before may then miss a segment it lists. The base it finds is then the new one, so try again.
        for (var attempt = 1; ; attempt++)
        {
            var opened = TryOpenOnce(directory, verification, out var segmentMissing);
            if (!segmentMissing || attempt == 3)
            {
                return opened;
            }
        }
    }

    private static StoreOpenResult TryOpenOnce(string directory, StoreVerification verification, out bool segmentMissing)
    {
        segmentMissing = false;

        // The manifest before the base file: a manifest renamed in between lists this base or a newer one, and a base
        // renamed in between makes the manifest read stale, which its base stamp tells.
        var manifest = StoreManifest.Read(directory, out var manifestError);
        if (!StoreSegment.TryOpen(PathIn(directory), directory, verification, out var baseFile, out var error))
        {
            return StoreOpenResult.Failure(error);
        }

        if (manifestError is not null)
        {
            baseFile.Dispose();
            return StoreOpenResult.Failure(manifestError);
        }

        // A manifest written for another base file is older than the base, which already holds its segments.
        if (manifest is null || manifest.Base != baseFile.Stamp)
        {
            return StoreOpenResult.Success(new CaseStore(directory, [baseFile], 0));
        }

        var segments = new List<StoreSegment> { baseFile };
        try
        {
            foreach (var stamp in manifest.Segments)
            {
                var path = Path.Combine(directory, stamp.Name);
                if (!StoreSegment.TryOpen(path, directory, verification, out var segment, out error))
                {
                    segmentMissing = error.Kind == StoreErrorKind.NotFound;
                    return StoreOpenResult.Failure(segmentMissing
                        ? error with { Kind = StoreErrorKind.Corrupt, Message = "a segment the store's manifest (" + StoreManifest.FileName + ") lists is missing" }
                        : error);
                }

                segments.Add(segment);
                if (segment.Stamp != stamp.Stamp)
                {
                    return StoreOpenResult.Failure(new StoreError(StoreErrorKind.Corrupt, path, "this segment is not the one the store's manifest lists (another file was put in its place)"));
                }
            }

            var store = new CaseStore(directory, [.. segments], new FileInfo(StoreManifest.PathIn(directory)).Length);
            segments.Clear();
            return StoreOpenResult.Success(store);
        }
        catch (InvalidStoreException ex)
        {
            return StoreOpenResult.Failure(new StoreError(ex.Kind, StoreManifest.PathIn(directory), ex.Message));
        }
        finally
        {
            foreach (var segment in segments)
            {
                segment.Dispose();
            }
        }
    }

    /// <summary>Finds an ingredient by canonical name, case-insensitively; null when absent.</summary>
    public int? FindIngredient(string name) => _view is null ? _segments[0].FindIngredient(name) : _view.FindIngredient(name);

    /// <summary>Finds a term by its text, case-insensitively; null when absent.</summary>
    public int? FindTerm(string text) => _view is null ? _segments[0].FindTerm(text) : _view.FindTerm(text);

    /// <summary>Sorted indices of the cases that list the ingredient in a role matching <paramref name="roles"/>.</summary>
    public ReadOnlySpan<int> CasesWithIngredient(int ingredientId, RoleFilter roles) =>
        _view is null ? _segments[0].CasesWithIngredient(ingredientId, roles) : _view.CasesWithIngredient(ingredientId, roles);

    /// <summary>Sorted indices of the cases that report the term as an event.</summary>
    public ReadOnlySpan<int> CasesWithTerm(int termId) => _view is null ? _segments[0].CasesWithTerm(termId) : _view.CasesWithTerm(termId);

    /// <summary>Distinct event term ids of a case, ascending.</summary>
    public ReadOnlySpan<int> EventsOfCase(int caseIndex) => _view is null ? _segments[0].EventsOfCase(caseIndex) : _view.EventsOfCase(caseIndex);

    /// <summary>Sex of a case.</summary>
    public Sex SexOf(int caseIndex) => _view is null ? _segments[0].SexOf(caseIndex) : _view.SexOf(caseIndex);

    /// <summary>Age band of a case.</summary>
    public AgeGroup AgeGroupOf(int caseIndex) => _view is null ? _segments[0].AgeGroupOf(caseIndex) : _view.AgeGroupOf(caseIndex);

    /// <summary>Year FDA received the kept version (from <c>fda_dt</c>; 0 when unknown).</summary>
    public int ReportYearOf(int caseIndex) => _view is null ? _segments[0].ReportYearOf(caseIndex) : _view.ReportYearOf(caseIndex);

    /// <summary>Number of cases on which the ingredient (any role) was given for the term, per FAERS INDI.</summary>
    /// <remarks>Cost: the shorter of the two posting lists, with a binary search into the other.</remarks>
    public int IndicationCaseCount(int ingredientId, int termId) =>
        _view is null ? _segments[0].IndicationCaseCount(ingredientId, termId) : _view.IndicationCaseCount(ingredientId, termId);

    /// <inheritdoc />
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts) => GetFacts(caseIndexes, facts, CaseFactColumns.All);

    /// <inheritdoc />
    /// <remarks>Each column is read (and its blocks verified) only when asked for: a column costs a block of 1 KiB per case
    /// read far from the others.</remarks>
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts, CaseFactColumns columns)
    {
        if (_view is null)
        {
            _segments[0].GetFacts(caseIndexes, facts, columns);
        }
        else
        {
            _view.GetFacts(caseIndexes, facts, columns);
        }
    }

    /// <inheritdoc />
    /// <remarks>Cost: the cases' drug rows; a row in the role whose entry resolves to one of the ingredients costs a binary
    /// search in the sparse therapy-start column.</remarks>
    public void GetTherapyStarts(ReadOnlySpan<int> caseIndexes, ReadOnlySpan<int> ingredientIds, RoleFilter roles, Span<PartialDate> starts)
    {
        if (_view is null)
        {
            _segments[0].GetTherapyStarts(caseIndexes, ingredientIds, roles, starts);
        }
        else
        {
            _view.GetTherapyStarts(caseIndexes, ingredientIds, roles, starts);
        }
    }

    /// <inheritdoc />
    public void CountIngredients(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        if (_view is null)
        {
            _segments[0].CountIngredients(caseIndexes, counts);
        }
        else
        {
            _view.CountIngredients(caseIndexes, counts);
        }
    }

    /// <inheritdoc />
    public void CountEvents(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        if (_view is null)
        {
            _segments[0].CountEvents(caseIndexes, counts);
        }
        else
        {
            _view.CountEvents(caseIndexes, counts);
        }
    }

    /// <inheritdoc />
    public CaseRecord? FindCase(long caseId) => _view is null ? _segments[0].FindCase(caseId) : _view.FindCase(caseId);

    /// <summary>True when <paramref name="caseId"/> is on a DELETE list the store has seen.</summary>
    public bool IsDeleted(long caseId)
    {
        foreach (var segment in _segments)
        {
            if (segment.IsDeleted(caseId))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the kept version of case <paramref name="caseId"/> is: its file's position and its local index there;
    /// null when the store keeps no version of it (never seen, deleted).</summary>
    internal (int Segment, int Local)? FindKeptVersion(long caseId) =>
        _view is null ? (_segments[0].FindCaseIndex(caseId) is { } local ? (0, local) : null) : _view.FindKeptVersion(caseId);

    /// <summary>A cursor finding the kept version of cases asked in ascending case-id order (what an update's new cases
    /// are), cheaper than <see cref="FindKeptVersion"/> per case.</summary>
    internal KeptVersionCursor KeptVersions() => new(_segments, _view?.Liveness);

    /// <summary>The full line listing of the case at <paramref name="caseIndex"/>.</summary>
    internal CaseRecord GetCase(int caseIndex) => _view is null ? _segments[0].GetCase(caseIndex) : _view.GetCase(caseIndex);

    /// <summary>Name pairs (drug name with coded ingredient) and their DRUG-row counts over kept cases: the learned brand map's input.</summary>
    /// <inheritdoc />
    /// <remarks>The pairs an ingest in this process counted for this very content are handed out as they are
    /// (<see cref="LearnedPairsMemo"/>); otherwise a pass over every stored drug row.</remarks>
    public IReadOnlyList<LearnedNamePair> LearnedNamePairs() =>
        LearnedPairsMemo.Find(Fingerprint) ?? (_view is null ? _segments[0].LearnedNamePairs() : _view.LearnedNamePairs());

    /// <summary>The learned pairs the store will have once the cases a segment about to be written supersedes are dead
    /// (<paramref name="killedCounts"/>: its <see cref="KilledCaseCounts"/> records), less the segment's own.</summary>
    internal IReadOnlyList<LearnedNamePair> LearnedNamePairsWithout(int[] killedCounts) =>
        killedCounts.Length == 0 ? LearnedNamePairs() : StoreLearnedPairs.Count(_segments, killedCounts);

    /// <inheritdoc />
    /// <remarks>Read from the index offsets alone (less, in a store of several files, the cases later files superseded):
    /// the case list itself is neither read nor verified.</remarks>
    public int DrugCaseCount(int ingredientId, RoleFilter roles) =>
        _view is null ? _segments[0].DrugCaseCount(ingredientId, roles) : _view.DrugCaseCount(ingredientId, roles);

    /// <inheritdoc />
    /// <remarks>Read from the index offsets alone: a drug's top events ask this of hundreds of terms, some reported in a
    /// tenth of all cases, whose case lists would otherwise be paged in and checksummed only to be counted.</remarks>
    public int EventCaseCount(int termId) => _view is null ? _segments[0].EventCaseCount(termId) : _view.EventCaseCount(termId);

    /// <inheritdoc />
    /// <remarks>Cost: one sorted-list intersection, about a millisecond for a drug with a million cases.</remarks>
    public int PairCaseCount(int ingredientId, int termId, RoleFilter roles) =>
        _view is null ? _segments[0].PairCaseCount(ingredientId, termId, roles) : _view.PairCaseCount(ingredientId, termId, roles);

    /// <inheritdoc />
    public EventCounts EventCountsForDrugs(IReadOnlyCollection<int> ingredientIds, RoleFilter roles) =>
        _view is null ? _segments[0].EventCountsForDrugs(ingredientIds, roles) : _view.EventCountsForDrugs(ingredientIds, roles);

    /// <inheritdoc />
    public int[] DrugCountsForEvent(int termId, RoleFilter roles) =>
        _view is null ? _segments[0].DrugCountsForEvent(termId, roles) : _view.DrugCountsForEvent(termId, roles);

    /// <inheritdoc />
    public ISavedScores? OpenSavedScores(RoleFilter roles, out SavedScoresNote? note) => SavedSignals.OpenCurrent(this, roles, out note);

    /// <summary>Copies the whole content of a store of one file into mutable arrays (tests build variants from it).</summary>
    /// <exception cref="InvalidOperationException">The store has segments: compact it first.</exception>
    internal StoreData ToData() => _view is null
        ? _segments[0].ToData()
        : throw new InvalidOperationException("A store with segments has no single content to copy; compact it first.");

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var segment in _segments)
        {
            segment.Dispose();
        }
    }
}
