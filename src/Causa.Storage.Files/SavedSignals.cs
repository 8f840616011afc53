using System.Diagnostics.CodeAnalysis;
using Causa.Core;
using Causa.Core.Files;
using Causa.Core.Model;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Core.Storage;

namespace Causa.Storage.Files;

/// <summary>
/// A signal scan saved beside the store (<c>signals.causa</c>), memory-mapped, so <c>ask</c> and <c>top</c> show
/// EBGM instantly. It records the fingerprint of the store it was computed from; after a new ingest it is stale and
/// is not used until the scan is re-run.
/// </summary>
/// <remarks>Thread-safe for reads. Sections: per-ingredient offsets, term ids, N, E, EBGM, EB05, EB95, Qn, and a
/// header of θ, log-likelihood, roles, strata and the store fingerprint.</remarks>
public sealed class SavedSignals : ISavedScores
{
    /// <summary>File name inside the store folder.</summary>
    public const string FileName = "signals.causa";

    private const ushort MajorVersion = 1;
    private const uint Offsets = 1;
    private const uint TermIds = 2;
    private const uint Counts = 3;
    private const uint ExpectedCounts = 4;
    private const uint Ebgm = 5;
    private const uint Eb05 = 6;
    private const uint Eb95 = 7;
    private const uint Qn = 8;
    private const uint Meta = 9;
    private const int MetaLength = 10;

    // Pairs scored and written per block (2 MiB of scores; large enough to keep every core busy).
    private const int ScoreBlock = 1 << 16;

    private readonly MappedSectionFile _file;
    private SavedScoresNote? _damage;

    private SavedSignals(MappedSectionFile file)
    {
        _file = file;
        var meta = _file.Get<double>(Meta);
        if (meta.Length != MetaLength)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the signal scan header is damaged");
        }

        Theta = double.IsNaN(meta[0]) ? null : new MgpsHyperparameters(meta[0], meta[1], meta[2], meta[3], meta[4]);
        LogLikelihood = meta[5];
        Roles = (RoleFilter)(int)meta[6];
        Strata = (StratumFields)(int)meta[7];
        StoreFingerprint = ((ulong)(uint)meta[8] << 32) | (uint)meta[9];

