using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Causa.Core;
using Causa.Core.Files;
using Causa.Core.Model;
using Causa.Core.Names;
using Causa.Core.Query;
using Causa.Core.Storage;
using Causa.Core.Vocabulary;

namespace Causa.Storage.Files;

/// <summary>
/// One read-only, memory-mapped store file: the folder's base file (<c>cases.causa</c>) or one of the segments an ingest
/// added after it (see <see cref="StoreManifest"/>). It holds one version per case of its own cases, with drug
/// ingredients and roles, events, indications and demographics, its own sorted dictionaries, and inverted indexes for
/// instant 2×2 counts. <see cref="CaseStore"/> reads a folder through its segments.
/// </summary>
/// <remarks>Thread-safe for concurrent reads. Spans returned by its members are valid until <see cref="Dispose"/>.
/// Case indices (local to the file) run 0..<see cref="CaseCount"/>−1 in ascending case-id order; ids are the file's own.
/// A case of this file that a later segment superseded or deleted is still here: the segment that did it lists it
/// (<see cref="KilledCases"/>) and <see cref="SegmentLiveness"/> leaves it out.</remarks>
internal sealed class StoreSegment : IDisposable
{
    private readonly MappedSectionFile _file;
    private readonly Lazy<Dictionary<string, int>> _ingredientIds;
    private readonly Lazy<Dictionary<string, int>> _termIds;
    private readonly string[] _ingredients;
    private readonly string[] _terms;
    private readonly string[] _countries;

    private StoreSegment(MappedSectionFile file, string directory, StoreVerification verification)
    {
        _file = file;
        Directory = directory;
        _ingredients = ReadStrings(SectionId.IngredientOffsets, SectionId.IngredientBytes);
        _terms = ReadStrings(SectionId.TermOffsets, SectionId.TermBytes);
        _countries = ReadStrings(SectionId.CountryOffsets, SectionId.CountryBytes);
        // Built on first lookup: a file read as one segment of several is looked up through the merged dictionaries.
        _ingredientIds = new Lazy<Dictionary<string, int>>(() => IdsOf(_ingredients));
        _termIds = new Lazy<Dictionary<string, int>>(() => IdsOf(_terms));

        Quarters = ReadQuarters();
        ValidateShapes();
        if (verification == StoreVerification.Full)
        {
            ValidateContent();
        }
    }

    /// <summary>The folder holding the store.</summary>
    public string Directory { get; }

    /// <summary>Full path of the store file.</summary>
    public string FilePath => _file.Path;

    /// <summary>Identity of the store content: changes whenever an ingest changes anything; equal for byte-identical stores.</summary>
    public ulong Fingerprint => _file.Fingerprint;

    /// <summary>What a manifest records of this file: its content fingerprint and length.</summary>
    internal StoreManifest.FileStamp Stamp => new(Fingerprint, SizeBytes);

    /// <summary>Size of the store file in bytes.</summary>
    public long SizeBytes => _file.Length;

    /// <summary>Number of cases in this file (kept versions when it was written).</summary>
    public int CaseCount => _file.Count<long>(SectionId.CaseIds);

    /// <summary>Quarters ingested, in chronological order.</summary>
    public IReadOnlyList<QuarterRecord> Quarters { get; }

    /// <summary>Number of distinct case ids on all DELETE lists seen.</summary>
    public int DeletedCaseIdCount => _file.Count<long>(SectionId.DeletedCaseIds);

    /// <summary>Canonical ingredient names, sorted; the index is the ingredient id.</summary>
    public IReadOnlyList<string> Ingredients => _ingredients;

    /// <summary>MedDRA preferred terms (events and indications), sorted case-insensitively; the index is the term id.</summary>
    public IReadOnlyList<string> Terms => _terms;

    /// <summary>Number of distinct reported drug entries (name + coded ingredient).</summary>
    public int DrugEntryCount => _file.Count<int>(SectionId.EntryNameOffsets) - 1;

