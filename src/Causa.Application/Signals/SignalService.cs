using Causa.Application.Errors;
using Causa.Application.Queries;
using Causa.Core.Query;
using Causa.Core.Signals;
using Causa.Core.Statistics;
using Causa.Storage.Files;

namespace Causa.Application.Signals;

/// <summary>
/// The signals use case: scans every drug–event pair of the store (counts, stratified expected counts, MGPS), keeps the
/// scan beside the store so <c>ask</c> and <c>top</c> show EBGM, reuses a saved scan while it is current for the store
/// and matches the request, and exports the pairs with their disproportionality statistics.
/// </summary>
public sealed class SignalService
{
    private readonly CausaWorkspace _workspace;
    private readonly WriteLockOptions _writeLock;

    /// <summary>A signal service over <paramref name="workspace"/> (not disposed here).</summary>
    /// <param name="workspace">The store folder.</param>
    /// <param name="writeLock">How <see cref="Scan"/> takes the folder's writer lock to save; <see cref="WriteLockOptions.Default"/> when null.</param>
    public SignalService(CausaWorkspace workspace, WriteLockOptions? writeLock = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        _workspace = workspace;
        _writeLock = writeLock ?? WriteLockOptions.Default;
    }

    /// <summary>The saved scan when it is current for the store and matches <paramref name="request"/>, else a new scan,
    /// saved atomically beside the store and opened.</summary>
    /// <param name="request">Roles, strata and whether to recompute.</param>
    /// <param name="progress">What the scan is doing, in words; may be null.</param>
    /// <returns>The scan (the caller disposes it); the store's error when there is no readable store;
    /// <see cref="ErrorKind.BadData"/> when the MGPS prior cannot be fitted.</returns>
    public Result<SignalScan> OpenOrScan(SignalScanRequest request, IProgress<string>? progress = null) =>
        OpenCurrent(request) is { } current ? current : Scan(request, progress);

    /// <summary>The saved scan when it is current for the store, counts <paramref name="request"/>'s roles with its strata
    /// and the request does not ask to recompute; else null (no store, no scan, a stale or different one).</summary>
    public SignalScan? OpenCurrent(SignalScanRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Recompute)
        {
            return null;
        }

        var lease = _workspace.Acquire();
        var saved = lease.Generation.Store.TryGetValue(out var store, out _) ? SavedSignals.OpenCurrent(store, request.Roles, out _, out _, verifyWhole: true) : null;
        if (saved is not null && saved.Strata != request.Strata)
        {
            saved.Dispose();
            saved = null;
        }

        if (saved is null)
        {
            lease.Dispose();
            return null;
        }