        // The lengths come from the directory (Count), not from reading the columns: a query reads the few blocks of
        // one ingredient's pairs, and reading a column here would verify all of it. The offsets are small (one per
        // ingredient) and every later read trusts them, so they are read and checked whole.
        var offsets = _file.Get<int>(Offsets);
        var pairs = _file.Count<int>(TermIds);
        if (offsets.Length == 0 || offsets[0] != 0 || offsets[^1] != pairs || _file.Count<int>(Counts) != pairs || _file.Count<double>(ExpectedCounts) != pairs ||
            _file.Count<double>(Ebgm) != pairs || _file.Count<double>(Eb05) != pairs || _file.Count<double>(Eb95) != pairs || _file.Count<double>(Qn) != pairs)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the signal scan sections do not agree");
        }

        for (var i = 1; i < offsets.Length; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, "the signal scan offsets are not ascending");
            }
        }
    }

    /// <summary>The prior the scores were computed with; null when the fit failed.</summary>
    public MgpsHyperparameters? Theta { get; }

    /// <summary>Log-likelihood of the fit (NaN when a prior was given).</summary>
    public double LogLikelihood { get; }

    /// <inheritdoc />
    public RoleFilter Roles { get; }

    /// <summary>Strata of the expected counts.</summary>
    public StratumFields Strata { get; }

    /// <summary>Fingerprint of the store the scan was computed from.</summary>
    public ulong StoreFingerprint { get; }

    /// <summary>Number of pairs.</summary>
    public int Count => _file.Count<int>(TermIds);

    /// <summary>Writes a scan beside the store, atomically, scoring its pairs a block at a time straight into the file
    /// (<see cref="SignalScanResult.ScoreRange"/>) so the scores are never all held at once.</summary>
    public static void Save(string storeDirectory, SignalScanResult scan)
    {
        ArgumentNullException.ThrowIfNull(storeDirectory);
        ArgumentNullException.ThrowIfNull(scan);

        // Offsets up to the last ingredient with a pair (later ingredients are not found, as if they had none).
        var all = scan.IngredientOffsets;
        var ingredients = all.Length - 1;
        while (ingredients > 0 && all[ingredients] == all[ingredients - 1])
        {
            ingredients--;
        }

        var offsets = all[..(ingredients + 1)].ToArray();
        var theta = scan.Theta;
        double[] meta =
        [
            theta?.Alpha1 ?? double.NaN, theta?.Beta1 ?? double.NaN, theta?.Alpha2 ?? double.NaN, theta?.Beta2 ?? double.NaN, theta?.P ?? double.NaN,
            scan.Fit?.LogLikelihood ?? double.NaN, (int)scan.Roles, (int)scan.Strata, scan.StoreFingerprint >> 32, scan.StoreFingerprint & 0xFFFFFFFF,
        ];
        SectionFileWriter.WriteAtomically(Path.Combine(storeDirectory, FileName), "CAUSASIG"u8, MajorVersion, w =>
        {
            w.Array(Offsets, offsets);
            w.Array(TermIds, scan.Terms);
            w.Array(Counts, scan.Counts);
            w.Array(ExpectedCounts, scan.Expected);
            // The four score columns a block at a time: a whole-store scan holds millions of pairs, and its scores
            // cost 32 bytes a pair at the peak of the command.
            var scores = new MgpsScore[Math.Min(ScoreBlock, Math.Max(scan.Count, 1))];
            w.Columns<double>([Ebgm, Eb05, Eb95, Qn], scan.Count, ScoreBlock, (start, count, columns) =>
            {
                scan.ScoreRange(start, scores, count);
                for (var i = 0; i < count; i++)
                {
                    columns[0][i] = scores[i].Ebgm;
                    columns[1][i] = scores[i].Eb05;
                    columns[2][i] = scores[i].Eb95;
                    columns[3][i] = scores[i].Qn;
                }
            });
            w.Array(Meta, meta);
        }, blockChecksums: true);
    }

    /// <summary>
    /// Opens the scan saved beside <paramref name="store"/> when there is one computed from this very store content
    /// with these roles. Returns null, with a note and its remedy, when it is missing, stale, for other roles, or damaged.
    /// </summary>
    /// <remarks>The scan is verified as it is read, a block of the columns at a time: a question reads one drug's pairs
    /// of a file that holds every pair of the store. A damaged block read then sets <see cref="Damage"/>.</remarks>
    public static SavedSignals? OpenCurrent(CaseStore store, RoleFilter roles, out SavedScoresNote? reason) => OpenCurrent(store, roles, out reason, out _);

    /// <summary>Like <see cref="OpenCurrent(CaseStore, RoleFilter, out SavedScoresNote?)"/>; <paramref name="damaged"/> is true when
    /// a scan file is there but cannot be read (as opposed to missing, stale or for other roles).</summary>
    /// <param name="store">The store the scan must have been computed from.</param>
    /// <param name="roles">The roles the scan must count.</param>
    /// <param name="reason">Why null is returned, with its remedy; null when the scan is returned.</param>
    /// <param name="damaged">True when the file is there but cannot be read.</param>
    /// <param name="verifyWhole">True to verify every section now, for a reader of every pair (an export); false to
    /// verify each block of the columns when it is first read.</param>
    public static SavedSignals? OpenCurrent(CaseStore store, RoleFilter roles, out SavedScoresNote? reason, out bool damaged, bool verifyWhole = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        damaged = false;
        var path = Path.Combine(store.Directory, FileName);
        if (!File.Exists(path))
        {
            reason = new SavedScoresNote("no MGPS scan saved", Remedy.ComputeSignalScan);
            return null;
        }

        SavedSignals? saved = null;
        try
        {
            saved = new SavedSignals(MappedSectionFile.Open(path, "CAUSASIG"u8, MajorVersion, "signal scan", verifySections: verifyWhole));
        }
        catch (InvalidStoreException ex)
        {
            damaged = true;
            reason = Unreadable(path, ex, Remedy.RecomputeSignalScan);
            return null;
        }
        catch (IOException ex)
        {
            damaged = true;
            reason = Unreadable(path, ex, Remedy.None);
            return null;
        }

        if (saved.StoreFingerprint != store.Fingerprint)
        {
            saved.Dispose();
            reason = new SavedScoresNote("the saved MGPS scan predates the last ingest", Remedy.RecomputeSignalScan);
            return null;
        }

        if (saved.Roles != roles)
        {
            saved.Dispose();
            reason = roles == RoleFilter.All
                ? new SavedScoresNote("the saved MGPS scan counts suspect roles", Remedy.ComputeSignalScanAllRoles)
                : new SavedScoresNote("the saved MGPS scan counts all roles", Remedy.ComputeSignalScanSuspectRoles);
            return null;
        }

        reason = null;
        return saved;
    }

    /// <summary>
    /// Verifies the whole scan file in <paramref name="storeDirectory"/>, as a <c>causa verify</c> does: every section
    /// checksum, the zero padding, the header and that the sections agree (what <see cref="OpenCurrent(CaseStore, RoleFilter, out SavedScoresNote?)"/>
    /// checks on open, plus the checksums of the sections a query has not read yet).
    /// </summary>
    /// <param name="storeDirectory">The store folder; the caller has checked that it holds a scan file.</param>
    /// <param name="storeFingerprint">The fingerprint of the store the scan was computed from; 0 when damaged.</param>
    /// <param name="roles">The role filter the scan counts.</param>
    /// <param name="problem">What is wrong with the file; null when it is sound.</param>
    /// <returns>True when the file is sound.</returns>
    public static bool TryVerify(string storeDirectory, out ulong storeFingerprint, out RoleFilter roles, [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(storeDirectory);
        storeFingerprint = 0;
        roles = RoleFilter.Suspect;
        MappedSectionFile? file = null;
        try
        {
            file = MappedSectionFile.Open(Path.Combine(storeDirectory, FileName), "CAUSASIG"u8, MajorVersion, "signal scan");
            var saved = new SavedSignals(file);
            storeFingerprint = saved.StoreFingerprint;
            roles = saved.Roles;
            problem = null;
            return true;
        }
        catch (Exception e) when (e is InvalidStoreException or IOException or UnauthorizedAccessException)
        {
            problem = e.Message;
            return false;
        }
        finally
        {
            // The scan's only resource is the file: disposing it here also covers a header the constructor refused.
            file?.Dispose();
        }
    }

    /// <summary>Where <paramref name="ingredientId"/>'s pairs lie: indexes [Start, End) of <see cref="TermAt"/> and the
    /// other columns, sorted by term id; empty for an ingredient without pairs or out of range.</summary>
    public (int Start, int End) RangeOf(int ingredientId)
    {
        var offsets = _file.Get<int>(Offsets);
        return (uint)ingredientId < (uint)(offsets.Length - 1) ? (offsets[ingredientId], offsets[ingredientId + 1]) : (0, 0);
    }

    /// <inheritdoc />
    public bool TryEventCounts(int ingredientId, out ReadOnlySpan<int> terms, out ReadOnlySpan<int> counts)
    {
        terms = default;
        counts = default;
        if (Damage is not null)
        {
            return false;
        }

        var (start, end) = RangeOf(ingredientId);
        try
        {
            terms = _file.View<int>(TermIds).Slice(start, end);
            counts = _file.View<int>(Counts).Slice(start, end);
            return true;
        }
        catch (InvalidStoreException ex)
        {
            // The caller counts from the store instead; the answer's EBGM note says the scan is damaged.
            RecordDamage(ex);
            terms = default;
            counts = default;
            return false;
        }
    }

    /// <summary>Term id of the pair at <paramref name="index"/> (0 ≤ index &lt; <see cref="Count"/>).</summary>
    public int TermAt(int index) => _file.View<int>(TermIds)[index];

    /// <summary>N of the pair at <paramref name="index"/>.</summary>
    public int CountAt(int index) => _file.View<int>(Counts)[index];

    /// <summary>EB05 of the pair at <paramref name="index"/> (reads that column only).</summary>
    public double Eb05At(int index) => _file.View<double>(Eb05)[index];

    /// <summary>E and the scores of the pair at <paramref name="index"/>.</summary>
    public (double E, MgpsScore Score) ValuesAt(int index) =>
        (_file.View<double>(ExpectedCounts)[index], new MgpsScore(_file.View<double>(Ebgm)[index], _file.View<double>(Eb05)[index], _file.View<double>(Eb95)[index], _file.View<double>(Qn)[index]));

    /// <inheritdoc />
    public SavedScoresNote? Damage => Volatile.Read(ref _damage);

    /// <inheritdoc />
    public (int N, double E, MgpsScore Score)? Find(int ingredientId, int termId)
    {
        if (Damage is not null)
        {
            return null;
        }

        try
        {
            return FindVerified(ingredientId, termId);
        }
        catch (InvalidStoreException ex)
        {
            // The scan is an extra beside the counts: a damaged block costs the answer its EBGM, with a note saying
            // why and what to do, not the answer itself.
            RecordDamage(ex);
            return null;
        }
    }

    private void RecordDamage(InvalidStoreException ex) => Volatile.Write(ref _damage, Unreadable(_file.Path, ex, Remedy.RecomputeSignalScan));

    // One wording for a scan that cannot be read, whether found on open or by a later read.
    private static SavedScoresNote Unreadable(string path, Exception ex, Remedy remedy) => new($"the saved MGPS scan {path} is unreadable ({ex.Message})", remedy);

    private (int N, double E, MgpsScore Score)? FindVerified(int ingredientId, int termId)
    {
        var offsets = _file.Get<int>(Offsets);
        if ((uint)ingredientId >= (uint)(offsets.Length - 1))
        {
            return null;
        }

        var start = offsets[ingredientId];
        var terms = _file.View<int>(TermIds).Slice(start, offsets[ingredientId + 1]);
        var k = terms.BinarySearch(termId);
        return k < 0 ? null : ValuesOf(start + k);
    }

    private (int N, double E, MgpsScore Score) ValuesOf(int index)
    {
        var (e, score) = ValuesAt(index);
        return (CountAt(index), e, score);
    }

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();
}
