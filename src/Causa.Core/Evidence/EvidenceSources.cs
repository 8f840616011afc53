using System.Collections.Concurrent;
using Causa.Core.Sources;
using Causa.Core.Vocabulary;

namespace Causa.Core.Evidence;

/// <summary>
/// The loaded evidence sources, indexed by ingredient for the assessor. Terms compare case-insensitively; an indication
/// whose condition maps to no preferred term still matches a term written the same way.
/// </summary>
/// <remarks>Immutable after construction; thread-safe.</remarks>
public sealed class EvidenceSources
{
    // Label entries are read per ingredient on first use: a source read from the file decodes only the entries asked for
    // (IStoredLabels); a source built in memory is indexed by ingredient here, once.
    private readonly Dictionary<ImportedSource, Dictionary<string, List<LabelEntry>>> _inMemoryLabels = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<string, List<(SourceInfo Source, LabelEntry Entry)>> _labels = new(StringComparer.Ordinal);

    // Indication entries likewise: found per ingredient through the file's index when every source was read from an indexed
    // file, else gathered for every ingredient at once on first use (sources built in memory or read from an older file).
    private readonly bool _indexedIndications;
    private readonly ConcurrentDictionary<string, List<(SourceInfo Source, IndicationEntry Entry)>> _indicationsByDrug = new(StringComparer.Ordinal);
    private readonly Lazy<Dictionary<string, List<(SourceInfo Source, IndicationEntry Entry)>>> _allIndications;
    private readonly Lazy<Dictionary<string, List<(ImportedSource Source, CountDrug Drug)>>> _countDrugs;
    private readonly ConcurrentDictionary<string, Dictionary<string, (SourceInfo Source, LabelEntry Entry)[]>> _labelsByTerm = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _indicatedFor = new(StringComparer.OrdinalIgnoreCase);

    // The file the sources were read from, when they are exactly its sources: its term list and condition index answer
    // without walking every entry.
    private readonly StoredEvidence? _stored;

    // A source's condition wording cleaned once (a regular expression) rather than on every match: matching is in the
    // per-answer path of related questions and class answers.
    private readonly ConcurrentDictionary<string, string> _cleanConditions = new(StringComparer.Ordinal);