    /// <summary>Opens one store file, verifying it as <paramref name="verification"/> says.</summary>
    /// <param name="path">The store file (the folder's base file or one of its segments).</param>
    /// <param name="directory">The store folder.</param>
    /// <param name="verification">Whole file now, or each section when first read.</param>
    /// <param name="segment">The opened file; null on failure.</param>
    /// <param name="error">Why it could not be opened (missing, not a store, older format, damaged), naming the file.</param>
    public static bool TryOpen(string path, string directory, StoreVerification verification, [NotNullWhen(true)] out StoreSegment? segment, [NotNullWhen(false)] out StoreError? error)
    {
        segment = null;
        error = null;
        if (!File.Exists(path))
        {
            error = new StoreError(StoreErrorKind.NotFound, path, "no Causa store here yet; ingest FAERS files first");
            return false;
        }

        MappedSectionFile? file = null;
        try
        {
            file = MappedSectionFile.Open(path, StoreFileFormat.Signature, StoreFileFormat.MajorVersion, "store", verification == StoreVerification.Full);
            segment = new StoreSegment(file, directory, verification);
            return true;
        }
        catch (InvalidStoreException ex) when (ex.Kind == StoreErrorKind.UnsupportedVersion && OlderVersion(path) is { } older)
        {
            file?.Dispose();
            error = new StoreError(ex.Kind, path, string.Create(CultureInfo.InvariantCulture,
                $"the store was written in format version {older} by an earlier Causa, which does not keep what this one needs per case (first receipt date, occurrence country, therapy starts); it is not read as version {StoreFileFormat.MajorVersion}."),
                Remedy.ReingestStore);
        }
        catch (InvalidStoreException ex)
        {
            file?.Dispose();
            error = new StoreError(ex.Kind, path, ex.Message);
        }
        catch (IOException ex)
        {
            file?.Dispose();
            error = new StoreError(StoreErrorKind.Io, path, ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            file?.Dispose();
            error = new StoreError(StoreErrorKind.Io, path, ex.Message);
        }

        return false;
    }

    /// <summary>The format version of an older store file at <paramref name="path"/>; null when it is newer or unreadable.</summary>
    private static int? OlderVersion(string path)
    {
        try
        {
            Span<byte> prologue = stackalloc byte[10];
            using var stream = File.OpenRead(path);
            stream.ReadExactly(prologue);
            var major = System.Buffers.Binary.BinaryPrimitives.ReadUInt16LittleEndian(prologue[8..]);
            return major < StoreFileFormat.MajorVersion ? major : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Finds an ingredient by canonical name, case-insensitively; null when absent.</summary>
    public int? FindIngredient(string name) => _ingredientIds.Value.TryGetValue(name.Trim(), out var id) ? id : null;

    /// <summary>Finds a term by its text, case-insensitively; null when absent.</summary>
    public int? FindTerm(string text) => _termIds.Value.TryGetValue(text.Trim(), out var id) ? id : null;

    /// <summary>
    /// Finds a case by id at or after position <paramref name="from"/>, for ids asked in ascending order: gallops forward
    /// from there, then searches the last stride. <paramref name="from"/> moves to where the id is or would be, so a
    /// walk over ascending ids costs about one step per id rather than a search of the whole file.
    /// </summary>
    internal int? FindCaseIndexFrom(long caseId, ref int from)
    {
        var ids = _file.View<long>(SectionId.CaseIds);
        int lo = from, step = 1;
        while (lo < ids.Length && ids[lo] < caseId)
        {
            var next = lo + step;
            if (next >= ids.Length || ids[next] >= caseId)
            {
                // The id lies in (lo, min(next, end)]: search it.
                int a = lo + 1, b = Math.Min(next, ids.Length);
                while (a < b)
                {
                    var mid = (a + b) >>> 1;
                    if (ids[mid] < caseId)
                    {
                        a = mid + 1;
                    }
                    else
                    {
                        b = mid;
                    }
                }

                lo = a;
                break;
            }

            lo = next;
            step <<= 1;
        }

        from = lo;
        return lo < ids.Length && ids[lo] == caseId ? lo : null;
    }

    /// <summary>Names → ids, case-insensitively: the lookup of a sorted dictionary (ingredients, terms).</summary>
    internal static Dictionary<string, int> IdsOf(string[] names)
    {
        var ids = new Dictionary<string, int>(names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            ids[names[i]] = i;
        }

        return ids;
    }

    /// <summary>Sorted indices of the cases that list the ingredient in a role matching <paramref name="roles"/>.</summary>
    public ReadOnlySpan<int> CasesWithIngredient(int ingredientId, RoleFilter roles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ingredientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ingredientId, _ingredients.Length);
        var (offsets, cases) = roles == RoleFilter.All
            ? (SectionId.AnyRoleIndexOffsets, SectionId.AnyRoleIndexCases)
            : (SectionId.SuspectIndexOffsets, SectionId.SuspectIndexCases);
        var o = _file.View<int>(offsets);
        return _file.View<int>(cases).Slice(o[ingredientId], o[ingredientId + 1]);
    }

    /// <summary>Sorted indices of the cases that report the term as an event.</summary>
    public ReadOnlySpan<int> CasesWithTerm(int termId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        var o = _file.View<int>(SectionId.TermIndexOffsets);
        return _file.View<int>(SectionId.TermIndexCases).Slice(o[termId], o[termId + 1]);
    }

    /// <summary>The length of one list of an inverted index, from its verified offsets, checked as
    /// <see cref="SectionView{T}.Slice"/> checks them (a list outside its section throws the same way).</summary>
    private int PostingLength(SectionId offsets, SectionId lists, int index)
    {
        var o = _file.View<int>(offsets);
        int start = o[index], end = o[index + 1];
        if ((uint)start > (uint)end || (uint)end > (uint)_file.Count<int>(lists))
        {
            throw new ArgumentOutOfRangeException("index", "index outside the section");
        }

        return end - start;
    }

    /// <summary>Distinct event term ids of a case, ascending.</summary>
    public ReadOnlySpan<int> EventsOfCase(int caseIndex)
    {
        var o = _file.View<int>(SectionId.EventOffsets);
        return _file.View<int>(SectionId.EventTermIds).Slice(o[caseIndex], o[caseIndex + 1]);
    }

    /// <summary>Drug entry ids of a case (parallel to <see cref="DrugRolesOfCase"/>).</summary>
    internal ReadOnlySpan<int> DrugEntriesOfCase(int caseIndex)
    {
        var o = _file.View<int>(SectionId.DrugOffsets);
        return _file.View<int>(SectionId.DrugEntryIds).Slice(o[caseIndex], o[caseIndex + 1]);
    }

    /// <summary>Drug roles of a case, as <see cref="DrugRole"/> bytes (parallel to <see cref="DrugEntriesOfCase"/>).</summary>
    internal ReadOnlySpan<byte> DrugRolesOfCase(int caseIndex)
    {
        var o = _file.View<int>(SectionId.DrugOffsets);
        return _file.View<byte>(SectionId.DrugRoles).Slice(o[caseIndex], o[caseIndex + 1]);
    }

    /// <summary>Ingredient ids a drug entry resolved to.</summary>
    internal ReadOnlySpan<int> IngredientsOfEntry(int entryId)
    {
        var o = _file.View<int>(SectionId.EntryIngredientOffsets);
        return _file.View<int>(SectionId.EntryIngredientIds).Slice(o[entryId], o[entryId + 1]);
    }

    /// <summary>A drug entry's verbatim name and coded ingredient.</summary>
    internal DrugEntry GetEntry(int entryId) => new(NameOfEntry(entryId), ProdAiOfEntry(entryId));

    /// <summary>How an entry's name was resolved.</summary>
    internal DrugResolutionKind ResolutionOfEntry(int entryId) => (DrugResolutionKind)_file.View<byte>(SectionId.EntryResolutionKinds)[entryId];

    /// <summary>Sex of a case.</summary>
    public Sex SexOf(int caseIndex) => (Sex)_file.View<byte>(SectionId.Sexes)[caseIndex];

    /// <summary>Age band of a case.</summary>
    public AgeGroup AgeGroupOf(int caseIndex) => (AgeGroup)_file.View<byte>(SectionId.AgeGroups)[caseIndex];

    /// <summary>Year FDA received the kept version (from <c>fda_dt</c>; 0 when unknown).</summary>
    public int ReportYearOf(int caseIndex) => _file.View<int>(SectionId.FdaDates)[caseIndex] / 10000;

    /// <summary>Per-case <c>fda_dt</c> values (yyyymmdd), by case index.</summary>
    internal ReadOnlySpan<int> FdaDates => _file.Get<int>(SectionId.FdaDates);

    /// <summary>Per-case sex bytes, by case index.</summary>
    internal ReadOnlySpan<byte> Sexes => _file.Get<byte>(SectionId.Sexes);

    /// <summary>Per-case age-group bytes, by case index.</summary>
    internal ReadOnlySpan<byte> AgeGroups => _file.Get<byte>(SectionId.AgeGroups);

    /// <summary>Number of cases on which the ingredient (any role) was given for the term, per FAERS INDI.</summary>
    /// <remarks>Cost: the shorter of the two posting lists, with a binary search into the other.</remarks>
    public int IndicationCaseCount(int ingredientId, int termId) => IndicationCaseCount(ingredientId, termId, null);

    /// <summary>Like <see cref="IndicationCaseCount(int, int)"/>, counting only the cases <paramref name="liveness"/>
    /// keeps (all when null).</summary>
    internal int IndicationCaseCount(int ingredientId, int termId, SegmentLiveness? liveness)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        var count = 0;
        var indicationOffsets = _file.View<int>(SectionId.IndicationOffsets);
        var entries = _file.View<int>(SectionId.IndicationEntryIds);
        var terms = _file.View<int>(SectionId.IndicationTermIds);
        var index = _file.View<int>(SectionId.IndicationIndexOffsets);
        var withTerm = _file.View<int>(SectionId.IndicationIndexCases).Slice(index[termId], index[termId + 1]);
        var drugCases = CasesWithIngredient(ingredientId, RoleFilter.All);

        // Walk the shorter list and probe the longer: cases where the term is an indication of some drug and the
        // ingredient is on the case; then check the indication belongs to this ingredient's entry.
        var walkTerm = withTerm.Length <= drugCases.Length;
        var walk = walkTerm ? withTerm : drugCases;
        var probe = walkTerm ? drugCases : withTerm;
        foreach (var c in walk)
        {
            if (probe.BinarySearch(c) < 0 || (liveness is not null && liveness.IsDead(c)))
            {
                continue;
            }

            for (var k = indicationOffsets[c]; k < indicationOffsets[c + 1]; k++)
            {
                if (terms[k] == termId && IngredientsOfEntry(entries[k]).Contains(ingredientId))
                {
                    count++;
                    break;
                }
            }
        }

        return count;
    }

    /// <inheritdoc />
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts) => GetFacts(caseIndexes, facts, CaseFactColumns.All);