        return new SignalScan(saved, null, lease);
    }

    /// <summary>Scans every pair of the store, saves the scan atomically beside it (replacing any saved one) and opens it.</summary>
    /// <param name="request">Roles and strata (<see cref="SignalScanRequest.Recompute"/> is not consulted).</param>
    /// <param name="progress">What the scan is doing, in words; may be null.</param>
    /// <returns>The scan (the caller disposes it); the store's error when there is no readable store;
    /// <see cref="ErrorKind.BadData"/> when the MGPS prior cannot be fitted (nothing is saved then);
    /// <see cref="ErrorKind.Locked"/> when another writer held the folder for longer than the wait.</returns>
    /// <remarks>The scan reads the leased store generation; only the save takes the folder's writer lock. A scan
    /// saved just after an ingest replaced the store is for the older store, and says so (it is then not current).</remarks>
    public Result<SignalScan> Scan(SignalScanRequest request, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lease = _workspace.Acquire();
        try
        {
            var scanned = ScanAndSave(lease, request, progress);
            if (!scanned.TryGetValue(out var saved, out var error))
            {
                lease.Dispose();
                return error;
            }

            return new SignalScan(saved.Saved, saved.Scan, lease);
        }
        catch
        {
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Resolves the drug and event of <paramref name="filter"/> to store ids (like <c>ask</c>).</summary>
    /// <returns>The ids (null where the filter names none), or the name error (not found, ambiguous) or store error;
    /// <see cref="ErrorKind.BadInput"/> for a minimum count below 1 or a non-finite EB05 bound.</returns>
    public Result<(int? Drug, int? Event)> ResolveFilter(SignalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.MinCount < 1 || (filter.Eb05 is { } eb05 && !double.IsFinite(eb05)))
        {
            return Error.BadInput("the minimum count must be at least 1 and the EB05 bound a finite number.");
        }

        using (var lease = _workspace.Acquire())
        {
            if (!lease.Generation.Store.TryGetValue(out _, out var storeError))
            {
                return storeError;
            }
        }

        var queries = new QueryService(_workspace);
        int? drug = null;
        int? term = null;
        Error? error;
        if (filter.Drug is { } drugText)
        {
            if (!queries.FindDrug(drugText).TryGetValue(out var match, out error))
            {
                return error;
            }

            drug = match.Id;
        }

        if (filter.Event is { } eventText)
        {
            if (!queries.FindEvent(eventText).TryGetValue(out var match, out error))
            {
                return error;
            }

            term = match.Id;
        }

        return Result<(int? Drug, int? Event)>.Success((drug, term));
    }

    /// <summary>The pairs of <paramref name="scan"/> that pass the filter, by drug id then term id, read from the saved
    /// scan as they are enumerated (nothing is held).</summary>
    /// <param name="scan">An open scan of this workspace's store (enumerate before disposing it).</param>
    /// <param name="filter">Count and EB05 bounds (its names are not used here).</param>
    /// <param name="drug">Only this ingredient id; null for all.</param>
    /// <param name="term">Only this term id; null for all.</param>
    public IEnumerable<SignalPair> Pairs(SignalScan scan, SignalFilter filter, int? drug, int? term)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(filter);
        return Walk(scan, filter, drug, term);

        static IEnumerable<SignalPair> Walk(SignalScan scan, SignalFilter filter, int? drug, int? term)
        {
            var saved = scan.Saved;
            IEnumerable<int> drugs = drug is { } only ? [only] : Enumerable.Range(0, scan.Store.Ingredients.Count);
            foreach (var d in drugs)
            {
                var (start, end) = saved.RangeOf(d);
                for (var i = start; i < end; i++)
                {
                    if (Matches(saved, filter, term, i))
                    {
                        var (e, score) = saved.ValuesAt(i);
                        yield return new SignalPair(d, saved.TermAt(i), saved.CountAt(i), e, score);
                    }
                }
            }
        }
    }

    /// <summary>How many pairs pass the filter, and the <paramref name="limit"/> of them with the highest EB05 (then the
    /// most cases, then by drug id and term id), strongest first; at least one when any passes.</summary>
    /// <remarks>Only N, EB05 (and the term id when a term is asked for) are read for every pair; the rest only for the
    /// strongest, so the command's memory does not grow with the pairs.</remarks>
    public (int Matching, IReadOnlyList<SignalPair> Strongest) Strongest(SignalScan scan, SignalFilter filter, int? drug, int? term, int limit)
    {
        ArgumentNullException.ThrowIfNull(scan);
        ArgumentNullException.ThrowIfNull(filter);
        var saved = scan.Saved;
        var keep = Math.Max(1, limit);
        // The weakest kept pair at the head: the lowest EB05, then the fewest cases, then the latest in the scan's order
        // (the order a stable sort by EB05 then N, both descending, would give).
        var heap = new PriorityQueue<(int Drug, int Index), (double Eb05, int N, int Index)>(Comparer<(double Eb05, int N, int Index)>.Create(static (x, y) =>
        {
            var byEb05 = x.Eb05.CompareTo(y.Eb05);
            if (byEb05 != 0)
            {
                return byEb05;
            }

            return x.N != y.N ? x.N.CompareTo(y.N) : y.Index.CompareTo(x.Index);
        }));
        var matching = 0;
        var first = drug ?? 0;
        var last = drug ?? (scan.Store.Ingredients.Count - 1);
        for (var d = first; d <= last; d++)
        {
            var (start, end) = saved.RangeOf(d);
            for (var i = start; i < end; i++)
            {
                if (!Matches(saved, filter, term, i))
                {
                    continue;
                }

                matching++;
                var key = (saved.Eb05At(i), saved.CountAt(i), i);
                if (heap.Count < keep)
                {
                    heap.Enqueue((d, i), key);
                }
                else if (heap.TryPeek(out _, out var weakest) && heap.Comparer.Compare(key, weakest) > 0)
                {
                    heap.DequeueEnqueue((d, i), key);
                }
            }
        }

        var strongest = new SignalPair[heap.Count];
        for (var k = strongest.Length - 1; k >= 0; k--)
        {
            var (d, i) = heap.Dequeue();
            var (e, score) = saved.ValuesAt(i);
            strongest[k] = new SignalPair(d, saved.TermAt(i), saved.CountAt(i), e, score);
        }

        return (matching, strongest);
    }

    /// <summary>A pair with names and its disproportionality statistics (PRR, ROR, χ², IC from the 2×2 table over the
    /// scan's roles) and the screening criteria it meets (EB05 ≥ 2 included).</summary>
    public SignalRow Row(SignalScan scan, SignalPair pair)
    {
        ArgumentNullException.ThrowIfNull(scan);
        var store = scan.Store;
        var stats = Disproportionality.Compute(ContingencyTable.FromMargins(
            pair.N, store.CasesWithIngredient(pair.Drug, scan.Saved.Roles).Length, store.CasesWithTerm(pair.Term).Length, store.CaseCount));
        var flags = stats.Signals | (pair.Score.Eb05 >= 2 ? SignalFlags.Eb05AtLeastTwo : SignalFlags.None);
        return new SignalRow(
            store.Ingredients[pair.Drug], store.Terms[pair.Term], pair.N, pair.E, stats.Prr, stats.PrrLower, stats.PrrUpper, stats.Ror, stats.RorLower, stats.RorUpper,
            stats.ChiSquareYates, stats.Ic, stats.Ic025, stats.Ic975, pair.Score.Ebgm, pair.Score.Eb05, pair.Score.Eb95, pair.Score.Qn, PairAnswer.SignalNames(flags));
    }

    private Result<(SavedSignals Saved, SignalScanReport Scan)> ScanAndSave(WorkspaceLease lease, SignalScanRequest request, IProgress<string>? progress)
    {
        if (!lease.Generation.Store.TryGetValue(out var store, out var error))
        {
            return error;
        }

        if (!ScanAndWrite(store, request, progress).TryGetValue(out var written, out error))
        {
            return error;
        }

        using (written.Writer)
        {
            // The scan's pairs (16 bytes each, millions of them) are garbage now: hand their memory back before the saved
            // scan is mapped, so the command's peak is the larger of the two rather than their sum.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

            // Opened under the lock too, so another scan's save cannot replace the file between the two.
            var saved = SavedSignals.OpenCurrent(store, request.Roles, out var reason, out _, verifyWhole: true)
                ?? throw new InvalidOperationException("A scan just saved is not current: " + reason?.Message);
            return (saved, written.Report);
        }
    }

    /// <summary>Scans, takes the folder's writer lock and saves the scan; the caller releases the lock. The scan's pairs
    /// live only in here.</summary>
    private Result<(StoreWriteLock Writer, SignalScanReport Report)> ScanAndWrite(CaseStore store, SignalScanRequest request, IProgress<string>? progress)
    {
        var scan = SignalScanner.Scan(store, new SignalScanOptions { Roles = request.Roles, Strata = request.Strata }, progress);
        if (scan.Theta is null)
        {
            return Error.BadData("the MGPS prior could not be fitted: " + (scan.Fit?.Message ?? "no pairs"), Path.Combine(store.Directory, SavedSignals.FileName));
        }

        if (!StoreWriters.Take(store.Directory, _writeLock).TryGetValue(out var writer, out var error))
        {
            return error;
        }

        try
        {
            // The pairs are scored a block at a time as they are written.
            progress?.Report("scoring pairs");
            SavedSignals.Save(store.Directory, scan);
            return (writer, scan.Report());
        }
        catch
        {
            writer.Dispose();
            throw;
        }
    }

    private static bool Matches(SavedSignals saved, SignalFilter filter, int? term, int index) =>
        (term is null || term == saved.TermAt(index)) && saved.CountAt(index) >= filter.MinCount && (filter.Eb05 is null || saved.Eb05At(index) >= filter.Eb05);
}