    /// <summary>Indexes the given sources.</summary>
    /// <param name="sources">Imported sources; names should be unique (a later source of the same name is still kept).</param>
    public EvidenceSources(IEnumerable<ImportedSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        _stored = sources as StoredEvidence;
        All = [.. sources];
        foreach (var s in All)
        {
            if (s.Labels is not IStoredLabels && s.Labels.Count > 0 && !_inMemoryLabels.ContainsKey(s))
            {
                var byIngredient = new Dictionary<string, List<LabelEntry>>(StringComparer.Ordinal);
                foreach (var l in s.Labels)
                {
                    Add(byIngredient, l.Ingredient, l);
                }

                _inMemoryLabels[s] = byIngredient;
            }
        }

        _indexedIndications = All.All(static s => s.Indications is IStoredIndications);
        _allIndications = new(GatherIndications, LazyThreadSafetyMode.ExecutionAndPublication);
        _countDrugs = new(GatherCountDrugs, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>No sources.</summary>
    public static EvidenceSources Empty { get; } = new([]);

    /// <summary>Every source, in load order.</summary>
    public IReadOnlyList<ImportedSource> All { get; }

    /// <summary>Label sources (SIDER, OnSIDES).</summary>
    public IEnumerable<ImportedSource> LabelSources => All.Where(static s => s.Info.Kind is EvidenceSourceKind.Sider or EvidenceSourceKind.Onsides);

    /// <summary>Count-table sources.</summary>
    public IEnumerable<ImportedSource> CountSources => All.Where(static s => s.Counts is not null);

    /// <summary>Indication sources (DrugCentral, MEDI, PharmacotherapyDB, SIDER's indications).</summary>
    public IEnumerable<ImportedSource> IndicationSources => All.Where(static s => s.Info.Kind is EvidenceSourceKind.DrugCentral or EvidenceSourceKind.Medi or EvidenceSourceKind.PharmacotherapyDb or EvidenceSourceKind.SiderIndications);

    /// <summary>
    /// The count-table rows for an ingredient: every count source in load order, and within one its rows in table order
    /// (a table may list the ingredient under several drug names).
    /// </summary>
    /// <param name="ingredient">Canonical ingredient (exact, upper case).</param>
    /// <returns>The rows with their source; empty when no count table lists the ingredient. Indexed once: walking every
    /// table's drugs for each verdict was a large part of a class answer, which assesses every member.</returns>
    public IReadOnlyList<(ImportedSource Source, CountDrug Drug)> CountDrugs(string ingredient) =>
        _countDrugs.Value.TryGetValue(ingredient, out var list) ? list : [];

    /// <summary>True when the source has any label entry for the ingredient.</summary>
    public bool LabelKnowsDrug(SourceInfo source, string ingredient) =>
        LabelsOf(ingredient) is { } list && list.Exists(x => ReferenceEquals(x.Source, source));

    /// <summary>Label entries for an ingredient and term, from every label source.</summary>
    /// <remarks>A drug's label entries are grouped by term (trimmed, any case) the first time it is asked about: a drug can
    /// have thousands of label entries, and every verdict asked them once per label source.</remarks>
    public IReadOnlyList<(SourceInfo Source, LabelEntry Entry)> Labels(string ingredient, string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (LabelsOf(ingredient) is not { } list)
        {
            return [];
        }

        var byTerm = _labelsByTerm.GetOrAdd(ingredient, static (_, entries) => GroupByTerm(entries), list);
        return byTerm.TryGetValue(term.Trim(), out var matches) ? matches : [];
    }

    /// <summary>
    /// Indication entries for an ingredient and a term: the mapped term, the condition written the same way, or a mapped
    /// term that <see cref="ConditionTermTable"/> lists as a narrower form of <paramref name="term"/> (a question about
    /// Depression counts an indication for Major depression; <see cref="MatchNote"/> says so in the evidence line), or a
    /// broader mapped term whose approval the table says covers it (<see cref="ConditionTermTable.Covers"/>: an approval
    /// for Musculoskeletal pain answers a question about Back pain, "which includes Back pain"; one for Pain does not
    /// answer a question about Fibromyalgia).
    /// </summary>
    /// <remarks>A wording is cleaned (a regular expression) only when it contains the term's first word (any case):
    /// cleaning only removes text and splits words, so a wording without that word can never clean to the term.</remarks>
    public IReadOnlyList<(SourceInfo Source, IndicationEntry Entry)> Indications(string ingredient, string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        if (IndicationList(ingredient) is not { } list)
        {
            return [];
        }

        // A plain loop into a list: LINQ over these tuples is compiled at run time in every process.
        var firstWord = term.Trim().Split(' ', 2)[0];
        var matches = new List<(SourceInfo Source, IndicationEntry Entry)>();
        foreach (var x in list)
        {
            if ((x.Entry.Term is { } t && (SameTerm(t, term) || ConditionTermTable.IsNarrower(term, t) || ConditionTermTable.Covers(t, term)))
                || (x.Entry.Condition.Contains(firstWord, StringComparison.OrdinalIgnoreCase) && SameTerm(_cleanConditions.GetOrAdd(x.Entry.Condition, IndicationImporter.CleanCondition), term)))
            {
                matches.Add(x);
            }
        }

        return matches;
    }

    /// <summary>
    /// How an indication entry was matched to the term asked about, for the evidence line: empty when the source writes the
    /// term itself; " (→ PT)" when its wording was mapped to a preferred term; ", same condition family as TERM" added
    /// inside the brackets (or alone in brackets when the wording already is the preferred term) when the entry's term is
    /// a narrower form of the term asked about.
    /// </summary>
    /// <param name="entry">An entry returned by <see cref="Indications"/>.</param>
    /// <param name="term">The term asked about.</param>
    /// <returns>The note, starting with a space; empty when there is nothing to say.</returns>
    public static string MatchNote(IndicationEntry entry, string term)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(term);
        if (entry.Term is not { } mapped)
        {
            return string.Empty;
        }

        var parts = new List<string>(2);
        if (!SameTerm(IndicationImporter.CleanCondition(entry.Condition), mapped))
        {
            parts.Add("→ " + mapped);
        }

        if (!SameTerm(mapped, term) && ConditionTermTable.IsNarrower(term, mapped))
        {
            parts.Add("same condition family as " + term.Trim());
        }
        else if (!SameTerm(mapped, term) && ConditionTermTable.Covers(mapped, term))
        {
            parts.Add("which includes " + term.Trim());
        }

        return parts.Count == 0 ? string.Empty : " (" + string.Join(", ", parts) + ")";
    }

    /// <summary>Every indication entry for an ingredient, from every indication source, in source order.</summary>
    /// <param name="ingredient">Canonical ingredient, upper case.</param>
    /// <returns>The entries; empty when no indication source knows the drug.</returns>
    public IReadOnlyList<(SourceInfo Source, IndicationEntry Entry)> IndicationsOf(string ingredient) =>
        IndicationList(ingredient) is { } list ? list : [];

    /// <summary>True when the indication source has any entry for the ingredient.</summary>
    public bool IndicationKnowsDrug(SourceInfo source, string ingredient) =>
        IndicationList(ingredient) is { } list && list.Exists(x => ReferenceEquals(x.Source, source));

    /// <summary>
    /// The ingredients with an indication entry <see cref="Indications"/> would match for <paramref name="term"/> (the term
    /// itself, the source's condition wording, or a member of its condition family), sorted; a superset is never returned.
    /// </summary>
    /// <param name="term">Preferred term (any case).</param>
    /// <returns>The ingredients; empty when no indication names the condition (and for a blank term). Computed once per
    /// term, then cached.</returns>
    /// <remarks>Read from the file's condition index when the sources are an indexed file's (<see cref="EvidenceIndexLayout"/>):
    /// the ingredients under the term itself, its cleaned wording, and the terms of its condition family that
    /// <see cref="Indications"/> counts. Otherwise one pass over the indication entries with <see cref="Indications"/>'s own
    /// test, cleaning a wording only when it contains the term's first word (any case): cleaning only removes text and
    /// splits words, so a wording without that word can never clean to the term.</remarks>
    public IReadOnlyList<string> IngredientsIndicatedFor(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return _indicatedFor.GetOrAdd(term.Trim(), key => key.Length == 0 ? []
            : _stored is { HasConditionIndex: true } stored ? IndexedIngredientsIndicatedFor(stored, key)
            : WalkIngredientsIndicatedFor(key));
    }

    /// <summary><see cref="IngredientsIndicatedFor"/> from the file's condition index.</summary>
    private static List<string> IndexedIngredientsIndicatedFor(StoredEvidence stored, string key)
    {
        var upper = key.ToUpperInvariant();
        var drugs = new HashSet<string>(stored.IngredientsForCondition(EvidenceIndexLayout.ConditionKey, upper), StringComparer.Ordinal);
        drugs.UnionWith(stored.IngredientsForCondition(EvidenceIndexLayout.TermKey, upper));

        // The family terms Indications matches an entry's mapped term on: narrower forms of the term, and broader terms
        // whose row says they cover it (ConditionTermTable.IsNarrower and Covers over the same table rows).
        foreach (var (broader, narrower) in ConditionTermTable.Families)
        {
            if (string.Equals(broader, key, StringComparison.OrdinalIgnoreCase) && ConditionTermTable.IsNarrower(key, narrower))
            {
                drugs.UnionWith(stored.IngredientsForCondition(EvidenceIndexLayout.TermKey, narrower.Trim().ToUpperInvariant()));
            }

            if (string.Equals(narrower, key, StringComparison.OrdinalIgnoreCase) && ConditionTermTable.Covers(broader, key))
            {
                drugs.UnionWith(stored.IngredientsForCondition(EvidenceIndexLayout.TermKey, broader.Trim().ToUpperInvariant()));
            }
        }

        var sorted = drugs.ToList();
        sorted.Sort(StringComparer.Ordinal);
        return sorted;
    }

    /// <summary><see cref="IngredientsIndicatedFor"/> by walking every indication entry.</summary>
    private List<string> WalkIngredientsIndicatedFor(string key)
    {
        var firstWord = key.Split(' ', 2)[0];
        if (firstWord.Length == 0)
        {
            return [];
        }

        // The mapped-term test depends on the entry's term alone; many entries share a term.
        var termMatches = new Dictionary<string, bool>(StringComparer.Ordinal);

        // So is the wording test; a source file holds each wording once, so entries share the very string.
        var conditionMatches = new Dictionary<string, bool>(ReferenceEqualityComparer.Instance);
        var drugs = new List<string>();
        foreach (var (ingredient, entries) in _allIndications.Value)
        {
            foreach (var (_, entry) in entries)
            {
                if (entry.Term is { } t)
                {
                    if (!termMatches.TryGetValue(t, out var matches))
                    {
                        matches = SameTerm(t, key) || ConditionTermTable.IsNarrower(key, t) || ConditionTermTable.Covers(t, key);
                        termMatches[t] = matches;
                    }

                    if (matches)
                    {
                        drugs.Add(ingredient);
                        break;
                    }
                }

                if (!conditionMatches.TryGetValue(entry.Condition, out var named))
                {
                    named = entry.Condition.Contains(firstWord, StringComparison.OrdinalIgnoreCase) && SameTerm(_cleanConditions.GetOrAdd(entry.Condition, IndicationImporter.CleanCondition), key);
                    conditionMatches[entry.Condition] = named;
                }

                if (named)
                {
                    drugs.Add(ingredient);
                    break;
                }
            }
        }

        drugs.Sort(StringComparer.Ordinal);
        return drugs;
    }

    /// <summary>Every ingredient any source knows (for name resolution), sorted.</summary>
    public IReadOnlyList<string> Ingredients() =>
        [.. LabelIngredients().Concat(IndicationIngredients()).Concat(CountSources.SelectMany(static s => s.Counts!.Drugs.Select(static d => d.Ingredient))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Every term any source knows (for name resolution), sorted, one spelling per term.</summary>
    /// <remarks>Where two spellings differ only in case, the first in the order <see cref="SourceTerms"/> describes wins;
    /// sources read from an indexed file give the list written with it.</remarks>
    public IReadOnlyList<string> Terms() => _stored is not null ? _stored.Terms() : SourceTerms.Of(All);

    /// <summary>An ingredient's label entries from every label source: sources in load order, each source's entries in its
    /// order; null when no source has one. Gathered once per ingredient (racing first calls may both gather it; one list is kept).</summary>
    private List<(SourceInfo Source, LabelEntry Entry)>? LabelsOf(string ingredient)
    {
        if (_labels.TryGetValue(ingredient, out var known))
        {
            return known;
        }

        var found = new List<(SourceInfo Source, LabelEntry Entry)>();
        foreach (var s in All)
        {
            if (s.Labels is IStoredLabels stored)
            {
                foreach (var i in stored.IndicesOf(ingredient))
                {
                    found.Add((s.Info, stored[i]));
                }
            }
            else if (_inMemoryLabels.TryGetValue(s, out var byIngredient) && byIngredient.TryGetValue(ingredient, out var entries))
            {
                found.AddRange(entries.Select(e => (s.Info, e)));
            }
        }

        // Only drugs with entries are kept, so names asked about that no source knows cannot grow the cache.
        return found.Count > 0 ? _labels.GetOrAdd(ingredient, found) : null;
    }

    /// <summary>Every ingredient with a label entry in any source (duplicates possible, in no particular order).</summary>
    private IEnumerable<string> LabelIngredients() =>
        All.SelectMany(s => s.Labels is IStoredLabels stored ? stored.Ingredients : _inMemoryLabels.TryGetValue(s, out var byIngredient) ? byIngredient.Keys : []);

    /// <summary>Every ingredient with an indication entry in any source (duplicates possible, in no particular order).</summary>
    private IEnumerable<string> IndicationIngredients() =>
        _indexedIndications ? All.SelectMany(static s => ((IStoredIndications)s.Indications).Ingredients) : _allIndications.Value.Keys;

    /// <summary>An ingredient's indication entries from every source: sources in load order, each source's entries in its
    /// order; null when no source has one. Found through the file's index and kept per ingredient when every source is
    /// indexed (only drugs with entries are kept, so names no source knows cannot grow the cache).</summary>
    private List<(SourceInfo Source, IndicationEntry Entry)>? IndicationList(string ingredient)
    {
        ArgumentNullException.ThrowIfNull(ingredient);
        if (!_indexedIndications)
        {
            return _allIndications.Value.TryGetValue(ingredient, out var all) ? all : null;
        }

        if (_indicationsByDrug.TryGetValue(ingredient, out var known))
        {
            return known;
        }

        var found = new List<(SourceInfo Source, IndicationEntry Entry)>();
        foreach (var s in All)
        {
            var stored = (IStoredIndications)s.Indications;
            foreach (var i in stored.IndicesOf(ingredient))
            {
                found.Add((s.Info, stored[i]));
            }
        }

        return found.Count > 0 ? _indicationsByDrug.GetOrAdd(ingredient, found) : null;
    }

    /// <summary>Every source's indication entries by ingredient, ingredients in the order they first appear.</summary>
    private Dictionary<string, List<(SourceInfo Source, IndicationEntry Entry)>> GatherIndications()
    {
        var all = new Dictionary<string, List<(SourceInfo Source, IndicationEntry Entry)>>(StringComparer.Ordinal);
        foreach (var s in All)
        {
            foreach (var e in s.Indications)
            {
                Add(all, e.Ingredient, (s.Info, e));
            }
        }

        return all;
    }

    /// <summary>Every count table's drug columns by ingredient.</summary>
    private Dictionary<string, List<(ImportedSource Source, CountDrug Drug)>> GatherCountDrugs()
    {
        var drugs = new Dictionary<string, List<(ImportedSource Source, CountDrug Drug)>>(StringComparer.Ordinal);
        foreach (var s in All)
        {
            foreach (var d in s.Counts?.Drugs ?? [])
            {
                Add(drugs, d.Ingredient, (s, d));
            }
        }

        return drugs;
    }

    /// <summary>A drug's label entries by term (trimmed, any case), each group in the entries' order.</summary>
    private static Dictionary<string, (SourceInfo Source, LabelEntry Entry)[]> GroupByTerm(List<(SourceInfo Source, LabelEntry Entry)> entries)
    {
        var groups = new Dictionary<string, List<(SourceInfo Source, LabelEntry Entry)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var x in entries)
        {
            Add(groups, x.Entry.Term.Trim(), x);
        }

        return groups.ToDictionary(static g => g.Key, static g => g.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    private static bool SameTerm(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    private static void Add<T>(Dictionary<string, List<T>> index, string key, T value)
    {
        if (!index.TryGetValue(key, out var list))
        {
            list = [];
            index[key] = list;
        }

        list.Add(value);
    }
}