    /// <inheritdoc />
    /// <remarks>Each column is read (and its blocks verified) only when asked for: a column costs a block of 1 KiB per case
    /// read far from the others.</remarks>
    public void GetFacts(ReadOnlySpan<int> caseIndexes, Span<CaseFacts> facts, CaseFactColumns columns)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(facts.Length, caseIndexes.Length);
        bool hasCountry = Has(columns, CaseFactColumns.OccurrenceCountry), hasSex = Has(columns, CaseFactColumns.Sex), hasAge = Has(columns, CaseFactColumns.AgeYears),
            hasAgeGroup = Has(columns, CaseFactColumns.AgeGroup), hasInitial = Has(columns, CaseFactColumns.InitialFdaDate), hasEvent = Has(columns, CaseFactColumns.EventDate),
            hasReporter = Has(columns, CaseFactColumns.Reporter), hasOutcomes = Has(columns, CaseFactColumns.Outcomes), hasFields = Has(columns, CaseFactColumns.Fields);
        var countries = hasCountry ? _file.View<int>(SectionId.OccurrenceCountryIds) : default;
        var sexes = hasSex ? _file.View<byte>(SectionId.Sexes) : default;
        var ages = hasAge ? _file.View<float>(SectionId.AgeYears) : default;
        var ageGroups = hasAgeGroup ? _file.View<byte>(SectionId.AgeGroups) : default;
        var initial = hasInitial ? _file.View<int>(SectionId.InitialFdaDates) : default;
        var events = hasEvent ? _file.View<int>(SectionId.EventDates) : default;
        var reporters = hasReporter ? _file.View<byte>(SectionId.Reporters) : default;
        var outcomes = hasOutcomes ? _file.View<byte>(SectionId.Outcomes) : default;
        var fields = hasFields ? _file.View<byte>(SectionId.ReportFields) : default;
        for (var i = 0; i < caseIndexes.Length; i++)
        {
            var c = caseIndexes[i];
            var country = hasCountry ? _countries[countries[c]] : string.Empty;
            facts[i] = new CaseFacts(
                hasSex ? (Sex)sexes[c] : default,
                hasAge ? ages[c] : float.NaN,
                hasAgeGroup ? (AgeGroup)ageGroups[c] : default,
                hasInitial ? PartialDate.FromValue(initial[c]) : PartialDate.None,
                hasEvent ? PartialDate.FromValue(events[c]) : PartialDate.None,
                hasReporter ? (ReporterType)reporters[c] : default,
                hasOutcomes ? (SeriousOutcomes)outcomes[c] : default,
                country.Length == 0 ? null : country,
                hasFields ? (ReportFields)fields[c] : default);
        }
    }

    private static bool Has(CaseFactColumns columns, CaseFactColumns column) => (columns & column) != 0;

    /// <inheritdoc />
    /// <remarks>Cost: the cases' drug rows; a row in the role whose entry resolves to one of the ingredients costs a binary
    /// search in the sparse therapy-start column.</remarks>
    public void GetTherapyStarts(ReadOnlySpan<int> caseIndexes, ReadOnlySpan<int> ingredientIds, RoleFilter roles, Span<PartialDate> starts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(starts.Length, caseIndexes.Length);
        var o = _file.View<int>(SectionId.DrugOffsets);
        var entries = _file.View<int>(SectionId.DrugEntryIds);
        var drugRoles = _file.View<byte>(SectionId.DrugRoles);
        var rows = _file.View<int>(SectionId.TherapyDrugRows);
        var therapyStarts = _file.View<int>(SectionId.TherapyStarts);
        var entryOffsets = _file.View<int>(SectionId.EntryIngredientOffsets);
        var entryIngredients = _file.View<int>(SectionId.EntryIngredientIds);
        for (var i = 0; i < caseIndexes.Length; i++)
        {
            var c = caseIndexes[i];
            var best = 0;
            for (var k = o[c]; k < o[c + 1]; k++)
            {
                if (roles != RoleFilter.All && (DrugRole)drugRoles[k] is not (DrugRole.PrimarySuspect or DrugRole.SecondarySuspect))
                {
                    continue;
                }

                var entry = entries[k];
                if (!AnyOf(entryIngredients.Slice(entryOffsets[entry], entryOffsets[entry + 1]), ingredientIds))
                {
                    continue;
                }

                // Rows without a start are left out of the sparse column, so look it up only for a matching row.
                var t = rows.BinarySearch(k);
                if (t >= 0)
                {
                    best = TherapyStartRule.Prefer(best, therapyStarts[t]);
                }
            }

            starts[i] = PartialDate.FromValue(best);
        }
    }

    /// <inheritdoc />
    public void CountIngredients(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, _ingredients.Length);
        var o = _file.View<int>(SectionId.DrugOffsets);
        var entries = _file.View<int>(SectionId.DrugEntryIds);
        var entryOffsets = _file.View<int>(SectionId.EntryIngredientOffsets);
        var entryIngredients = _file.View<int>(SectionId.EntryIngredientIds);

        // The position (plus one) of the last case that counted each ingredient: two entries of one case that resolve
        // to the same ingredient count it once, without a set per case.
        var seen = ArrayPool<int>.Shared.Rent(_ingredients.Length);
        try
        {
            Array.Clear(seen, 0, _ingredients.Length);
            for (var i = 0; i < caseIndexes.Length; i++)
            {
                var c = caseIndexes[i];
                var stamp = i + 1;
                foreach (var entry in entries.Slice(o[c], o[c + 1]))
                {
                    foreach (var ingredient in entryIngredients.Slice(entryOffsets[entry], entryOffsets[entry + 1]))
                    {
                        if (seen[ingredient] != stamp)
                        {
                            seen[ingredient] = stamp;
                            counts[ingredient]++;
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(seen);
        }
    }

    /// <inheritdoc />
    public void CountEvents(ReadOnlySpan<int> caseIndexes, Span<int> counts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(counts.Length, _terms.Length);
        var o = _file.View<int>(SectionId.EventOffsets);
        var terms = _file.View<int>(SectionId.EventTermIds);
        foreach (var c in caseIndexes)
        {
            // A case's terms are distinct (the store keeps each once per case).
            foreach (var term in terms.Slice(o[c], o[c + 1]))
            {
                counts[term]++;
            }
        }
    }

    private static bool AnyOf(ReadOnlySpan<int> ingredients, ReadOnlySpan<int> wanted)
    {
        foreach (var ingredient in ingredients)
        {
            if (wanted.BinarySearch(ingredient) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc />
    public CaseRecord? FindCase(long caseId) => FindCaseIndex(caseId) is { } index ? GetCase(index) : null;

    /// <summary>Finds the index of a case by its FAERS case id; null when the store does not hold it.</summary>
    internal int? FindCaseIndex(long caseId)
    {
        var index = _file.View<long>(SectionId.CaseIds).BinarySearch(caseId);
        return index >= 0 ? index : null;
    }

    /// <summary>True when <paramref name="caseId"/> is on a DELETE list the store has seen.</summary>
    public bool IsDeleted(long caseId) => _file.View<long>(SectionId.DeletedCaseIds).BinarySearch(caseId) >= 0;

    /// <summary>The full line listing of a case.</summary>
    internal CaseRecord GetCase(int caseIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(caseIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(caseIndex, CaseCount);
        var drugs = new List<CaseDrug>();
        var entries = DrugEntriesOfCase(caseIndex);
        var roles = DrugRolesOfCase(caseIndex);
        var drugBase = _file.View<int>(SectionId.DrugOffsets)[caseIndex];
        var therapyRows = _file.View<int>(SectionId.TherapyDrugRows);
        var therapyStarts = _file.View<int>(SectionId.TherapyStarts);
        for (var k = 0; k < entries.Length; k++)
        {
            var entry = GetEntry(entries[k]);
            var ingredients = new List<string>();
            foreach (var id in IngredientsOfEntry(entries[k]))
            {
                ingredients.Add(_ingredients[id]);
            }

            var therapyRow = therapyRows.BinarySearch(drugBase + k);
            drugs.Add(new CaseDrug(entry.DrugName, entry.ProdAi, (DrugRole)roles[k], ingredients, ResolutionOfEntry(entries[k]))
            {
                TherapyStart = therapyRow >= 0 ? PartialDate.FromValue(therapyStarts[therapyRow]) : PartialDate.None,
            });
        }

        var events = new List<string>();
        foreach (var term in EventsOfCase(caseIndex))
        {
            events.Add(_terms[term]);
        }

        var indications = new List<CaseIndication>();
        var io = _file.View<int>(SectionId.IndicationOffsets);
        for (var k = io[caseIndex]; k < io[caseIndex + 1]; k++)
        {
            indications.Add(new CaseIndication(GetEntry(_file.View<int>(SectionId.IndicationEntryIds)[k]).DrugName, _terms[_file.View<int>(SectionId.IndicationTermIds)[k]]));
        }

        Span<CaseFacts> one = new CaseFacts[1];
        GetFacts([caseIndex], one);
        var facts = one[0];
        var age = _file.View<float>(SectionId.AgeYears)[caseIndex];
        var country = _countries[_file.View<int>(SectionId.CountryIds)[caseIndex]];
        var quarterOrdinal = _file.View<int>(SectionId.QuarterOrdinals)[caseIndex];
        return new CaseRecord(
            _file.View<long>(SectionId.CaseIds)[caseIndex],
            _file.View<long>(SectionId.PrimaryIds)[caseIndex],
            _file.View<int>(SectionId.CaseVersions)[caseIndex],
            new Quarter(quarterOrdinal / 4, (quarterOrdinal % 4) + 1),
            PartialDate.FromValue(_file.View<int>(SectionId.FdaDates)[caseIndex]),
            PartialDate.FromValue(_file.View<int>(SectionId.EventDates)[caseIndex]),
            SexOf(caseIndex),
            float.IsNaN(age) ? null : Math.Round(age, 2),
            AgeGroupOf(caseIndex),
            (ReporterType)_file.View<byte>(SectionId.Reporters)[caseIndex],
            country.Length == 0 ? null : country,
            (SeriousOutcomes)_file.View<byte>(SectionId.Outcomes)[caseIndex],
            drugs,
            events,
            indications)
        {
            InitialFdaDate = facts.InitialFdaDate,
            OccurrenceCountry = facts.OccurrenceCountry,
            Fields = facts.Fields,
        };
    }

    /// <summary>Name pairs (drug name with coded ingredient) and their DRUG-row counts over kept cases: the learned brand map's input.</summary>
    /// <inheritdoc />
    public IReadOnlyList<LearnedNamePair> LearnedNamePairs() => StoreLearnedPairs.Count([this], []);

    /// <summary>The drug name of an entry.</summary>
    internal string NameOfEntry(int entryId) => ReadString(SectionId.EntryNameOffsets, SectionId.EntryNameBytes, entryId);

    /// <summary>The coded ingredient (<c>prod_ai</c>) of an entry; null when it has none.</summary>
    internal string? ProdAiOfEntry(int entryId) =>
        _file.View<byte>(SectionId.EntryProdAiPresent)[entryId] != 0 ? ReadString(SectionId.EntryProdAiOffsets, SectionId.EntryProdAiBytes, entryId) : null;

    /// <inheritdoc />
    /// <remarks>Read from the index offsets alone: the case list itself is neither read nor verified.</remarks>
    public int DrugCaseCount(int ingredientId, RoleFilter roles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ingredientId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ingredientId, _ingredients.Length);
        return roles == RoleFilter.All
            ? PostingLength(SectionId.AnyRoleIndexOffsets, SectionId.AnyRoleIndexCases, ingredientId)
            : PostingLength(SectionId.SuspectIndexOffsets, SectionId.SuspectIndexCases, ingredientId);
    }

    /// <inheritdoc />
    /// <remarks>Read from the index offsets alone: a drug's top events ask this of hundreds of terms, some reported in a
    /// tenth of all cases, whose case lists would otherwise be paged in and checksummed only to be counted.</remarks>
    public int EventCaseCount(int termId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(termId);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(termId, _terms.Length);
        return PostingLength(SectionId.TermIndexOffsets, SectionId.TermIndexCases, termId);
    }

    /// <inheritdoc />
    /// <remarks>Cost: one sorted-list intersection, about a millisecond for a drug with a million cases.</remarks>
    public int PairCaseCount(int ingredientId, int termId, RoleFilter roles) =>
        SortedIntersection.Count(CasesWithIngredient(ingredientId, roles), CasesWithTerm(termId));

    /// <inheritdoc />
    public EventCounts EventCountsForDrugs(IReadOnlyCollection<int> ingredientIds, RoleFilter roles)
    {
        ArgumentNullException.ThrowIfNull(ingredientIds);
        var counts = new int[_terms.Length];
        if (ingredientIds.Count == 1)
        {
            // One drug: its case list is already distinct.
            var cases = CasesWithIngredient(ingredientIds.First(), roles);
            foreach (var c in cases)
            {
                foreach (var term in EventsOfCase(c))
                {
                    counts[term]++;
                }
            }

            return new EventCounts(cases.Length, counts);
        }

        var inSet = new bool[CaseCount];
        var setCases = 0;
        foreach (var id in ingredientIds)
        {
            foreach (var c in CasesWithIngredient(id, roles))
            {
                if (!inSet[c])
                {
                    inSet[c] = true;
                    setCases++;
                }
            }
        }

        for (var c = 0; c < inSet.Length; c++)
        {
            if (inSet[c])
            {
                foreach (var term in EventsOfCase(c))
                {
                    counts[term]++;
                }
            }
        }

        return new EventCounts(setCases, counts);
    }

    /// <summary>Cases per ingredient over the cases that report the term, with a drug in <paramref name="roles"/>.</summary>
    public int[] DrugCountsForEvent(int termId, RoleFilter roles)
    {
        var counts = new int[_ingredients.Length];
        DrugCountsForCases(CasesWithTerm(termId), roles, counts);
        return counts;
    }

    /// <summary>Adds to <paramref name="counts"/> (by ingredient id) one per case of <paramref name="cases"/> (ascending)
    /// that lists the ingredient in a role matching <paramref name="roles"/>.</summary>
    internal void DrugCountsForCases(ReadOnlySpan<int> cases, RoleFilter roles, Span<int> counts)
    {
        var lastCase = ArrayPool<int>.Shared.Rent(_ingredients.Length);
        try
        {
            Array.Fill(lastCase, -1, 0, _ingredients.Length);
            foreach (var c in cases)
            {
                var entries = DrugEntriesOfCase(c);
                var caseRoles = DrugRolesOfCase(c);
                for (var k = 0; k < entries.Length; k++)
                {
                    if (roles == RoleFilter.Suspect && (DrugRole)caseRoles[k] is not (DrugRole.PrimarySuspect or DrugRole.SecondarySuspect))
                    {
                        continue;
                    }

                    foreach (var ingredient in IngredientsOfEntry(entries[k]))
                    {
                        if (lastCase[ingredient] != c)
                        {
                            lastCase[ingredient] = c;
                            counts[ingredient]++;
                        }
                    }
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(lastCase);
        }
    }

    /// <summary>Copies the whole content into mutable arrays (for merging a new quarter).</summary>
    internal StoreData ToData()
    {
        var entryCount = DrugEntryCount;
        var entries = new DrugEntry[entryCount];
        for (var i = 0; i < entryCount; i++)
        {
            entries[i] = GetEntry(i);
        }

        return new StoreData
        {
            CaseIds = _file.Get<long>(SectionId.CaseIds).ToArray(),
            PrimaryIds = _file.Get<long>(SectionId.PrimaryIds).ToArray(),
            CaseVersions = _file.Get<int>(SectionId.CaseVersions).ToArray(),
            FdaDates = _file.Get<int>(SectionId.FdaDates).ToArray(),
            EventDates = _file.Get<int>(SectionId.EventDates).ToArray(),
            QuarterOrdinals = _file.Get<int>(SectionId.QuarterOrdinals).ToArray(),
            CountryIds = _file.Get<int>(SectionId.CountryIds).ToArray(),
            Sexes = _file.Get<byte>(SectionId.Sexes).ToArray(),
            AgeGroups = _file.Get<byte>(SectionId.AgeGroups).ToArray(),
            AgeYears = _file.Get<float>(SectionId.AgeYears).ToArray(),
            Reporters = _file.Get<byte>(SectionId.Reporters).ToArray(),
            Outcomes = _file.Get<byte>(SectionId.Outcomes).ToArray(),
            InitialFdaDates = _file.Get<int>(SectionId.InitialFdaDates).ToArray(),
            OccurrenceCountryIds = _file.Get<int>(SectionId.OccurrenceCountryIds).ToArray(),
            ReportFields = _file.Get<byte>(SectionId.ReportFields).ToArray(),
            TherapyDrugRows = _file.Get<int>(SectionId.TherapyDrugRows).ToArray(),
            TherapyStarts = _file.Get<int>(SectionId.TherapyStarts).ToArray(),
            DrugOffsets = _file.Get<int>(SectionId.DrugOffsets).ToArray(),
            DrugEntryIds = _file.Get<int>(SectionId.DrugEntryIds).ToArray(),
            DrugRoles = _file.Get<byte>(SectionId.DrugRoles).ToArray(),
            EventOffsets = _file.Get<int>(SectionId.EventOffsets).ToArray(),
            EventTermIds = _file.Get<int>(SectionId.EventTermIds).ToArray(),
            IndicationOffsets = _file.Get<int>(SectionId.IndicationOffsets).ToArray(),
            IndicationEntryIds = _file.Get<int>(SectionId.IndicationEntryIds).ToArray(),
            IndicationTermIds = _file.Get<int>(SectionId.IndicationTermIds).ToArray(),
            Entries = entries,
            Terms = _terms,
            RetainedSpellings = ReadOptionalStrings(SectionId.RetainedSpellingOffsets, SectionId.RetainedSpellingBytes),
            Countries = _countries,
            Ingredients = _ingredients,
            EntryIngredientOffsets = _file.Get<int>(SectionId.EntryIngredientOffsets).ToArray(),
            EntryIngredientIds = _file.Get<int>(SectionId.EntryIngredientIds).ToArray(),
            EntryResolutionKinds = _file.Get<byte>(SectionId.EntryResolutionKinds).ToArray(),
            DeletedCaseIds = _file.Get<long>(SectionId.DeletedCaseIds).ToArray(),
            Quarters = [.. Quarters],
        };
    }

    /// <summary>Case ids on the DELETE lists of the quarters this file was written from, ascending.</summary>
    internal ReadOnlySpan<long> DeletedCaseIds => _file.Get<long>(SectionId.DeletedCaseIds);

    /// <summary>The deduplication key of local case <paramref name="caseIndex"/> (what a newer version of the case is compared with).</summary>
    internal Core.Ingest.CaseVersion VersionKey(int caseIndex) => new(
        _file.View<long>(SectionId.CaseIds)[caseIndex],
        _file.View<int>(SectionId.FdaDates)[caseIndex],
        _file.View<long>(SectionId.PrimaryIds)[caseIndex],
        _file.View<int>(SectionId.QuarterOrdinals)[caseIndex]);

    /// <summary>Cases of earlier segments this one superseded or deleted, as <see cref="SegmentLiveness.Key"/> values
    /// (segment position × 2³² + local case index), ascending; empty for a base file.</summary>
    internal ReadOnlySpan<long> KilledCases => _file.Get<long>(SectionId.KilledCases);

    /// <summary>DRUG rows of the file's cases per drug entry; empty in a file written before the section existed.</summary>
    internal ReadOnlySpan<int> EntryDrugRows => _file.Get<int>(SectionId.EntryDrugRows);

    /// <summary>Per drug entry, what its learned name pair teaches once cleaned (<see cref="LearnedPairKeys"/>), when the
    /// file keeps it under this build's cleaning rules; null otherwise (a file written before, or under other rules).</summary>
    internal string[]? EntryLearnedKeys()
    {
        var rules = _file.Get<int>(SectionId.EntryLearnedKeyRules);
        if (rules.Length != 1 || rules[0] != LearnedPairKeys.RulesVersion)
        {
            return null;
        }

        var keys = ReadStrings(SectionId.EntryLearnedKeyOffsets, SectionId.EntryLearnedKeyBytes);
        Require(keys.Length == DrugEntryCount, $"section {SectionId.EntryLearnedKeyOffsets} does not match the drug entries");
        return keys;
    }

    /// <summary>What those cases counted in their files' indexes (records of <see cref="KilledCaseCounts"/>); empty when
    /// the file killed none.</summary>
    internal ReadOnlySpan<int> KilledCounts => _file.Get<int>(SectionId.KilledCounts);

    /// <summary>A section of the mapped file as it is, without a copy: what an ingest restages the store from (see <see cref="StoreMerger"/>).</summary>
    internal ReadOnlySpan<T> Section<T>(SectionId id)
        where T : unmanaged => _file.Get<T>(id);

    /// <summary>Country strings by id (id 0 is the empty string, unknown).</summary>
    internal IReadOnlyList<string> Countries => _countries;

    /// <summary>Spellings of terms no kept case references (see <see cref="StoreData.RetainedSpellings"/>).</summary>
    internal string[] RetainedSpellings() => ReadOptionalStrings(SectionId.RetainedSpellingOffsets, SectionId.RetainedSpellingBytes);

    /// <inheritdoc />
    public void Dispose() => _file.Dispose();

    private string[] ReadStrings(SectionId offsetsId, SectionId bytesId)
    {
        var offsets = _file.Get<int>(offsetsId);
        var bytes = _file.Get<byte>(bytesId);
        if (offsets.Length == 0)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {offsetsId} is missing");
        }

        var result = new string[offsets.Length - 1];
        for (var i = 0; i < result.Length; i++)
        {
            if (offsets[i] < 0 || offsets[i + 1] < offsets[i] || offsets[i + 1] > bytes.Length)
            {
                throw new InvalidStoreException(StoreErrorKind.Corrupt, $"section {offsetsId} has an offset out of range");
            }

            result[i] = Encoding.UTF8.GetString(bytes[offsets[i]..offsets[i + 1]]);
        }

        return result;
    }

    /// <summary>Like <see cref="ReadStrings"/> for a section added within the version: absent reads as empty.</summary>
    private string[] ReadOptionalStrings(SectionId offsetsId, SectionId bytesId) =>
        _file.Get<int>(offsetsId).Length == 0 ? [] : ReadStrings(offsetsId, bytesId);

    private string ReadString(SectionId offsetsId, SectionId bytesId, int index)
    {
        var offsets = _file.View<int>(offsetsId);
        return Encoding.UTF8.GetString(_file.View<byte>(bytesId).Slice(offsets[index], offsets[index + 1]));
    }

    private QuarterRecord[] ReadQuarters()
    {
        var table = _file.Get<long>(SectionId.QuarterTable);
        var sources = ReadStrings(SectionId.QuarterSourceOffsets, SectionId.QuarterSourceBytes);
        if (table.Length != sources.Length * 6)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, "the quarter table is inconsistent");
        }

        var result = new QuarterRecord[sources.Length];
        for (var i = 0; i < result.Length; i++)
        {
            var ordinal = (int)table[i * 6];
            result[i] = new QuarterRecord(new Quarter(ordinal / 4, (ordinal % 4) + 1), sources[i], table[(i * 6) + 1], table[(i * 6) + 2], table[(i * 6) + 3], table[(i * 6) + 4], table[(i * 6) + 5]);
        }

        return result;
    }

    /// <summary>
    /// Structural checks from the directory alone: the columns of one kind agree in length and every offset column has one
    /// more row than the rows it indexes. Run on every open; they read no section, so they cost nothing per case.
    /// </summary>
    private void ValidateShapes()
    {
        var n = CaseCount;
        Require(_file.Count<long>(SectionId.PrimaryIds) == n && _file.Count<int>(SectionId.CaseVersions) == n &&
                _file.Count<int>(SectionId.FdaDates) == n && _file.Count<int>(SectionId.EventDates) == n &&
                _file.Count<int>(SectionId.QuarterOrdinals) == n && _file.Count<int>(SectionId.CountryIds) == n &&
                _file.Count<byte>(SectionId.Sexes) == n && _file.Count<byte>(SectionId.AgeGroups) == n &&
                _file.Count<float>(SectionId.AgeYears) == n && _file.Count<byte>(SectionId.Reporters) == n &&
                _file.Count<byte>(SectionId.Outcomes) == n && _file.Count<int>(SectionId.InitialFdaDates) == n &&
                _file.Count<int>(SectionId.OccurrenceCountryIds) == n && _file.Count<byte>(SectionId.ReportFields) == n,
                "case columns differ in length");
        Require(_file.Count<int>(SectionId.TherapyDrugRows) == _file.Count<int>(SectionId.TherapyStarts), "therapy columns differ in length");
        var entries = DrugEntryCount;
        Require(entries >= 0, $"section {SectionId.EntryNameOffsets} is missing");
        Require(_file.Count<byte>(SectionId.DrugRoles) == _file.Count<int>(SectionId.DrugEntryIds), "drug roles differ in length");
        Require(_file.Count<int>(SectionId.IndicationTermIds) == _file.Count<int>(SectionId.IndicationEntryIds), "indication columns differ in length");
        Require(_file.Count<int>(SectionId.EntryProdAiOffsets) == entries + 1 && _file.Count<byte>(SectionId.EntryProdAiPresent) == entries &&
                _file.Count<byte>(SectionId.EntryResolutionKinds) == entries, "drug entry columns differ in length");
        RequireRows(SectionId.DrugOffsets, n);
        RequireRows(SectionId.EventOffsets, n);
        RequireRows(SectionId.IndicationOffsets, n);
        RequireRows(SectionId.EntryIngredientOffsets, entries);
        RequireRows(SectionId.SuspectIndexOffsets, _ingredients.Length);
        RequireRows(SectionId.AnyRoleIndexOffsets, _ingredients.Length);
        RequireRows(SectionId.TermIndexOffsets, _terms.Length);
        RequireRows(SectionId.IndicationIndexOffsets, _terms.Length);
    }

    private void RequireRows(SectionId offsetsId, int rows) =>
        Require(_file.Count<int>(offsetsId) == rows + 1, $"section {offsetsId} does not have one row per entry");

    /// <summary>
    /// Structural checks beyond checksums, over every row: offsets rise and stay in range, ids point inside their
    /// dictionaries. Checksums catch damage; these catch a well-formed file with inconsistent content. Run by the full
    /// verification only (<see cref="StoreVerification.Full"/>): they read the whole store.
    /// </summary>
    private void ValidateContent()
    {
        var n = CaseCount;
        var therapyRows = _file.Get<int>(SectionId.TherapyDrugRows);
        var drugRows = _file.Get<int>(SectionId.DrugEntryIds).Length;
        for (var i = 0; i < therapyRows.Length; i++)
        {
            if ((uint)therapyRows[i] >= (uint)drugRows || (i > 0 && therapyRows[i] <= therapyRows[i - 1]))
            {
                Require(false, "therapy rows are out of range or not ascending");
            }
        }

        var entries = DrugEntryCount;
        CheckRows(SectionId.DrugOffsets, n, SectionId.DrugEntryIds, entries);
        CheckRows(SectionId.EventOffsets, n, SectionId.EventTermIds, _terms.Length);
        CheckRows(SectionId.IndicationOffsets, n, SectionId.IndicationEntryIds, entries);
        CheckIds(SectionId.IndicationTermIds, _terms.Length);
        CheckRows(SectionId.EntryIngredientOffsets, entries, SectionId.EntryIngredientIds, _ingredients.Length);
        CheckIds(SectionId.CountryIds, _countries.Length);
        CheckIds(SectionId.OccurrenceCountryIds, _countries.Length);
        CheckRows(SectionId.SuspectIndexOffsets, _ingredients.Length, SectionId.SuspectIndexCases, n);
        CheckRows(SectionId.AnyRoleIndexOffsets, _ingredients.Length, SectionId.AnyRoleIndexCases, n);
        CheckRows(SectionId.TermIndexOffsets, _terms.Length, SectionId.TermIndexCases, n);
        CheckRows(SectionId.IndicationIndexOffsets, _terms.Length, SectionId.IndicationIndexCases, n);
        _ = ReadStrings(SectionId.EntryNameOffsets, SectionId.EntryNameBytes).Length;
        _ = ReadOptionalStrings(SectionId.RetainedSpellingOffsets, SectionId.RetainedSpellingBytes).Length;
    }

    private void CheckRows(SectionId offsetsId, int rows, SectionId valuesId, int idLimit)
    {
        var offsets = _file.Get<int>(offsetsId);
        var values = _file.Get<int>(valuesId);
        Require(offsets.Length == rows + 1 && offsets[0] == 0 && offsets[rows] == values.Length, $"section {offsetsId} does not match {valuesId}");
        // Messages are built only on failure: these loops run over every row of the store on open.
        for (var i = 0; i < rows; i++)
        {
            if (offsets[i] > offsets[i + 1])
            {
                Require(false, $"section {offsetsId} is not ascending");
            }
        }

        CheckIds(valuesId, idLimit);
    }

    private void CheckIds(SectionId id, int limit)
    {
        foreach (var value in _file.Get<int>(id))
        {
            if ((uint)value >= (uint)limit)
            {
                Require(false, $"section {id} has an id out of range");
            }
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidStoreException(StoreErrorKind.Corrupt, message);
        }
    }
}
